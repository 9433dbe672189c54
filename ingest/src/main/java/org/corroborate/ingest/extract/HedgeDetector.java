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
                    + "called|alleged) (?:were|was|is|are|to be)\\b", 0.5, List.of("what")),
            rule("\\b(?:could|can|has|have|had) not (?:be |been )?(?:independently )?(?:verified|confirmed)\\b", 0.6,
                    List.of(" not")),
            rule("\\bcould not independently (?:verify|confirm)\\b", 0.6, List.of("independently")),
            rule("\\b(?:not|un) ?(?:been )?independently (?:verified|confirmed)\\b", 0.6, List.of("independently")),
            rule("\\b(?:unverified|unconfirmed)\\b", 0.5, List.of("unverified", "unconfirmed")),
            rule("\\breportedly\\b", 0.4, List.of("reportedly")),
            rule("\\ballegedly\\b", 0.5, List.of("allegedly")),
            rule("\\bpurportedly\\b", 0.5, List.of("purportedly")),
            rule("\\bapparently\\b", 0.4, List.of("apparently")),
            rule("\\b(?:appearing|appears|appeared|appear|seems|seemed|seeming) to\\b", 0.4, List.of("appear", "seem")),
            rule("\\b(?:is|are|was|were) (?:still )?being (?:assessed|investigated|verified|examined)\\b", 0.3,
                    List.of("being")),
            rule("\\bstill (?:unclear|unknown|being assessed)\\b", 0.3, List.of("still")),
            rule("\\b(?:it|this) (?:is|was|remains) (?:not )?(?:yet )?(?:unclear|not clear)\\b", 0.4, List.of("clear")),
            rule("\\b(?:believed|thought|suspected|understood|said) to (?:be|have)\\b", 0.3, List.of(" to ")),
            rule("\\b(?:possibly|possible|perhaps|probably|likely)\\b", 0.3,
                    List.of("possib", "perhaps", "probably", "likely")),
            rule("\\b(?:may|might|could) (?:have|be)\\b", 0.35, List.of("may", "might", "could")),
            rule("\\b(?:rumou?red|rumou?rs)\\b", 0.6, List.of("rumo")),
            rule("\\b(?:so-called)\\b", 0.3, List.of("so-called")),
            rule("\\baccording to (?:unconfirmed|unverified) reports\\b", 0.6, List.of("according")),
            rule("\\b(?:estimated|estimates?|roughly|approximately|about|around|some) (?=\\d)", 0.15,
                    List.of("estimate", "roughly", "approximately", "about", "around", "some")));

    private static Rule rule(String regex, double strength, List<String> triggers) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), strength,
                triggers);
    }

    /** Hedges in {@code text[from, to)}, in text order, none overlapping. */
    public List<Hedge> find(String text, int from, int to) {
        List<Hedge> out = new ArrayList<>();
        // Cheap pre-check: a rule runs only where one of its words occurs (the regexes dominated extraction time).
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            boolean any = false;
            for (String t : r.triggers) {
                if (lower.contains(t)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                continue;
            }
            Matcher m = r.pattern.matcher(text).region(from, to);
            while (m.find()) {
                Span s = Span.of(m.start(), m.end());
                boolean overlaps = false;
                for (Hedge h : out) {
                    if (h.span().overlaps(s)) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    out.add(new Hedge(s, m.group().strip(), r.strength));
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
