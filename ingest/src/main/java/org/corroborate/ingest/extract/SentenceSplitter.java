package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.core.Span;

/**
 * Splits text into sentences by rule, keeping offsets into the text.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} (with any closing quotes and brackets after it) followed by
 * whitespace and a capital, digit, quote or dash — unless the period ends a known abbreviation ({@code Mr.},
 * {@code U.S.}, {@code Jan.}) or a single initial. A blank line always ends a sentence, so headlines, datelines and
 * section titles without final punctuation stand alone. Quotes that run over several sentences are split like any
 * other text; the extractor rejoins them.
 *
 * <p>Stateless and thread-safe; linear in the text's length.
 */
public final class SentenceSplitter {

    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
            "sgt", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp", "det", "atty",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "no", "nos", "vs", "v", "etc", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "est", "approx",
            "fig", "al", "ave", "blvd", "rd", "ft", "ca", "cf", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "d.c",
            "a.m", "p.m");

    /** The sentences of {@code text} as spans, in order, trimmed of surrounding whitespace; none empty. */
    public List<Span> split(String text) {
        return split(text.toCharArray());
    }

    /** {@link #split(String)} of the text's chars (an array is read faster than a string, char by char). */
    List<Span> split(char[] text) {
        List<Span> out = new ArrayList<>();
        int n = text.length;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c >= 64 || (ENDS >>> c & 1) == 0) {
                i++; // letters, spaces and most else: only a newline, '.', '!' and '?' (all below 64) matter here
                continue;
            }
            if (c == '\n' && blankLineAt(text, i)) {
                add(out, text, start, i);
                while (i < n && Character.isWhitespace(text[i])) {
                    i++;
                }
                start = i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text[end] == '.' || text[end] == '!' || text[end] == '?')) {
                    end++;
                }
                while (end < n && isCloser(text[end])) {
                    end++;
                }
                if (end >= n) {
                    break;
                }
                if (Character.isWhitespace(text[end]) && startsSentence(text, end)
                        && !(c == '.' && end == i + 1 && isAbbreviation(text, i))) {
                    add(out, text, start, end);
                    i = end;
                    while (i < n && Character.isWhitespace(text[i]) && !(text[i] == '\n'
                            && blankLineAt(text, i))) {
                        i++;
                    }
                    start = i;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Span> out, char[] text, int start, int end) {
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            out.add(Span.of(start, end));
        }
    }

    /** True when the newline at {@code i} is followed by only spaces and another newline. */
    private static boolean blankLineAt(char[] text, int i) {
        for (int j = i + 1; j < text.length; j++) {
            char c = text[j];
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean startsSentence(char[] text, int ws) {
        int j = ws;
        while (j < text.length && Character.isWhitespace(text[j])) {
            j++;
        }
        if (j >= text.length) {
            return true;
        }
        char c = text[j];
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '\u2018' || c == '(' || c == '[' || c == '-' || c == '\u2013' || c == '\u2014'
                || c == '\u00AB' || !Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** Bit {@code c} set for the chars {@link #split(char[])} stops at: newline, {@code .}, {@code !}, {@code ?}. */
    private static final long ENDS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?';

    /** The longest of {@link #ABBREVIATIONS}. */
    private static final int LONGEST = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

    /** {@link #ABBREVIATIONS} as {@link #key}s, sorted. */
    private static final long[] ABBREVIATION_KEYS = ABBREVIATIONS.stream()
            .mapToLong(a -> key(a.toCharArray(), 0, a.length())).sorted().toArray();

    static {
        if (LONGEST > 7 || ABBREVIATIONS.stream().anyMatch(a -> !a.chars().allMatch(c -> c < 0x80))) {
            throw new IllegalStateException("abbreviations must be ASCII and at most 7 chars");
        }
    }

    /** The ASCII chars {@code text[from, to)} (at most 7), lower-cased, 8 bits each, after a 1 bit; -1 if not ASCII. */
    private static long key(char[] text, int from, int to) {
        long k = 1;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return -1;
            }
            k = k << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return k;
    }

    static boolean isAbbreviation(char[] text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text[j - 1]) || text[j - 1] == '.')) {
            j--;
        }
        int length = dot - j;
        if (length == 0) {
            return false;
        }
        if (length == 1 && Character.isUpperCase(text[j])) {
            return true; // an initial: "John F. Kennedy"
        }
        if (length <= 5) {
            for (int k = j; k < dot; k++) {
                if (text[k] == '.') {
                    if (k > j) {
                        return true; // "U.S", "e.g"
                    }
                    break;
                }
            }
        }
        if (length > LONGEST) {
            return false;
        }
        long key = key(text, j, dot);
        if (key < 0) { // not ASCII: lower-cased as a string ("\u0130" becomes two chars)
            return ABBREVIATIONS.contains(new String(text, j, length).toLowerCase(Locale.ROOT));
        }
        return java.util.Arrays.binarySearch(ABBREVIATION_KEYS, key) >= 0;
    }
}
