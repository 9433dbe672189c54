package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

    private static final SourceRegistry REGISTRY = SourceRegistry.builtIn();

    private static String id(String mention) {
        return REGISTRY.resolve(mention).map(Source::id).orElse("-");
    }

    @Test
    void aliasesPossessivesAndLongestMatch() {
        assertEquals("kr-nis", id("Seoul's spy agency"));
        assertEquals("kr-nis", id("an official from Seoul's National Intelligence Agency"));
        assertEquals("kr-government", id("Seoul"));
        assertEquals("kp-kim-jong-un", id("North Korean leader Kim Jong Un"));
        assertEquals("-", id("a North Korean soldier"));
        assertEquals("ap", id("AP"));
        assertEquals("-", id("ap"), "capital-only aliases match only in capitals");
    }

    @Test
    void parentsAreRoots() {
        Source nis = REGISTRY.byId("kr-nis").orElseThrow();
        assertEquals("kr-government", nis.parent());
        assertEquals("kr-government", nis.root());
        assertEquals(SourceKind.STATE_MEDIA, REGISTRY.byId("kp-kcna").orElseThrow().kind());
    }

    @Test
    void countries() {
        assertEquals(List.of("KP", "RU", "UA"), List.copyOf(REGISTRY.countriesIn(
                "The reclusive state sent soldiers to Russia to fight a Ukrainian offensive")));
        assertTrue(REGISTRY.countriesIn("us and them").isEmpty());
    }

    @Test
    void countriesOfTextsThatSkipTheKeysAreThoseOfTheKeys() {
        String[] words = {"Russia", "RUSSIA", "russia", "Russia\u2019s", "North", "NORTH", "Korea", "KOREA", "korean",
            "U.S.", "US", "us", "UK", "U.K.", "Seoul", "SEOUL\u2019S", "South", "Ukrainian", "Kyiv", "the", "said",
            "don\u2019t", "C\u00f4te", "d\u2019Ivoire", "Ivory", "Coast", "T\u00fcrkiye", "Iran", "IRAN",
            "iran\u2019s", "United", "States", "Kingdom", "China", "Beijing", "\u041c\u043e\u0441\u043a\u0432\u0430",
            "Pyongyang", "Moscow", "a", "12,000", "'s", "\u2019s", ",", ".", "\"", "-", "New", "York", "NEW-YORK"};
        java.util.Random r = new java.util.Random(11);
        int withCountries = 0;
        for (int k = 0; k < 3_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                text.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : " ");
            }
            String t = text.toString();
            java.util.Set<String> expected = REGISTRY.countriesInWords(SourceRegistry.words(t));
            assertEquals(List.copyOf(expected), List.copyOf(REGISTRY.countriesIn(t)), t);
            // the same text read in place, between chars that would join its first and last words
            String before = words[r.nextInt(words.length)] + (r.nextBoolean() ? "" : " ");
            String around = before + t + (r.nextBoolean() ? "" : " ") + words[r.nextInt(words.length)];
            assertEquals(List.copyOf(expected),
                    List.copyOf(REGISTRY.countriesIn(t, around.toCharArray(), before.length())), around);
            withCountries += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withCountries > 500 && withCountries < 2_900, "both kinds of text met: " + withCountries);
    }

    @Test
    void userFileAddsAndOverrides(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"sources\":[{\"id\":\"harbor-daily\",\"name\":\"Harbor Daily\",\"kind\":\"news outlet\","
                + "\"aliases\":[\"the Harbor\"]},{\"id\":\"afp\",\"name\":\"AFP\",\"kind\":\"NEWS_OUTLET\","
                + "\"country\":\"fr\",\"aliases\":[\"Agence\"]}]}");
        SourceRegistry r = REGISTRY.withFile(f);
        assertEquals("harbor-daily", r.resolve("the Harbor").orElseThrow().id());
        assertEquals("afp", r.resolve("Agence").orElseThrow().id());
        assertEquals("kr-nis", r.resolve("NIS").orElseThrow().id());
        Files.writeString(f, "{\"sources\":[{\"name\":\"no id\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.withFile(f));
        assertTrue(e.getMessage().contains("mine.json"), e.getMessage());
    }
}
