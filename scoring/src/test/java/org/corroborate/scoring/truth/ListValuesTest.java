package org.corroborate.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListValuesTest {

    @Test
    void canonicalListsIgnoreOrderCaseSpacingAndEmptyItems() {
        assertEquals("graham; knuth; patashnik", ListValues.canonical("Knuth; Graham;  Patashnik", ";"));
        assertEquals("graham; knuth; patashnik", ListValues.canonical(" patashnik;GRAHAM;;knuth ; ", ";"));
        assertEquals("donald e. knuth", ListValues.canonical("Donald  E.\tKnuth", ";"));
        assertEquals("a; b", ListValues.canonical("b|a|b", "|"), "the separator is literal, not a pattern");
        assertEquals("", ListValues.canonical(" ; ", ";"));
        assertThrows(IllegalArgumentException.class, () -> ListValues.canonical("a", ""));
    }

    @Test
    void aPartialListSupportsTheFullOneAndDisjointListsContradict() {
        ValueImplication imp = ListValues.SHARED_ITEMS;
        assertEquals(0.5, imp.implication("knuth", "graham; knuth; patashnik"), 1e-12);
        assertEquals(1.0 / 3 - 0.5, imp.implication("graham; knuth; patashnik", "knuth"), 1e-12);
        assertEquals(-0.5, imp.implication("a; b", "c; d"), 1e-12);
        assertEquals(0.0, imp.implication("a; b", "a; c"), 1e-12);
    }
}
