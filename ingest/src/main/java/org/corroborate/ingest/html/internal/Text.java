package org.corroborate.ingest.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the HTML reader and its evaluation. Pure. */
public final class Text {

    private Text() {
    }

    /** {@code s} with every run of whitespace (including no-break spaces) made one space, and stripped. */
    public static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace as HTML text shows it: Java whitespace, no-break spaces, zero-width spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }

    /**
     * The word tokens of {@code s}: maximal runs of letters and digits (any script), lower-cased with
     * {@link Locale#ROOT}, except that each Han, Hiragana or Katakana character is a token of its own (those scripts
     * do not separate words by spaces). Punctuation and whitespace separate tokens and are not tokens.
     */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && isIdeographic(s.charAt(i))) {
                if (start >= 0) {
                    out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                out.add(String.valueOf(s.charAt(i)));
                continue;
            }
            boolean word = i < s.length() && isWordChar(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** How many {@link #tokens} {@code s} has. */
    public static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIdeographic(c)) {
                n++;
                in = false;
                continue;
            }
            boolean word = isWordChar(c);
            if (word && !in) {
                n++;
            }
            in = word;
        }
        return n;
    }

    private static boolean isIdeographic(char c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }
}
