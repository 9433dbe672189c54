package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: runs of letters and digits (with inner hyphens, periods of abbreviations, and
 * apostrophes of contractions), possessive {@code 's} as its own token, and every other non-space char alone.
 */
final class Tokenizer {

    /** A letter or digit ({@link Character#isLetterOrDigit}), in {@link #ASCII}. */
    private static final byte ALNUM = 1;
    /** A space ({@link Character#isWhitespace}), in {@link #ASCII}. */
    private static final byte SPACE = 2;
    /** A digit {@code 0-9}, in {@link #ASCII}. */
    private static final byte DIGIT = 4;
    /** A char that may join two parts of a word ({@code - . , ' &}), in {@link #ASCII}. */
    private static final byte JOINER = 8;
    /** The classes of the ASCII chars, by char: one table look-up where {@link Character} would test. */
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = (byte) ((Character.isLetterOrDigit(c) ? ALNUM : 0) | (Character.isWhitespace(c) ? SPACE : 0)
                    | (c >= '0' && c <= '9' ? DIGIT : 0) | ("-.,'&".indexOf(c) >= 0 ? JOINER : 0));
        }
    }

    private Tokenizer() {
    }

    /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (ASCII[c] & ALNUM) != 0;
        }
        // General Punctuation (curly quotes, dashes, spaces) holds no letter or digit
        return (c < 0x2000 || c > 0x206F) && Character.isLetterOrDigit(c);
    }

    private static boolean isWhitespace(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    /** Whether {@code c} may join two parts of a word ({@code - . , ' \u2019 &}). */
    private static boolean isJoiner(char c) {
        return c < 0x80 ? (ASCII[c] & JOINER) != 0 : c == '\u2019';
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
        return tokenize(text, cs, base, from, to, new ArrayList<>());
    }

    /**
     * {@link #tokenize(String, char[], int, int, int)} into {@code out}, emptied first, and returned: an extractor
     * gives the same list to every sentence of an article, which then grows once, not once per sentence.
     */
    static List<Token> tokenize(String text, char[] cs, int base, int from, int to, ArrayList<Token> out) {
        out.clear();
        Scan s = new Scan(cs, base, from, to);
        while (s.next()) {
            out.add(Token.scanned(text, cs, base, s.start, s.end, s.ascii, s.lowerHash));
        }
        return out;
    }

    /**
     * The texts of the word tokens of {@code text} (those {@link Token#isWord}), without building the others:
     * what {@link #tokenize(String, int, int)} would give, filtered.
     */
    static List<String> words(String text) {
        char[] cs = text.toCharArray();
        List<String> out = new ArrayList<>();
        Scan s = new Scan(cs, 0, 0, cs.length);
        while (s.next()) {
            if (s.word) {
                out.add(text.substring(s.start, s.end));
            }
        }
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
        Scan s = new Scan(cs, 0, from, to);
        while (s.next()) {
            if (s.word && test.test(cs, s.start, s.end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokenizer, one token per {@link #next}: the token's offsets, whether it is a word (starts with a letter or
     * digit), and, found in the same pass over its chars, whether they are all ASCII and {@link String#hashCode} of
     * their lower case then ({@link WordSet#loweredHash}).
     */
    static final class Scan {
        private final char[] cs;
        private final int base;
        private final int to;
        private int i;
        private int lastEnd = -1;
        int start;
        int end;
        boolean word;
        boolean ascii;
        int lowerHash;

        /** The tokens of {@code [from, to)}, whose chars are {@code cs[k - base]}. */
        Scan(char[] cs, int base, int from, int to) {
            this.cs = cs;
            this.base = base;
            this.to = to;
            this.i = from;
        }

        /** The next token into the fields; false at the end. */
        boolean next() {
            char[] cs = this.cs;
            int base = this.base;
            int to = this.to;
            int i = this.i;
            while (i < to && isWhitespace(cs[i - base])) {
                i++;
            }
            if (i >= to) {
                this.i = i;
                return false;
            }
            char c = cs[i - base];
            start = i;
            if (isLetterOrDigit(c)) {
                boolean a = c < 0x80;
                int h = c >= 'A' && c <= 'Z' ? c + 32 : c;
                int j = i + 1;
                while (j < to) {
                    char d = cs[j - base];
                    if (isLetterOrDigit(d)) {
                        a &= d < 0x80;
                        h = 31 * h + (d >= 'A' && d <= 'Z' ? d + 32 : d);
                        j++;
                    } else if (isJoiner(d) && j + 1 < to && isLetterOrDigit(cs[j + 1 - base])
                            && (d != ',' || isDigit(cs[j - 1 - base]) && isDigit(cs[j + 1 - base]))
                            && (d != '.' || isDigit(cs[j - 1 - base]) || isAbbrevDot(cs, base, i, j))) {
                        if ((d == '\'' || d == '\u2019') && j + 2 <= to && (cs[j + 1 - base] == 's'
                                || cs[j + 1 - base] == 'S') && (j + 2 == to
                                || !isLetterOrDigit(cs[j + 2 - base]))) {
                            break; // possessive: "Seoul" + "'s"
                        }
                        a &= d < 0x80;
                        h = 31 * h + d; // a joiner is no capital
                        j++;
                    } else {
                        break;
                    }
                }
                // keep the final period of "U.S." with the token
                if (j < to && cs[j - base] == '.' && j - i >= 3 && cs[j - 2 - base] == '.') {
                    h = 31 * h + '.';
                    j++;
                }
                end = j;
                word = true;
                ascii = a;
                lowerHash = a ? h : 0;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && (cs[i + 1 - base] == 's'
                    || cs[i + 1 - base] == 'S') && (i + 2 == to || !isLetterOrDigit(cs[i + 2 - base]))
                    && lastEnd == i) {
                end = i + 2; // the possessive right after a token
                word = false;
                ascii = c == '\'';
                lowerHash = ascii ? 31 * '\'' + 's' : 0;
            } else {
                end = i + 1;
                word = false;
                ascii = c < 0x80;
                lowerHash = ascii ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : 0;
            }
            lastEnd = end;
            this.i = end;
            return true;
        }
    }

    /** "U.S", "e.g": single letters separated by periods. */
    private static boolean isAbbrevDot(char[] cs, int base, int start, int dot) {
        return dot - start == 1 || dot >= 2 && cs[dot - 2 - base] == '.';
    }
}
