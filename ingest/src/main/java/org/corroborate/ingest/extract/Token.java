package org.corroborate.ingest.extract;

import java.util.Locale;

/**
 * A word or punctuation mark with its offsets into the text.
 *
 * @param text  the covered text
 * @param start offset of the first char
 * @param end   offset after the last char
 * @param lower the text in lower case ({@link Locale#ROOT}), with curly apostrophes made straight
 */
record Token(String text, int start, int end, String lower) {

    static Token of(String text, int start, int end) {
        return new Token(text, start, end, lower(text));
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')}; text of ASCII without capitals (most words) is
     * returned as it is, without the two library calls.
     */
    static String lower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            }
        }
        return text;
    }

    boolean isWord() {
        return Tokenizer.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        char c = text.charAt(0);
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean isQuote() {
        char c = text.charAt(0);
        return text.length() == 1 && (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB');
    }

    boolean isComma() {
        return text.equals(",");
    }
}
