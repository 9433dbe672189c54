package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void abbreviatesToAtMostMaxCharsWithAnEllipsis() {
        assertEquals("short", Texts.abbreviate("short", 5));
        assertEquals("shor\u2026", Texts.abbreviate("shorter", 5));
        assertEquals("\u2026", Texts.abbreviate("ab", 1));
        assertThrows(IllegalArgumentException.class, () -> Texts.abbreviate("ab", 0));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String s = "ab\uD83D\uDE00cd"; // an emoji at chars 2-3
        assertEquals("ab\u2026", Texts.abbreviate(s, 4));
        assertEquals("ab\uD83D\uDE00\u2026", Texts.abbreviate(s, 5));
    }
}
