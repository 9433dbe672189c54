package org.corroborate.ingest.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.eval.BratDocument.Role;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

    private static final String TEXT = "The mayor said the plan would work. \"It is good,\" Ann Lee told reporters.";
    private static final String ANN = String.join("\n",
            "T1\tSource 0 9\tThe mayor", "T2\tCue 10 14\tsaid", "T3\tContent 15 34\tthe plan would work",
            "E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3",
            "T5\tContent 37 48\tIt is good,", "T6\tSource 50 57\tAnn Lee", "T7\tCue 58 62\ttold",
            "E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7", "");

    private static Attribution attr(int[] source, int[] cue, int[] content) {
        SourceMention s = source == null ? SourceMention.unnamed()
                : new SourceMention(Span.of(source[0], source[1]), TEXT.substring(source[0], source[1]),
                        Source.adHoc("x", org.corroborate.core.SourceKind.UNKNOWN, ""));
        Span c = Span.of(content[0], content[1]);
        return new Attribution("a", "d", s, new Cue(Span.of(cue[0], cue[1]), "said", "say", CueKind.REPORTING_VERB),
                c, c.in(TEXT), Span.of(0, TEXT.length()), Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of());
    }

    @Test
    void exactOverlapAndRelationCounts() {
        BratDocument gold = BratCorpus.parse("d", "", TEXT, ANN, "d.ann", new Diagnostics());
        AttributionScorer s = new AttributionScorer();
        s.add(gold, List.of(
                // source "mayor" overlaps "The mayor"; cue exact; content exact
                attr(new int[] {4, 9}, new int[] {10, 14}, new int[] {15, 34}),
                // no source; cue exact; content "It is good" (without the comma) overlaps
                attr(null, new int[] {58, 62}, new int[] {37, 47})));
        assertEquals(new PrecisionRecall(0, 1, 0, 2), s.exact(Role.SOURCE));
        assertEquals(new PrecisionRecall(1, 1, 1, 2), s.overlap(Role.SOURCE));
        assertEquals(new PrecisionRecall(2, 2, 2, 2), s.exact(Role.CUE));
        assertEquals(new PrecisionRecall(1, 2, 1, 2), s.exact(Role.CONTENT));
        assertEquals(new PrecisionRecall(2, 2, 2, 2), s.overlap(Role.CONTENT));
        // the second attribution has no source while the gold one has: not a match
        assertEquals(new PrecisionRecall(1, 2, 1, 2), s.relations());
        assertEquals(1, s.misses().size(), "the missed source 'Ann Lee'");
        assertEquals("Ann Lee", s.misses().get(0).text());
    }

    @Test
    void anotherAnnotationIsScoredAsIfPredicted() {
        BratDocument gold = BratCorpus.parse("d", "a", TEXT, ANN, "d_a.ann", new Diagnostics());
        AttributionScorer same = new AttributionScorer();
        same.add(gold, gold);
        for (Role r : Role.values()) {
            assertEquals(new PrecisionRecall(2, 2, 2, 2), same.exact(r), r.toString());
        }
        assertEquals(new PrecisionRecall(2, 2, 2, 2), same.relations());
        // the other annotator: "mayor" alone as source, "It is good" without its comma, and no source for "told";
        // a third relation with a discontinuous cue "said ... work" that overlaps the first gold cue
        String other = String.join("\n",
                "T1\tSource 4 9\tmayor", "T2\tCue 10 14\tsaid", "T3\tContent 15 34\tthe plan would work",
                "E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3",
                "T5\tContent 37 47\tIt is good", "T7\tCue 58 62\ttold",
                "E2\tAttribution-no-source:T8 Content:T5 Cue:T7",
                "T10\tCue 10 14;30 34\tsaid work", "T11\tContent 63 72\treporters",
                "E3\tAttribution-no-source:T12 Cue:T10 Content:T11", "");
        BratDocument b = BratCorpus.parse("d", "b", TEXT, other, "d_b.ann", new Diagnostics());
        AttributionScorer s = new AttributionScorer();
        s.add(gold, b);
        assertEquals(new PrecisionRecall(0, 1, 0, 2), s.exact(Role.SOURCE));
        assertEquals(new PrecisionRecall(1, 1, 1, 2), s.overlap(Role.SOURCE));
        assertEquals(new PrecisionRecall(2, 3, 2, 2), s.exact(Role.CUE));
        assertEquals(new PrecisionRecall(3, 3, 2, 2), s.overlap(Role.CUE), "the discontinuous cue overlaps 'said'");
        assertEquals(new PrecisionRecall(2, 3, 2, 2), s.overlap(Role.CONTENT));
        // E1 matches; E2 has no source where the gold one has; E3's content matches no gold content
        assertEquals(new PrecisionRecall(1, 3, 1, 2), s.relations());
        assertThrows(IllegalArgumentException.class, () -> s.add(gold,
                BratCorpus.parse("d", "c", TEXT + " More.", other, "d_c.ann", new Diagnostics())));
    }

    @Test
    void touchingButNotSharingATokenIsNoOverlap() {
        int[] tok = AttributionScorer.tokenIds("ab cd, ef");
        BratDocument.GoldSpan a = new BratDocument.GoldSpan("a", Role.CONTENT, List.of(new int[] {0, 3}));
        BratDocument.GoldSpan b = new BratDocument.GoldSpan("b", Role.CONTENT, List.of(new int[] {3, 5}));
        BratDocument.GoldSpan c = new BratDocument.GoldSpan("c", Role.CONTENT, List.of(new int[] {4, 9}));
        assertEquals(false, AttributionScorer.overlaps(tok, a, b));
        assertEquals(true, AttributionScorer.overlaps(tok, b, c));
    }

    @Test
    void f1IsTheHarmonicMean() {
        PrecisionRecall pr = new PrecisionRecall(1, 2, 1, 4);
        assertEquals(0.5, pr.precision(), 1e-12);
        assertEquals(0.25, pr.recall(), 1e-12);
        assertEquals(1.0 / 3, pr.f1(), 1e-12);
        assertEquals(0, PrecisionRecall.ZERO.f1());
    }
}
