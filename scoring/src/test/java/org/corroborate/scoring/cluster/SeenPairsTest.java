package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenPairsTest {

    @Test
    void aPairIsNewOnceThenSeenByTheSameProbeOnly() {
        SeenPairs seen = new SeenPairs(8);
        assertTrue(seen.add(3, 10, 20));
        assertFalse(seen.add(3, 10, 20), "met again by the same probe");
        assertTrue(seen.add(4, 10, 20), "a new probe has met nothing: no clearing needed");
        assertFalse(seen.add(4, 10, 20));
        assertTrue(seen.add(4, 20, 10), "vector and claim are not interchangeable");
        assertTrue(seen.add(4, 10, 21));
    }

    /** Against an exact set: never a pair reported met that was not; with few pairs per slot, few forgotten. */
    @Test
    void neverWrongAndForgetsOnlyOnCollisions() {
        Random random = new Random(11);
        SeenPairs seen = new SeenPairs(ClaimMatcher.SEEN_BITS);
        assertEquals(2 * ClaimMatcher.BANDS * ClaimMatcher.MAX_BUCKET, seen.capacity());
        int forgotten = 0;
        int repeats = 0;
        for (int probe = 0; probe < 200; probe++) {
            Set<Long> met = new HashSet<>();
            for (int k = 0; k < ClaimMatcher.BANDS * ClaimMatcher.MAX_BUCKET; k++) {
                // few distinct pairs, so that most are met again (as through several bands)
                int vector = random.nextInt(1500);
                int claim = vector / 3 + random.nextInt(2);
                boolean isNew = met.add((long) vector << 32 | claim);
                boolean added = seen.add(probe, vector, claim);
                if (!isNew) {
                    repeats++;
                    if (added) {
                        forgotten++; // a collision took its slot: harmless, the work is done again
                    }
                } else {
                    assertTrue(added, "a pair never met is new, probe " + probe);
                }
            }
        }
        assertTrue(repeats > 100_000, "repeats: " + repeats);
        assertTrue(forgotten < repeats / 5, "forgotten " + forgotten + " of " + repeats);
    }

    /** A table of one slot forgets everything but the last pair: still never wrong. */
    @Test
    void collisionsOnlyForget() {
        SeenPairs seen = new SeenPairs(1);
        Set<Long> met = new HashSet<>();
        for (int k = 0; k < 1000; k++) {
            int vector = k % 7;
            int claim = k % 5;
            boolean isNew = met.add((long) vector << 32 | claim);
            boolean added = seen.add(0, vector, claim);
            if (isNew) {
                assertTrue(added);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new SeenPairs(0));
        assertThrows(IllegalArgumentException.class, () -> new SeenPairs(25));
    }
}
