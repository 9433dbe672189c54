package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    private static String randomWord(Random r, String alphabet) {
        char[] cs = new char[1 + r.nextInt(5)];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return new String(cs);
    }

    @Test
    void answersAsASetOfTheSameWords() {
        Random r = new Random(5);
        for (int round = 0; round < 50; round++) {
            Set<String> words = new HashSet<>();
            for (int i = r.nextInt(300); i > 0; i--) {
                words.add(randomWord(r, "abcde'-."));
            }
            WordSet set = WordSet.of(words);
            assertEquals(words, set);
            assertEquals(words.size(), set.size());
            assertEquals(words, new HashSet<>(set));
            int met = 0;
            for (int k = 0; k < 2_000; k++) {
                String w = randomWord(r, "abcdeABCDE'-.");
                String lower = w.toLowerCase(Locale.ROOT);
                assertEquals(words.contains(w), set.contains(w), w);
                // in place, from a longer array
                String around = "x" + w + "Y";
                assertEquals(words.contains(lower), set.containsLowered(around.toCharArray(), 1, 1 + w.length()), w);
                met += words.contains(lower) ? 1 : 0;
            }
            assertTrue(words.isEmpty() || met > 0, "some words met");
        }
    }

    @Test
    void emptyAndSmallSets() {
        assertEquals(false, WordSet.of().contains("a"));
        assertEquals(false, WordSet.of().containsLowered("A".toCharArray(), 0, 1));
        assertEquals(true, WordSet.of("a").containsLowered("A".toCharArray(), 0, 1));
        assertEquals(true, WordSet.of("a", "a", "b").contains("b"));
        assertEquals(2, WordSet.of("a", "a", "b").size());
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> WordSet.of("a").contains(null));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> WordSet.of("a").add("b"));
    }
}
