package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void weeksOfKnownDates() {
        Object[][] table = {
            {"2025-02-24", "2025-W09"}, {"2025-03-02", "2025-W09"}, {"2025-03-03", "2025-W10"},
            {"2024-12-30", "2025-W01"}, {"2021-01-03", "2020-W53"}, {"2026-12-31", "2026-W53"},
        };
        for (Object[] row : table) {
            assertEquals(row[1], IsoWeek.of(LocalDate.parse((String) row[0])).toString(), (String) row[0]);
        }
    }

    @Test
    void parsesAndBoundsWeeks() {
        IsoWeek w = IsoWeek.parse("2025-W09").orElseThrow();
        assertEquals(LocalDate.parse("2025-02-24"), w.monday());
        assertEquals(LocalDate.parse("2025-03-02"), w.sunday());
        assertEquals(w, IsoWeek.parse("2025w9").orElseThrow());
        assertEquals("2025-W10", w.plusWeeks(1).toString());
        assertEquals("2024-W52", IsoWeek.parse("2025-W01").orElseThrow().plusWeeks(-1).toString());
        assertTrue(IsoWeek.parse("2025-W53").isEmpty(), "2025 has 52 weeks");
        assertTrue(IsoWeek.parse("2020-W53").isPresent());
        assertTrue(IsoWeek.parse("week 9").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2025, 0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void parsingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("2025-W09", IsoWeek.parse("2025-w09").orElseThrow().toString());
            assertEquals(Verdict.Outcome.CONFIRMED, Verdict.Outcome.parse("CONFIRMED").orElseThrow());
            assertEquals(Verdict.Outcome.UNRESOLVABLE, Verdict.Outcome.parse("UNRESOLVABLE").orElseThrow());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void verdictOutcomesParseByNameOrInitial() {
        assertEquals(Verdict.Outcome.REFUTED, Verdict.Outcome.parse(" r ").orElseThrow());
        assertEquals(Verdict.Outcome.CONFIRMED, Verdict.Outcome.parse("Confirmed").orElseThrow());
        assertTrue(Verdict.Outcome.parse("maybe").isEmpty());
        assertTrue(Verdict.Outcome.parse("").isEmpty());
    }
}
