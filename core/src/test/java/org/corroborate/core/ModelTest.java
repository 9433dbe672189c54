package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void spanValidatesAndConvertsToCodePoints() {
        assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Span.of(-2, 4));
        String text = "a\uD83D\uDE00 said b";
        Span said = Span.of(4, 8);
        assertEquals("said", said.in(text));
        assertEquals(Span.of(3, 7), said.toCodePoints(text));
        assertTrue(Span.NONE.isNone());
        assertEquals("", Span.NONE.in(text));
        assertTrue(Span.of(0, 5).overlaps(Span.of(4, 9)));
        assertFalse(Span.of(0, 4).overlaps(Span.of(4, 9)));
    }

    @Test
    void publishedParsesDatesAndDateTimes() {
        assertEquals("2025-02-27", Published.parse("2025-02-27").orElseThrow().toString());
        assertEquals("2025-02-27T09:30+09:00", Published.parse("2025-02-27T09:30:00+09:00").orElseThrow()
                .toString());
        assertEquals("2025-02-27T09:30Z", Published.parse("2025-02-27 09:30:00").orElseThrow().toString());
        assertTrue(Published.parse("27/02/2025").isEmpty());
        assertTrue(Published.parse("").isEmpty());
    }

    @Test
    void articleRejectsBlankIdWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().id(" ").body("x").build());
        assertTrue(e.getMessage().contains("' '"), e.getMessage());
    }

    @Test
    void gradeMeanings() {
        Grade g = new Grade('B', 2);
        assertEquals("B2", g.toString());
        assertEquals("usually reliable", g.reliabilityMeaning());
        assertEquals("probably true", g.credibilityMeaning());
        assertThrows(IllegalArgumentException.class, () -> new Grade('G', 1));
        assertThrows(IllegalArgumentException.class, () -> new Grade('A', 7));
    }

    @Test
    void intervalAndProbabilityBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.6, 0.5, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.1, 0.5, 1.0));
        assertEquals(0.4, new Interval(0.1, 0.5, 0.9).width(), 1e-12);
    }

    @Test
    void diagnosticsAreCappedButAllCounted() {
        Diagnostics d = new Diagnostics(2);
        for (int i = 0; i < 5; i++) {
            d.error(Location.ofLine("f.jsonl", i + 1), "invalid-json", "bad", "{");
        }
        d.warning(Location.ofFile("g.txt"), "encoding", "replaced", "");
        assertEquals(2, d.list().size());
        assertEquals(5, d.errorCount());
        assertEquals(1, d.warningCount());
        assertEquals(Map.of("invalid-json", 5L, "encoding", 1L), d.countsByKind());
        assertEquals("f.jsonl:1: error [invalid-json] bad (near \"{\")", d.list().get(0).toString());
    }

    @Test
    void sourceIdsAreLowerCaseUnderATurkishLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals("western-intelligence", Source.idFor("WESTERN INTELLIGENCE"));
            assertEquals(SourceKind.INTELLIGENCE_AGENCY, SourceKind.parse("intelligence agency"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void attributionOriginIsTheStartOfTheRelay() {
        Source nis = new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "kr", List.of(), "kr-government");
        Source afp = new Source("afp", "AFP", SourceKind.NEWS_OUTLET, "FR", List.of(), "");
        Attribution a = new Attribution("a#1", "a", new SourceMention(Span.of(0, 3), "NIS", nis),
                new Cue(Span.of(4, 8), "told", "tell", CueKind.REPORTING_VERB), Span.of(9, 12), "xyz",
                Span.of(0, 12), Stance.ASSERTS, List.of(new Hedge(Span.of(9, 10), "x", 0.4)), List.of(nis, afp),
                QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        assertEquals("kr-nis", a.origin().id());
        assertEquals("kr-government", a.origin().root());
        assertEquals("KR", nis.country());
        assertEquals(0.4, a.hedgeStrength(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Hedge(Span.of(0, 1), "x", 0));
    }

    @Test
    void errorsDisplaceWarningsOnceTheCapIsReached() {
        // regression: after 1,000 duplicate warnings a gzip-bomb error was counted but its location lost
        Diagnostics d = new Diagnostics(2);
        d.warning(Location.ofFile("a"), "duplicate", "w1", "");
        d.warning(Location.ofFile("b"), "duplicate", "w2", "");
        d.error(Location.ofFile("bomb.gz"), "limit", "too big", "");
        assertEquals(List.of("b", "bomb.gz"), d.list().stream().map(x -> x.location().file()).toList());
        assertEquals(3, d.total());
    }
}
