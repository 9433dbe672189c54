package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aContentStandsAloneUnlessAnAnaphorOpensItAndItNamesNothingOfItsOwn() {
        assertTrue(ClaimMatcher.standsAlone("North Korea sent troops to Russia", false));
        assertFalse(ClaimMatcher.standsAlone("they sent troops to the front", false));
        assertFalse(ClaimMatcher.standsAlone("  \u201CThe troops crossed the border", false), "quoted, padded");
        assertFalse(ClaimMatcher.standsAlone("These", false), "one word");
        assertTrue(ClaimMatcher.standsAlone("the troops crossed into Kursk", false), "a capitalised word of its own");
        assertTrue(ClaimMatcher.standsAlone("the troops crossed the border", true), "a country named");
        assertFalse(ClaimMatcher.standsAlone("the troops crossed the border,Kursk", false),
                "a capital not after a space");
    }

    @Test
    void twinsAreFoundWhateverTheTableOfRecentFirstsForgets() {
        org.corroborate.core.Source src = new org.corroborate.core.Source("kr-nis", "NIS",
                org.corroborate.core.SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "");
        String sent = "North Korea sent troops to Russia";
        String crossed = "Troops crossed the border near Valorsk";
        String[] texts = {sent, crossed, sent, "The ministry denied the report", crossed, sent, sent, crossed};
        List<List<String>> countries = List.of(List.of("KP", "RU"), List.of(), List.of("KP", "RU"), List.of(),
                List.of(), List.of("KP"), List.of("KP", "RU"), List.of());
        List<org.corroborate.core.Attribution> attrs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            attrs.add(org.corroborate.scoring.Fixtures.article("a" + i, "X", "2025-03-01")
                    .says(src, org.corroborate.core.Stance.ASSERTS, texts[i], countries.get(i), 0).build()
                    .attributions().get(0));
        }
        // the same content and countries: the first such statement; another country list is another content
        int[] expected = {-1, -1, 0, -1, 1, -1, 0, 1};
        for (int bits : new int[] {1, 2, ClaimMatcher.Twins.RECENT_BITS}) {
            ClaimMatcher.Twins twins = new ClaimMatcher.Twins(bits);
            int[] made = new int[texts.length];
            for (int i = 0; i < texts.length; i++) {
                // a fresh String each time, as a spilled run reads it
                assertEquals(expected[i], twins.find(i, new String(texts[i]), countries.get(i), k -> {
                    made[k]++;
                    return attrs.get(k);
                }), "bits " + bits + ", statement " + i);
            }
            for (int k = 0; k < texts.length; k++) {
                // a first made again is remembered: never made twice in a row of its twins
                assertTrue(made[k] <= 2, "bits " + bits + ", first " + k + " made " + made[k] + " times");
            }
            assertEquals(java.util.Arrays.stream(made).sum(), twins.remade);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ClaimMatcher.Twins(0));
    }
}
