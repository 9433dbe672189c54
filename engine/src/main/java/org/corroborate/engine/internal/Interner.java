package org.corroborate.engine.internal;

/**
 * One shared instance per distinct value, compared with {@code equals} and {@code hashCode} as a {@code HashMap}
 * would: a set open-addressed over the values themselves, for tables that never need a value's index (a
 * {@link Pool} keeps its values in order for that, so each probe reads a slot, then the value table, then the
 * value; here a slot is the value). About 8 to 16 bytes per value with compressed references. Not thread-safe.
 */
final class Interner<T> {

    /** The values, by hash; null where empty; at most half full. */
    private Object[] table = new Object[32];
    private int size;

    /** The shared instance equal to {@code value}: {@code value} itself the first time. */
    @SuppressWarnings("unchecked")
    T intern(T value) {
        int i = slot(value);
        if (table[i] != null) {
            return (T) table[i];
        }
        table[i] = value;
        if (2 * ++size > table.length) {
            rehash();
        }
        return value;
    }

    /** The shared instance equal to {@code value}, or null if there is none. */
    @SuppressWarnings("unchecked")
    T shared(T value) {
        return (T) table[slot(value)];
    }

    /** The slot of the value equal to {@code value}, or the empty slot where it would go. */
    private int slot(T value) {
        int mask = table.length - 1;
        for (int i = spread(value.hashCode()) & mask; ; i = (i + 1) & mask) {
            Object o = table[i];
            if (o == null || o.equals(value)) {
                return i;
            }
        }
    }

    int size() {
        return size;
    }

    private void rehash() {
        Object[] old = table;
        table = new Object[2 * old.length];
        int mask = table.length - 1;
        for (Object o : old) {
            if (o != null) {
                int i = spread(o.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = o;
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
