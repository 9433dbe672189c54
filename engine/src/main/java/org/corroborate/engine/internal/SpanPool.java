package org.corroborate.engine.internal;

import java.util.Arrays;
import org.corroborate.core.Span;

/**
 * One shared instance per distinct span, as a {@link Pool} of spans gives, looked up by the span's two offsets: each
 * slot holds the offsets packed in a {@code long} next to the shared span, so a look-up reads the table's slots and
 * never a span object (a pool compares each candidate with {@code equals}, a read of the value table and of the
 * object for every slot it probes). Not thread-safe.
 */
final class SpanPool {

    private static final long EMPTY = -1L;

    /** Offsets packed by {@link #key}, {@link #EMPTY} where no span is; at most half full. */
    private long[] keys = empty(64);
    private Span[] spans = new Span[64];
    private int size;

    /** The shared span {@code [start, end)}, made the first time it is asked for; {@code 0 <= start <= end}. */
    Span of(int start, int end) {
        long key = key(start, end);
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return spans[i];
            }
            i = (i + 1) & mask;
        }
        Span s = new Span(start, end);
        keys[i] = key;
        spans[i] = s;
        if (2 * ++size > keys.length) {
            rehash();
        }
        return s;
    }

    int size() {
        return size;
    }

    private void rehash() {
        long[] oldKeys = keys;
        Span[] oldSpans = spans;
        keys = empty(2 * oldKeys.length);
        spans = new Span[keys.length];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int i = slot(oldKeys[k], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                spans[i] = oldSpans[k];
            }
        }
    }

    /** Non-negative for a span of the text, so never {@link #EMPTY}. */
    private static long key(int start, int end) {
        return (long) start << 32 | end;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] empty(int capacity) {
        long[] a = new long[capacity];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
