package org.corroborate.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InternerTest {

    /** A value whose hash codes collide often, so that probing is exercised. */
    private record Key(int n) {
        @Override
        public int hashCode() {
            return n % 97;
        }
    }

    @Test
    void givesTheFirstInstanceOfEachValueAsAMapWould() {
        Interner<Key> interner = new Interner<>();
        Map<Key, Key> first = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Key k = new Key(r.nextInt(5_000));
            first.putIfAbsent(k, k);
            assertSame(first.get(k), interner.intern(k));
            assertSame(first.get(k), interner.intern(new Key(k.n())));
        }
        assertEquals(first.size(), interner.size());
        for (Key k : first.values()) {
            assertSame(k, interner.shared(new Key(k.n())));
        }
        assertNull(interner.shared(new Key(-1)));
        assertEquals(first.size(), interner.size()); // looking up adds nothing
    }
}
