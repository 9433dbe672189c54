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

    /** A pattern, its strength, and words one of which the lower-cased text must contain for it to match. */
    private record Rule(Pattern pattern, double strength, List<String> triggers) {
    }

    private static final List<Rule> RULES = List.of(
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
    private static final char[][] TRIGGERS;
    private static final int[] TRIGGER_RULE;
    private static final int[][] TRIGGERS_BY_FIRST = new int[0x80 * 0x80][];

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
        List<Hedge> out = new ArrayList<>();
        // The regexes dominated extraction time. A rule runs only near one of its words (each match contains one),
        // in windows wider than any match; where lower-casing changed the length, over the whole range. One pass
        // over the lower-cased text finds every occurrence of every rule's words.
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == to - from;
        char[] lc = lower.toCharArray();
        List<List<int[]>> windowsByRule = null;
        for (int p = 0; p + 1 < lc.length; p++) {
            char c = lc[p];
            char d = lc[p + 1];
            int[] candidates = c < 0x80 && d < 0x80 ? TRIGGERS_BY_FIRST[c * 0x80 + d] : null;
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (!startsWith(lc, p, TRIGGERS[k])) {
                    continue;
                }
                if (windowsByRule == null) {
                    windowsByRule = new ArrayList<>(java.util.Collections.nCopies(RULES.size(), null));
                }
                int r = TRIGGER_RULE[k];
                List<int[]> windows = windowsByRule.get(r);
                if (windows == null) {
                    windows = new ArrayList<>();
                    windowsByRule.set(r, windows);
                }
                windows.add(aligned ? new int[] {Math.max(from, from + p - WINDOW),
                    Math.min(to, from + p + TRIGGERS[k].length + WINDOW)} : new int[] {from, to});
            }
        }
        if (windowsByRule == null) {
            return out;
        }
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            List<int[]> windows = windowsByRule.get(ri);
            if (windows == null) {
                continue;
            }
            if (r.pattern.pattern().endsWith("(?=\\d)") && !hasDigit(lower)) {
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

    private static boolean startsWith(char[] text, int at, char[] word) {
        if (at + word.length > text.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (text[at + i] != word[i]) {
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

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
