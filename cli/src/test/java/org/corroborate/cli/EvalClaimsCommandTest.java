package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalClaimsCommandTest {

    @Test
    void pairwiseAndBCubedOnAKnownClustering() {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}
        List<String> ids = List.of("a", "b", "c", "d");
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y");
        Map<String, Integer> predicted = Map.of("a", 0, "b", 0, "c", 1, "d", 1);
        EvalClaimsCommand.Scores s = EvalClaimsCommand.scores(ids, gold, predicted);
        assertEquals(0.5, s.pairP, 1e-12); // pairs ab (right), cd (wrong)
        assertEquals(1.0 / 3, s.pairR, 1e-12); // gold pairs ab, ac, bc
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.bP, 1e-12);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.bR, 1e-12);
        assertEquals(0.4, EvalClaimsCommand.f1(0.5, 1.0 / 3), 1e-12);
    }

    @Test
    void aNegationIsWrongWhenEmergentHasBothHeadlinesReportTheClaimTheSameWay() {
        org.corroborate.core.Attribution a = headline("a", "Zoo lion escaped", org.corroborate.core.Stance.ASSERTS);
        org.corroborate.core.Attribution b = headline("b", "Zoo lion did not escape",
                org.corroborate.core.Stance.ASSERTS);
        org.corroborate.core.Attribution c = headline("c", "Zoo lion did not escape, keepers say",
                org.corroborate.core.Stance.ASSERTS);
        org.corroborate.core.Claim claim = new org.corroborate.core.Claim("c-1", "Zoo lion escaped", List.of(a, b, c),
                List.of(), List.of(), List.of("b#1", "c#1"));
        Map<String, String> gold = Map.of("a#1", "X", "b#1", "X", "c#1", "Y");
        // b is "for" the same rumour as the statement's headline: wrongly taken for its negation; c is of another one
        int[] p = EvalClaimsCommand.polarity(List.of(claim), gold, Map.of("a#1", "for", "b#1", "observing",
                "c#1", "for"));
        assertEquals(List.of(2, 3, 1), List.of(p[0], p[1], p[2]));
        int[] none = EvalClaimsCommand.polarity(List.of(claim), gold, Map.of("a#1", "for", "b#1", "against",
                "c#1", "for"));
        assertEquals(0, none[2], "a headline Emergent has against the rumour may well be its negation");
    }

    /** The denials line speaks of negatively stated claims: a plainly stated claim's denied negation is counted apart. */
    @Test
    void deniedNegationsAreCountedByThePolarityOfTheirClaimsStatement() {
        org.corroborate.core.Attribution a = headline("a", "Zoo lion escaped", org.corroborate.core.Stance.ASSERTS);
        org.corroborate.core.Attribution b = headline("b", "Reports that the zoo lion did not escape",
                org.corroborate.core.Stance.DENIES);
        org.corroborate.core.Claim plain = new org.corroborate.core.Claim("c-1", "Zoo lion escaped", List.of(a, b),
                List.of(), List.of(), List.of("b#1"));
        org.corroborate.core.Attribution d = headline("d", "Zoo lion did not escape",
                org.corroborate.core.Stance.ASSERTS);
        org.corroborate.core.Attribution e = headline("e", "Reports that the zoo lion escaped",
                org.corroborate.core.Stance.DENIES);
        org.corroborate.core.Claim negated = new org.corroborate.core.Claim("c-2", "Zoo lion did not escape",
                List.of(d, e), List.of(), List.of(), List.of("e#1"));
        Map<String, String> gold = Map.of("a#1", "X", "b#1", "X", "d#1", "Y", "e#1", "Y");
        Map<String, String> stance = Map.of("a#1", "for", "b#1", "against", "d#1", "for", "e#1", "observing");
        int[] p = EvalClaimsCommand.polarity(List.of(plain, negated), gold, stance);
        assertEquals(List.of(1, 2, 0), List.of(p[3], p[4], p[5]), "the negatively stated claim's denial only");
        assertEquals(List.of(1, 1), List.of(p[6], p[7]), "the plain claim's, apart (Emergent has it against)");
    }

    private static org.corroborate.core.Attribution headline(String id, String text,
                                                             org.corroborate.core.Stance stance) {
        org.corroborate.core.Span all = org.corroborate.core.Span.of(0, text.length());
        return new org.corroborate.core.Attribution(id + "#1", id, new org.corroborate.core.SourceMention(
                org.corroborate.core.Span.NONE, "Outlet", org.corroborate.core.Source.adHoc("Outlet",
                org.corroborate.core.SourceKind.NEWS_OUTLET, "")), new org.corroborate.core.Cue(
                org.corroborate.core.Span.NONE, "", "headline", org.corroborate.core.CueKind.OTHER), all, text, all,
                stance, List.of(), List.of(), org.corroborate.core.QuoteType.INDIRECT,
                org.corroborate.core.ContentKind.FACTUAL, List.of());
    }

    @Test
    void anItemInNoClusterIsAlone() {
        EvalClaimsCommand.Scores s = EvalClaimsCommand.scores(List.of("a", "b"), Map.of("a", "X", "b", "X"),
                Map.of());
        assertEquals(1.0, s.pairP, 1e-12);
        assertEquals(0.0, s.pairR, 1e-12);
        assertEquals(0.5, s.bR, 1e-12);
    }
}
