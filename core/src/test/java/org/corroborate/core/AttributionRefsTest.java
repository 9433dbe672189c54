package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionRefsTest {

    /** An attribution of the NIS in article {@code articleId} (also used by {@link EvidenceListTest}). */
    static Attribution attribution(String articleId, int n, String content) {
        Source s = new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "kr", List.of(), "kr-government");
        return new Attribution(articleId + "#" + n, articleId, new SourceMention(Span.of(0, 3), "NIS", s),
                new Cue(Span.of(4, 8), "told", "tell", CueKind.REPORTING_VERB), Span.of(9, 9 + content.length()),
                content, Span.of(0, 9 + content.length()), Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of());
    }

    /** References that make a new, equal attribution at every call, as a spilled run's do. */
    private static final class Made extends AttributionRefs {
        private final List<Attribution> originals;

        Made(List<Attribution> originals) {
            this.originals = originals;
        }

        @Override
        public Attribution get(int index) {
            Attribution a = originals.get(index);
            return new Attribution(a.id(), a.articleId(), a.source(), a.cue(), a.content(), a.contentText(),
                    a.sentence(), a.stance(), a.hedges(), a.relay(), a.quote(), a.contentKind(), a.countries());
        }

        @Override
        public int size() {
            return originals.size();
        }
    }

    @Test
    void aClaimKeepsItsReferencesAndEqualsTheClaimOfTheAttributions() {
        List<Attribution> originals = List.of(attribution("a", 1, "troops were sent"),
                attribution("b", 3, "troops were not sent"));
        Made refs = new Made(originals);
        Claim kept = new Claim("c-1", "troops were sent", refs, List.of(), List.of(), List.of("b#3"));
        assertSame(refs, kept.attributions());
        assertNotSame(kept.attributions().get(0), kept.attributions().get(0));
        assertEquals(new Claim("c-1", "troops were sent", originals, List.of(), List.of(), List.of("b#3")), kept);
        assertThrows(IllegalArgumentException.class,
                () -> new Claim("c-1", "troops were sent", refs, List.of(), List.of(), List.of("b#4")));
        assertThrows(IllegalArgumentException.class,
                () -> new Claim("c-1", "x", new Made(List.of()), List.of(), List.of(), List.of()));
    }

    @Test
    void evidenceByPlaceEqualsEvidenceByAttribution() {
        List<Attribution> originals = List.of(attribution("a", 1, "troops were sent"),
                attribution("b", 3, "troops were not sent"));
        Made refs = new Made(originals);
        Evidence byPlace = new Evidence(refs, 1, "Outlet", "story:b", EvidenceRole.OPPOSES, 0.5, true, "why",
                false);
        Evidence held = new Evidence(originals.get(1), "Outlet", "story:b", EvidenceRole.OPPOSES, 0.5, true, "why");
        assertEquals(originals.get(1), byPlace.attribution());
        assertNotSame(byPlace.attribution(), byPlace.attribution());
        assertEquals(held, byPlace);
        assertEquals(held.hashCode(), byPlace.hashCode());
        assertEquals(held.toString(), byPlace.toString());
        assertEquals(new Evidence(originals.get(1), "Outlet", "story:b", EvidenceRole.OPPOSES, 0.5, true, "why",
                false), held);
        assertNotEquals(held, new Evidence(originals.get(0), "Outlet", "story:b", EvidenceRole.OPPOSES, 0.5, true,
                "why"));
        assertThrows(IndexOutOfBoundsException.class,
                () -> new Evidence(refs, 2, "Outlet", "o", EvidenceRole.SILENT, 0, false, "why", false));
        assertThrows(IllegalArgumentException.class,
                () -> new Evidence(refs, 0, "Outlet", "o", EvidenceRole.SUPPORTS, 1.5, false, "why", false));
        assertThrows(IllegalArgumentException.class,
                () -> new Evidence(refs, 0, "Outlet", "o", EvidenceRole.SUPPORTS, 1, true, "why", true));
    }

    private static void assertNotEquals(Object a, Object b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}
