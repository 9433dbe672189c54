package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
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

    private record Rule(Pattern pattern, double strength) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bwhat (?:he|she|they|it|officials|[A-Z][\\w-]{1,30}) (?:said|says|claimed|claims|described as|"
                    + "called|alleged) (?:were|was|is|are|to be)\\b", 0.5),
            rule("\\b(?:could|can|has|have|had) not (?:be |been )?(?:independently )?(?:verified|confirmed)\\b", 0.6),
            rule("\\bcould not independently (?:verify|confirm)\\b", 0.6),
            rule("\\b(?:not|un) ?(?:been )?independently (?:verified|confirmed)\\b", 0.6),
            rule("\\b(?:unverified|unconfirmed)\\b", 0.5),
            rule("\\breportedly\\b", 0.4),
            rule("\\ballegedly\\b", 0.5),
            rule("\\bpurportedly\\b", 0.5),
            rule("\\bapparently\\b", 0.4),
            rule("\\b(?:appearing|appears|appeared|appear|seems|seemed|seeming) to\\b", 0.4),
            rule("\\b(?:is|are|was|were) (?:still )?being (?:assessed|investigated|verified|examined)\\b", 0.3),
            rule("\\bstill (?:unclear|unknown|being assessed)\\b", 0.3),
            rule("\\b(?:it|this) (?:is|was|remains) (?:not )?(?:yet )?(?:unclear|not clear)\\b", 0.4),
            rule("\\b(?:believed|thought|suspected|understood|said) to (?:be|have)\\b", 0.3),
            rule("\\b(?:possibly|possible|perhaps|probably|likely)\\b", 0.3),
            rule("\\b(?:may|might|could) (?:have|be)\\b", 0.35),
            rule("\\b(?:rumou?red|rumou?rs)\\b", 0.6),
            rule("\\b(?:so-called)\\b", 0.3),
            rule("\\baccording to (?:unconfirmed|unverified) reports\\b", 0.6),
            rule("\\b(?:estimated|estimates?|roughly|approximately|about|around|some) (?=\\d)", 0.15));

    private static Rule rule(String regex, double strength) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), strength);
    }

    /** Hedges in {@code text[from, to)}, in text order, none overlapping. */
    public List<Hedge> find(String text, int from, int to) {
        List<Hedge> out = new ArrayList<>();
        for (Rule r : RULES) {
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
