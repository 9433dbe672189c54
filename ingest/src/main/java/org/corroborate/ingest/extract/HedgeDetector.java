package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.Hedge;
import org.corroborate.core.Span;

/**
 * Finds hedges — words that put distance between a source or the reporter and the content — with a strength in
 * {@code (0, 1]}: about 0.2 for mild ({@code estimated}), 0.4 for clear ({@code reportedly}, {@code appearing to}),
 * 0.5–0.6 for strong ({@code what he said were}, {@code could not be independently verified}).
 *
 * <p>Every pattern is a fixed alternation of literal words with bounded gaps, so matching is linear in the text.
 */
public final class HedgeDetector {

    /**
     * A pattern, its strength, and words one of which the lower-cased text must contain for it to match. The rules and
     * the tables below are package-private for the test that compares the scan with its earlier form.
     */
    record Rule(Pattern pattern, double strength, List<String> triggers) {
    }

    static final List<Rule> RULES = List.of(
            rule("\\bwhat (?:he|she|they|it|officials|[A-Z][\\w-]{1,30}) (?:said|says|claimed|claims|described as|"
                    + "called|alleged) (?:were|was|is|are|to be)\\b", 0.5, List.of("what ")),
            rule("\\b(?:could|can|has|have|had) not (?:be |been )?(?:independently )?(?:verified|confirmed)\\b", 0.6,
                    List.of("verified", "confirmed")),
            rule("\\bcould not independently (?:verify|confirm)\\b", 0.6, List.of("independently")),
            rule("\\b(?:not|un) ?(?:been )?independently (?:verified|confirmed)\\b", 0.6, List.of("independently")),
            rule("\\b(?:unverified|unconfirmed)\\b", 0.5, List.of("unverified", "unconfirmed")),
            rule("\\breportedly\\b", 0.4, List.of("reportedly")),
            rule("\\ballegedly\\b", 0.5, List.of("allegedly")),
            rule("\\bpurportedly\\b", 0.5, List.of("purportedly")),
            rule("\\bapparently\\b", 0.4, List.of("apparently")),
            rule("\\b(?:appearing|appears|appeared|appear|seems|seemed|seeming) to\\b", 0.4, List.of("appear", "seem")),
            rule("\\b(?:is|are|was|were) (?:still )?being (?:assessed|investigated|verified|examined)\\b", 0.3,
                    List.of("being assessed", "being investigated", "being verified", "being examined")),
            rule("\\bstill (?:unclear|unknown|being assessed)\\b", 0.3, List.of("still unclear", "still unknown", "still being")),
            rule("\\b(?:it|this) (?:is|was|remains) (?:not )?(?:yet )?(?:unclear|not clear)\\b", 0.4, List.of("unclear", "not clear")),
            rule("\\b(?:believed|thought|suspected|understood|said) to (?:be|have)\\b", 0.3, List.of("believed to", "thought to", "suspected to", "understood to", "said to")),
            rule("\\b(?:possibly|possible|perhaps|probably|likely)\\b", 0.3,
                    List.of("possib", "perhaps", "probably", "likely")),
            rule("\\b(?:may|might|could) (?:have|be)\\b", 0.35, List.of("may have", "may be", "might have", "might be", "could have",
                    "could be")),
            rule("\\b(?:rumou?red|rumou?rs)\\b", 0.6, List.of("rumo")),
            rule("\\b(?:so-called)\\b", 0.3, List.of("so-called")),
            rule("\\baccording to (?:unconfirmed|unverified) reports\\b", 0.6, List.of("reports")),
            rule("\\b(?:estimated|estimates?|roughly|approximately|about|around|some) (?=\\d)", 0.15,
                    List.of("estimate", "roughly", "approximately", "about", "around", "some")));

