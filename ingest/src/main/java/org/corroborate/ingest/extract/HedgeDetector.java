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

    /** Hedges in {@code text[from, to)}, in text order, none overlapping. */
    public List<Hedge> find(String text, int from, int to) {
        List<Hedge> out = new ArrayList<>();
        // The regexes dominated extraction time. A rule runs only near one of its words (each match contains one),
        // in windows wider than any match; where lower-casing changed the length, over the whole range.
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == to - from;
        List<int[]> windows = new ArrayList<>();
        for (Rule r : RULES) {
            windows.clear();
            for (String t : r.triggers) {
                for (int p = lower.indexOf(t); p >= 0; p = lower.indexOf(t, p + 1)) {
                    windows.add(aligned ? new int[] {Math.max(from, from + p - WINDOW),
                        Math.min(to, from + p + t.length() + WINDOW)} : new int[] {from, to});
                }
            }
            if (windows.isEmpty()) {
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
