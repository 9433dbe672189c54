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

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private Tokenizer() {
    }

    /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return ASCII_ALNUM[c];
        }
        // General Punctuation (curly quotes, dashes, spaces) holds no letter or digit
        return (c < 0x2000 || c > 0x206F) && Character.isLetterOrDigit(c);
    }

    private static boolean isWhitespace(char c) {
        return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static List<Token> tokenize(String text, int from, int to) {
        char[] cs = new char[Math.max(0, to - from)];
        text.getChars(from, Math.max(from, to), cs, 0);
        return tokenize(text, cs, from, from, to);
    }

    /**
     * {@link #tokenize(String, int, int)} reading the chars from {@code cs}, where {@code cs[k - base]} is
     * {@code text.charAt(k)} for every {@code k} in {@code [from, to)}: an extractor copies an article's chars once
     * for all its sentences.
     */
    static List<Token> tokenize(String text, char[] cs, int base, int from, int to) {
        List<Token> out = new ArrayList<>();
        scan(cs, base, from, to, (start, end, word) -> out.add(Token.in(text, cs, base, start, end)));
        return out;
    }

    /**
     * The texts of the word tokens of {@code text} (those {@link Token#isWord}), without building the others:
     * what {@link #tokenize(String, int, int)} would give, filtered.
     */
    static List<String> words(String text) {
        char[] cs = text.toCharArray();
        List<String> out = new ArrayList<>();
        scan(cs, 0, 0, cs.length, (start, end, word) -> {
            if (word) {
                out.add(text.substring(start, end));
            }
        });
        return out;
    }

    /** A test of a word token, given its chars {@code cs[start, end)}. */
    @FunctionalInterface
    interface WordTest {
        boolean test(char[] cs, int start, int end);
    }

    /**
     * Whether {@code test} holds for some word token of {@code text} (those {@link Token#isWord}): the words of
     * {@link #words}, looked at in place without a string made for each.
     */
    static boolean anyWord(String text, WordTest test) {
        char[] cs = text.toCharArray();
        return anyWord(cs, 0, cs.length, test);
    }

    /**
     * {@link #anyWord(String, WordTest)} of the text {@code cs[from, to)}, read in place: the tokens of a range are
     * those of the same chars alone.
     */
    static boolean anyWord(char[] cs, int from, int to, WordTest test) {
        boolean[] found = {false};
        scan(cs, 0, from, to, (start, end, word) -> {
            if (word && !found[0]) {
                found[0] = test.test(cs, start, end);
            }
        });
        return found[0];
    }

    /** Receives each token's offsets, and whether it is a word (starts with a letter or digit). */
    @FunctionalInterface
    private interface Sink {
        void token(int start, int end, boolean word);
    }

    /** The tokenizer: hands each token of {@code [from, to)} to {@code sink}, in order. */
    private static void scan(char[] cs, int base, int from, int to, Sink sink) {
        int lastEnd = -1;
        int i = from;
        while (i < to) {
            char c = cs[i - base];
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            if (isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = cs[j - base];
                    if (isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '\u2019' || d == '&')
                            && j + 1 < to && isLetterOrDigit(cs[j + 1 - base])
                            && (d != ',' || isDigit(cs[j - 1 - base]) && isDigit(cs[j + 1 - base]))
                            && (d != '.' || isDigit(cs[j - 1 - base]) || isAbbrevDot(cs, base, i, j))) {
                        if ((d == '\'' || d == '\u2019') && j + 2 <= to && (cs[j + 1 - base] == 's'
                                || cs[j + 1 - base] == 'S') && (j + 2 == to
                                || !isLetterOrDigit(cs[j + 2 - base]))) {
                            break; // possessive: "Seoul" + "'s"
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                // keep the final period of "U.S." with the token
                if (j < to && cs[j - base] == '.' && j - i >= 3 && cs[j - 2 - base] == '.') {
                    j++;
                }
                sink.token(i, j, true);
                lastEnd = j;
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < to && (cs[i + 1 - base] == 's' || cs[i + 1 - base] == 'S')
                    && (i + 2 == to || !isLetterOrDigit(cs[i + 2 - base])) && lastEnd == i) {
                sink.token(i, i + 2, false); // the possessive right after a token
                lastEnd = i + 2;
                i += 2;
                continue;
            }
            sink.token(i, i + 1, false);
            lastEnd = i + 1;
            i++;
        }
    }

    /** "U.S", "e.g": single letters separated by periods. */
    private static boolean isAbbrevDot(char[] cs, int base, int start, int dot) {
        return dot - start == 1 || dot >= 2 && cs[dot - 2 - base] == '.';
    }
}