    private static Rule rule(String regex, double strength, List<String> triggers) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), strength,
                triggers);
    }

    /** Every rule's trigger words, with the rule each belongs to, indexed by their first two chars (all ASCII). */
    static final char[][] TRIGGERS;
    static final int[] TRIGGER_RULE;
    static final int[][] TRIGGERS_BY_FIRST = new int[0x80 * 0x80][];

    static {
        List<char[]> words = new ArrayList<>();
        List<Integer> rules = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String t : RULES.get(r).triggers) {
                words.add(t.toCharArray());
                rules.add(r);
            }
        }
        TRIGGERS = words.toArray(new char[0][]);
        TRIGGER_RULE = rules.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < TRIGGERS.length; k++) {
            char[] t = TRIGGERS[k];
            if (t.length < 2 || t[0] >= 0x80 || t[1] >= 0x80) {
                throw new IllegalStateException("hedge trigger must start with two ASCII chars: " + new String(t));
            }
            int at = t[0] * 0x80 + t[1];
            int[] old = TRIGGERS_BY_FIRST[at];
            int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = k;
            TRIGGERS_BY_FIRST[at] = now;
        }
    }

    /** Hedges in {@code text[from, to)}, in text order, none overlapping. */
    public List<Hedge> find(String text, int from, int to) {
        return find(new Triggers(text, new int[] {from, to}), from, to);
    }

    /**
     * The occurrences of every rule's trigger words in some ranges of a text, found in one pass over each range, so
     * that {@link #find(Triggers, int, int)} over many overlapping ranges (the scopes of one article's attributions)
     * reads each char once.
     */
    public static final class Triggers {
        private final String text;
        /** {@link #text}'s chars from {@link #base} on (those of the ranges at least), read faster than the string. */
        private final char[] chars;
        private final int base;
        /** The occurrences in text order: start offset and trigger index, two ints each. */
        private int[] found = new int[16];
        private int size;
        /** Offsets of chars whose lower case is longer than one char (U+0130), in order. */
        private int[] unaligned = new int[0];

        /**
         * The triggers of {@code text} within {@code ranges}: {@code [start, end)} pairs, in any order; an
         * occurrence counts only when it lies wholly within one of the merged ranges.
         */
        public Triggers(String text, int[] ranges) {
            this(text, charsOf(text, ranges), start(ranges), ranges);
        }

        /** {@link #Triggers(String, int[])} of a text whose chars are given ({@code chars[k] == text.charAt(k)}). */
        public Triggers(String text, char[] chars, int[] ranges) {
            this(text, sameLength(text, chars), 0, ranges);
        }

        private static char[] sameLength(String text, char[] chars) {
            if (chars.length != text.length()) {
                throw new IllegalArgumentException("chars and text differ in length");
            }
            return chars;
        }

        private Triggers(String text, char[] chars, int base, int[] ranges) {
            this.text = text;
            this.chars = chars;
            this.base = base;
            if (ranges.length % 2 != 0) {
                throw new IllegalArgumentException("ranges must be [start, end) pairs");
            }
            long[] sorted = new long[ranges.length / 2];
            for (int i = 0; i < sorted.length; i++) {
                int s = ranges[2 * i];
                int e = ranges[2 * i + 1];
                if (s < 0 || e < s || e > text.length()) {
                    throw new IllegalArgumentException("range out of text: [" + s + ", " + e + ")");
                }
                sorted[i] = (long) s << 32 | e;
            }
            java.util.Arrays.sort(sorted);
            int i = 0;
            while (i < sorted.length) {
                int s = (int) (sorted[i] >>> 32);
                int e = (int) sorted[i];
                while (++i < sorted.length && (int) (sorted[i] >>> 32) <= e) {
                    e = Math.max(e, (int) sorted[i]);
                }
                scan(s, e);
            }
        }

        /** The smallest start of {@code ranges}; 0 when there are none. */
        private static int start(int[] ranges) {
            int s = ranges.length == 0 ? 0 : Integer.MAX_VALUE;
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                s = Math.min(s, ranges[i]);
            }
            return s;
        }

        /** The chars of {@code text} from the smallest start of {@code ranges} to their largest end. */
        private static char[] charsOf(String text, int[] ranges) {
            int s = start(ranges);
            int e = s;
            for (int i = 1; i < ranges.length; i += 2) {
                e = Math.max(e, ranges[i]);
            }
            char[] cs = new char[Math.max(0, Math.min(e, text.length()) - s)];
            text.getChars(s, s + cs.length, cs, 0);
            return cs;
        }

        /** Appends the occurrences wholly within {@code text[from, to)}, lower-cased char by char. */
        private void scan(int from, int to) {
            char[] t = chars;
            int b = base;
            for (int p = from; p + 1 < to; p++) {
                char c = lower(t[p - b]);
                if (c >= 0x80) {
                    if (t[p - b] == '\u0130') {
                        unaligned = java.util.Arrays.copyOf(unaligned, unaligned.length + 1);
                        unaligned[unaligned.length - 1] = p;
                    }
                    continue;
                }
                char d = lower(t[p + 1 - b]);
                int[] candidates = d < 0x80 ? TRIGGERS_BY_FIRST[c * 0x80 + d] : null;
                if (candidates == null) {
                    continue;
                }
                for (int k : candidates) {
                    if (startsWith(t, p - b, to - b, TRIGGERS[k])) {
                        if (size + 2 > found.length) {
                            found = java.util.Arrays.copyOf(found, found.length * 2);
                        }
                        found[size++] = p;
                        found[size++] = k;
                    }
                }
            }
            if (to > from && t[to - 1 - b] == '\u0130') {
                unaligned = java.util.Arrays.copyOf(unaligned, unaligned.length + 1);
                unaligned[unaligned.length - 1] = to - 1;
            }
        }

        /** True when a char of {@code text[from, to)} lower-cases to more than one char. */
        private boolean unalignedIn(int from, int to) {
            for (int u : unaligned) {
                if (u >= from && u < to) {
                    return true;
                }
            }
            return false;
        }

        /** The index in {@link #found} of the first occurrence at or after {@code from}. */
        private int firstAtOrAfter(int from) {
            int lo = 0;
            int hi = size / 2;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (found[2 * mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return 2 * lo;
        }
    }

    /**
     * Hedges in {@code triggers}' text {@code [from, to)}, in text order, none overlapping: the same as
     * {@link #find(String, int, int)}, with the trigger words looked up in {@code triggers}, whose ranges must cover
     * {@code [from, to)}.
     */
    public List<Hedge> find(Triggers triggers, int from, int to) {
        String text = triggers.text;
        // The regexes dominated extraction time. A rule runs only near one of its words (each match contains one),
        // in windows wider than any match; where lower-casing changes the length (U+0130), over the whole range.
        List<List<int[]>> windowsByRule = null;
        if (triggers.unalignedIn(from, to)) {
            // Positions in the lower-cased text no longer match the text's: which rules have a word is all that counts.
            char[] lc = text.substring(from, to).toLowerCase(Locale.ROOT).toCharArray();
            for (int p = 0; p + 1 < lc.length; p++) {
                char c = lc[p];
                char d = lc[p + 1];
                int[] candidates = c < 0x80 && d < 0x80 ? TRIGGERS_BY_FIRST[c * 0x80 + d] : null;
                if (candidates == null) {
                    continue;
                }
                for (int k : candidates) {
                    if (startsWith(lc, p, lc.length, TRIGGERS[k])) {
                        windowsByRule = addWindow(windowsByRule, TRIGGER_RULE[k], from, to);
                    }
                }
            }
        } else {
            for (int i = triggers.firstAtOrAfter(from); i < triggers.size && triggers.found[i] < to; i += 2) {
                int p = triggers.found[i];
                int k = triggers.found[i + 1];
                if (p + TRIGGERS[k].length > to) {
                    continue;
                }
                windowsByRule = addWindow(windowsByRule, TRIGGER_RULE[k], Math.max(from, p - WINDOW),
                        Math.min(to, p + TRIGGERS[k].length + WINDOW));
            }
        }
        List<Hedge> out = new ArrayList<>();
        if (windowsByRule == null) {
            return out;
        }
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            List<int[]> windows = windowsByRule.get(ri);
            if (windows == null) {
                continue;
            }
            if (r.pattern.pattern().endsWith("(?=\\d)") && !hasDigit(text, from, to)) {
                continue; // "about", "some" only hedge a number
            }
            windows.sort((x, y) -> Integer.compare(x[0], y[0]));
            Matcher m = r.pattern.matcher(text).useTransparentBounds(true);
            int i = 0;
            while (i < windows.size()) {
                int ws = windows.get(i)[0];
                int we = windows.get(i)[1];
                while (++i < windows.size() && windows.get(i)[0] <= we) {
                    we = Math.max(we, windows.get(i)[1]);
                }
                m.region(ws, we);
                while (m.find()) {
                    add(out, Span.of(m.start(), m.end()), m.group(), r.strength);
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static List<List<int[]>> addWindow(List<List<int[]>> windowsByRule, int rule, int start, int end) {
        if (windowsByRule == null) {
            windowsByRule = new ArrayList<>(java.util.Collections.nCopies(RULES.size(), null));
        }
        List<int[]> windows = windowsByRule.get(rule);
        if (windows == null) {
            windows = new ArrayList<>();
            windowsByRule.set(rule, windows);
        }
        windows.add(new int[] {start, end});
        return windowsByRule;
    }

    /** The only char of {@code 0x80} or more whose lower case is ASCII ({@code k}). */
    private static final char KELVIN = '\u212A';

    /**
     * {@code c} lower-cased as {@code String.toLowerCase(Locale.ROOT)} does it where that keeps the length; any
     * result of {@code 0x80} or more stands for a char no trigger word contains.
     */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c == KELVIN ? 'k' : '\uFFFF';
    }

    /** True when {@code text[at, to)} starts with {@code word} once lower-cased char by char. */
    private static boolean startsWith(char[] text, int at, int to, char[] word) {
        if (at + word.length > to) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (lower(text[at + i]) != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static final int WINDOW = 120;

    private static void add(List<Hedge> out, Span s, String text, double strength) {
        for (Hedge h : out) {
            if (h.span().overlaps(s)) {
                return;
            }
        }
        out.add(new Hedge(s, text.strip(), strength));
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
