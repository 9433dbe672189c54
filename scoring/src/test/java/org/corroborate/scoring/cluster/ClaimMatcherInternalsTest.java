package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMatcherInternalsTest {

    @Test
    void lettersAtoZIsTheRegexReplacement() {
        for (String s : List.of("", "they", "they,", "\u201Cthey", "it's", "these:", "123", "a1b2c3", "\u00e9t\u00e9",
                "--", "the\u2019")) {
            assertEquals(s.replaceAll("[^a-z]", ""), ClaimMatcher.lettersAtoZ(s), s);
        }
        String plain = "those";
        assertSame(plain, ClaimMatcher.lettersAtoZ(plain), "no copy when nothing is dropped");
    }
}
