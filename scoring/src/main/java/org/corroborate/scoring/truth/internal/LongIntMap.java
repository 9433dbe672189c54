package org.corroborate.scoring.truth.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} to non-negative {@code int}, without boxing, for indexing millions
 * of keys. {@link #get} answers -1 for a missing key. The table is at most half full, or, for a map made with a
 * higher {@code maxLoad}, up to that share full (fewer bytes per key, longer probes: 12 bytes per slot).
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private final double maxLoad;
    /** The size past which the table doubles. */
    private int limit;

    /** A map at most half full, with room for {@code expected} keys before it grows. */
    public LongIntMap(int expected) {
        this(expected, 0.5);
    }

    /**
     * A map at most {@code maxLoad} full (0.5 to 0.9; above 0.5 it keeps fewer bytes per key and probes longer),
     * with room for {@code expected} keys before it grows.
     */
    public LongIntMap(int expected, double maxLoad) {
        if (!(maxLoad >= 0.5 && maxLoad <= 0.9)) {
            throw new IllegalArgumentException("maxLoad must be 0.5 to 0.9, got " + maxLoad);
        }
        this.maxLoad = maxLoad;
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
        limit = (int) (cap * maxLoad);
    }

    /** The value for {@code key}, or -1. */
    public int get(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The value for {@code key}; when absent, stores {@code valueIfAbsent} and returns it.
     *
     * @param key           any long but {@link Long#MIN_VALUE}
     * @param valueIfAbsent must be >= 0
     */
    public int putIfAbsent(long key, int valueIfAbsent) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key " + key + " is reserved");
        }
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = valueIfAbsent;
                if (++size > limit) {
                    grow();
                }
                return valueIfAbsent;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        limit = (int) (keys.length * maxLoad);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
