package org.corroborate.engine.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Distinct values, each with an index in the order it was first added: a set of shared instances ({@link #intern})
 * and a table of values by index ({@link #indexOf}, {@link #get}) in one object. Values are compared with
 * {@code equals} and {@code hashCode}, as a {@code HashMap} would; the look-up table is open-addressed over
 * {@code int} slots, about 14 bytes per value instead of the 40 to 56 of a map entry (node, table slot and boxed
 * index), which matters for the pools a large run keeps while it reads (several million values at 1M articles).
 * Not thread-safe.
 */
public final class Pool<T> {

    private Object[] values = new Object[16];
    private int size;
    /** Index + 1 of the value hashed there, 0 where empty; at most half full. Null once {@link #endWrites} ran. */
    private int[] slots = new int[32];

    /** The index of the value equal to {@code value}, which is added first if there is none. */
    public int indexOf(T value) {
        int i = slot(value);
        int s = slots[i];
        if (s != 0) {
            return s - 1;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size] = value;
        slots[i] = ++size;
        if (2 * size > slots.length) {
            rehash(2 * slots.length);
        }
        return size - 1;
    }

    /** The shared instance equal to {@code value}: {@code value} itself the first time. */
    public T intern(T value) {
        return get(indexOf(value));
    }

    /** The index of the value equal to {@code value}, or -1 if there is none. */
    public int find(T value) {
        return slots[slot(value)] - 1;
    }

    /** The shared instance equal to {@code value}, or null if there is none. */
    public T shared(T value) {
        int s = slots[slot(value)];
        return s == 0 ? null : get(s - 1);
    }

    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) values[index];
    }

    public int size() {
        return size;
    }

    /** No value will be added any more: lets go of the look-up table; {@link #get} still works. */
    public void endWrites() {
        slots = null;
        values = Arrays.copyOf(values, size);
    }

    /** The slot of the value equal to {@code value}, or the empty slot where it would go. */
    private int slot(T value) {
        if (slots == null) {
            throw new IllegalStateException("look-up in a pool after its last write");
        }
        int mask = slots.length - 1;
        for (int i = spread(value.hashCode()) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0 || values[s - 1].equals(value)) {
                return i;
            }
        }
    }

    private void rehash(int capacity) {
        int[] next = new int[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < size; k++) {
            int i = spread(values[k].hashCode()) & mask;
            while (next[i] != 0) {
                i = (i + 1) & mask;
            }
            next[i] = k + 1;
        }
        slots = next;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
