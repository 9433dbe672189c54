package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: runs of letters and digits (with inner hyphens, periods of abbreviations, and
 * apostrophes of contractions), possessive {@code 's} as its own token, and every other non-space char alone.
 */
final class Tokenizer {

    /** Letters and digits among the ASCII chars, by char: the common case without {@link Character}'s tables. */
    private static final boolean[] ASCII_ALNUM = new boolean[0x80];
    /** {@link Character#isWhitespace} of the ASCII chars. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];
    /** One shared string per ASCII char, for the one-char tokens (punctuation). */
    private static final String[] ASCII_STRINGS = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
            ASCII_STRINGS[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isWhitespace(char c) {
        return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            if (isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '\u2019' || d == '&')
                            && j + 1 < to && isLetterOrDigit(text.charAt(j + 1))
                            && (d != ',' || isDigit(text.charAt(j - 1)) && isDigit(
                                    text.charAt(j + 1)))
                            && (d != '.' || isDigit(text.charAt(j - 1)) || isAbbrevDot(text, i, j))) {
                        if ((d == '\'' || d == '\u2019') && j + 2 <= to && (text.charAt(j + 1) == 's'
                                || text.charAt(j + 1) == 'S') && (j + 2 == to
                                || !isLetterOrDigit(text.charAt(j + 2)))) {
                            break; // possessive: "Seoul" + "'s"
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                // keep the final period of "U.S." with the token
                if (j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
                    j++;
                }
                out.add(Token.of(text.substring(i, j), i, j));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == to || !isLetterOrDigit(text.charAt(i + 2))) && !out.isEmpty()
                    && out.get(out.size() - 1).end() == i) {
                out.add(Token.of(text.substring(i, i + 2), i, i + 2));
                i += 2;
                continue;
            }
            out.add(Token.of(c < 0x80 ? ASCII_STRINGS[c] : String.valueOf(c), i, i + 1));
            i++;
        }
        return out;
    }

    /** "U.S", "e.g": single letters separated by periods. */
    private static boolean isAbbrevDot(String text, int start, int dot) {
        return dot - start == 1 || dot >= 2 && text.charAt(dot - 2) == '.';
    }
}
