package org.corroborate.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void runsEveryIndexOnceOnWorkersInRange() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            try (Workers w = Workers.of(threads, "test")) {
                assertEquals(threads, w.threads());
                for (int count : new int[] {0, 1, 2, 5, 1000}) {
                    AtomicIntegerArray runs = new AtomicIntegerArray(count);
                    boolean[] inRange = {true};
                    w.forEach(count, (worker, i) -> {
                        runs.incrementAndGet(i);
                        if (worker < 0 || worker >= threads) {
                            inRange[0] = false;
                        }
                    });
                    for (int i = 0; i < count; i++) {
                        assertEquals(1, runs.get(i), "index " + i + " of " + count + ", " + threads + " threads");
                    }
                    assertTrue(inRange[0]);
                }
            }
        }
    }

    @Test
    void oneThreadRunsInOrderOnTheCallingThread() {
        try (Workers w = Workers.of(1, "test")) {
            StringBuilder order = new StringBuilder();
            Thread caller = Thread.currentThread();
            w.forEach(5, (worker, i) -> {
                assertSame(caller, Thread.currentThread());
                order.append(i);
            });
            assertEquals("01234", order.toString());
        }
    }

    @Test
    void aFailureReachesTheCaller() {
        try (Workers w = Workers.of(3, "test")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.forEach(100, (worker, i) -> {
                if (i == 42) {
                    throw new IllegalStateException("index 42");
                }
            }));
            assertEquals("index 42", e.getMessage());
            // and the workers are still usable
            AtomicIntegerArray runs = new AtomicIntegerArray(10);
            w.forEach(10, (worker, i) -> runs.incrementAndGet(i));
            for (int i = 0; i < 10; i++) {
                assertEquals(1, runs.get(i));
            }
        }
    }

    @Test
    void rejectsNoThreads() {
        assertThrows(IllegalArgumentException.class, () -> Workers.of(0, "test"));
    }
}
