package org.corroborate.scoring.truth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LongIntMap} answers as a {@code HashMap} would, whatever share of its table it fills. */
class LongIntMapTest {

    @Test
    void answersAsAHashMapAtEveryLoad() {
        for (double load : new double[] {0.5, 0.75, 0.9}) {
            LongIntMap map = new LongIntMap(4, load);
            Map<Long, Integer> expected = new HashMap<>();
            Random random = new Random(7);
            for (int i = 0; i < 50_000; i++) {
                // few distinct high bits: keys that collide in the table's low bits
                long key = random.nextInt(1 << 15) * (1L << 40) + random.nextInt(64);
                int got = map.putIfAbsent(key, i);
                Integer before = expected.putIfAbsent(key, i);
                assertEquals(before == null ? i : before, got);
            }
            assertEquals(expected.size(), map.size());
            expected.forEach((k, v) -> assertEquals(v, map.get(k)));
            assertEquals(-1, map.get(-5L));
        }
    }

    @Test
    void refusesALoadOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(16, 0.4));
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(16, 0.95));
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(16, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(4, 0.5).putIfAbsent(Long.MIN_VALUE, 0));
    }
}
