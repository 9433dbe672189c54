package org.corroborate.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoolTest {

    /** A value whose hash codes collide often, so that probing is exercised. */
    private record Key(int n) {
        @Override
        public int hashCode() {
            return n % 97;
        }
    }

    @Test
    void givesTheFirstInstanceAndIndexOfEachValueAsAMapWould() {
        Pool<Key> pool = new Pool<>();
        Map<Key, Integer> map = new HashMap<>();
        List<Key> first = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Key k = new Key(r.nextInt(5_000));
            Integer known = map.putIfAbsent(k, map.size());
            if (known == null) {
                first.add(k);
            }
            assertEquals(map.get(k), pool.indexOf(k));
            assertSame(first.get(map.get(k)), pool.intern(new Key(k.n())));
        }
        assertEquals(map.size(), pool.size());
        for (Map.Entry<Key, Integer> e : map.entrySet()) {
            assertEquals(e.getValue(), pool.find(new Key(e.getKey().n())));
            assertSame(first.get(e.getValue()), pool.shared(new Key(e.getKey().n())));
            assertSame(first.get(e.getValue()), pool.get(e.getValue()));
        }
        assertEquals(-1, pool.find(new Key(-1)));
        assertNull(pool.shared(new Key(-1)));
        assertEquals(map.size(), pool.size()); // looking up adds nothing
    }

    @Test
    void afterTheLastWriteValuesAreStillReadByIndex() {
        Pool<String> pool = new Pool<>();
        assertEquals(0, pool.indexOf("a"));
        assertEquals(1, pool.indexOf("b"));
        assertEquals(0, pool.indexOf("a"));
        pool.endWrites();
        assertEquals("b", pool.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> pool.get(2));
        assertThrows(IllegalStateException.class, () -> pool.indexOf("c"));
    }
}
