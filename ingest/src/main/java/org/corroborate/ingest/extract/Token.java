package org.corroborate.ingest.extract;

import java.util.Locale;

/**
 * A word or punctuation mark with its offsets into the text.
 *
 * <p>A token holds the text it was cut from and its offsets; its {@link #text} and {@link #lower} strings are made
 * when first asked for. Most tokens of a sentence are only tested ({@link #is}, {@link #isWord}, {@link #lowerIn})
 * and those tests read the chars in place: a token of ASCII chars compares its chars, lowered, without a string.
 * Two tokens are equal when their texts and offsets are.
 */
final class Token {

    /** One shared string per ASCII char, for the one-char tokens (punctuation). */
    private static final String[] ASCII_STRINGS = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_STRINGS[c] = String.valueOf(c);
        }
    }

    /** The text the offsets point into. */
    private final String source;
    /** The chars of {@link #source}: {@code chars[k - base]} is {@code source.charAt(k)} within the token. */
    private final char[] chars;
    private final int base;
    private final int start;
    private final int end;
    /** Every char is below 0x80: the lower case is the chars with {@code A-Z} lowered, of the same length. */
    private final boolean ascii;
    /** For an {@link #ascii} token, {@link String#hashCode} of its lower case ({@link WordSet#loweredHash}). */
    private final int lowerHash;
    private String text;
    private String lower;

    private Token(String source, char[] chars, int base, int start, int end, boolean ascii, int lowerHash) {
        this.source = source;
        this.chars = chars;
        this.base = base;
        this.start = start;
        this.end = end;
        this.ascii = ascii;
        this.lowerHash = lowerHash;
    }

    /**
     * The token {@code [start, end)} of {@code source}, whose chars are also in {@code chars} ({@code chars[k - base]}
     * is {@code source.charAt(k)} for every {@code k} of the token; the array is read, never written).
     */
    static Token in(String source, char[] chars, int base, int start, int end) {
        checkRange(source, chars, base, start, end);
        boolean ascii = true;
        for (int k = start - base; k < end - base && ascii; k++) {
            ascii = chars[k] < 0x80;
        }
        int h = ascii ? WordSet.loweredHash(chars, start - base, end - base) : 0;
        return new Token(source, chars, base, start, end, ascii, h);
    }

    /**
     * {@link #in} of a token whose {@code ascii} and {@code lowerHash} the tokenizer found as it read its chars
     * ({@link Tokenizer.Scan}): the chars are not read again.
     */
    static Token scanned(String source, char[] chars, int base, int start, int end, boolean ascii, int lowerHash) {
        checkRange(source, chars, base, start, end);
        return new Token(source, chars, base, start, end, ascii, lowerHash);
    }

    private static void checkRange(String source, char[] chars, int base, int start, int end) {
        if (start < 0 || end <= start || end > source.length() || start - base < 0 || end - base > chars.length) {
            throw new IllegalArgumentException("token [" + start + ", " + end + ") out of its text");
        }
    }

    /** {@link String#hashCode} of {@link #lower} for an {@link #isAscii} token, 0 for any other. */
    int lowerHash() {
        return lowerHash;
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

    /** The covered text. */
    String text() {
        String t = text;
        if (t == null) {
            t = end - start == 1 && ascii ? ASCII_STRINGS[chars[start - base]] : source.substring(start, end);
            text = t;
        }
        return t;
    }

    /** Offset of the first char. */
    int start() {
        return start;
    }

    /** Offset after the last char. */
    int end() {
        return end;
    }

    /** The text in lower case ({@link Locale#ROOT}), with curly apostrophes made straight. */
    String lower() {
        String l = lower;
        if (l == null) {
            l = lower(text());
            lower = l;
        }
        return l;
    }

    /** The number of chars. */
    int length() {
        return end - start;
    }

    /** Whether every char is below 0x80 (then {@link #lower} is as long as the text, {@code A-Z} lowered). */
    boolean isAscii() {
        return ascii;
    }

    /** The char at {@code k} of the text ({@code 0 <= k < length()}). */
    char charAt(int k) {
        return chars[start - base + k];
    }

    boolean isWord() {
        return Tokenizer.isLetterOrDigit(chars[start - base]);
    }

    boolean isCapitalized() {
        char c = chars[start - base];
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Whether {@link #lower} equals {@code s}; a token of ASCII chars is compared in place. */
    boolean is(String s) {
        if (lower != null || !ascii) {
            return lower().equals(s);
        }
        int n = end - start;
        if (s.length() != n) {
            return false;
        }
        int o = start - base;
        for (int k = 0; k < n; k++) {
            char c = chars[o + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #lower} is one of {@code words}; a token of ASCII chars is looked up in place in a
     * {@link WordSet}.
     */
    boolean lowerIn(java.util.Set<String> words) {
        if (ascii && words instanceof WordSet w) {
            return w.containsLowered(lowerHash, chars, start - base, end - base);
        }
        return words.contains(lower());
    }

    /** Whether {@link #lower} ends with {@code suffix} (lower case); a token of ASCII chars is compared in place. */
    boolean lowerEndsWith(String suffix) {
        if (lower != null || !ascii) {
            return lower().endsWith(suffix);
        }
        int n = suffix.length();
        if (n > end - start) {
            return false;
        }
        int o = end - base - n;
        for (int k = 0; k < n; k++) {
            char c = chars[o + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean isQuote() {
        char c = chars[start - base];
        return end - start == 1 && (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB');
    }

    boolean isComma() {
        return end - start == 1 && chars[start - base] == ',';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text().equals(text());
    }

    @Override
    public int hashCode() {
        return (text().hashCode() * 31 + start) * 31 + end;
    }

    @Override
    public String toString() {
        return "Token[text=" + text() + ", start=" + start + ", end=" + end + "]";
    }
}
