package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: runs of letters and digits (with inner hyphens, periods of abbreviations, and
 * apostrophes of contractions), possessive {@code 's} as its own token, and every other non-space char alone.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '\u2019' || d == '&')
                            && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                            && (d != ',' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(
                                    text.charAt(j + 1)))
                            && (d != '.' || Character.isDigit(text.charAt(j - 1)) || isAbbrevDot(text, i, j))) {
                        if ((d == '\'' || d == '\u2019') && j + 2 <= to && (text.charAt(j + 1) == 's'
                                || text.charAt(j + 1) == 'S') && (j + 2 == to
                                || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
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
                    && (i + 2 == to || !Character.isLetterOrDigit(text.charAt(i + 2))) && !out.isEmpty()
                    && out.get(out.size() - 1).end() == i) {
                out.add(Token.of(text.substring(i, i + 2), i, i + 2));
                i += 2;
                continue;
            }
            out.add(Token.of(String.valueOf(c), i, i + 1));
            i++;
        }
        return out;
    }

    /** "U.S", "e.g": single letters separated by periods. */
    private static boolean isAbbrevDot(String text, int start, int dot) {
        return dot - start == 1 || dot >= 2 && text.charAt(dot - 2) == '.';
    }
}
