package org.corroborate.scoring.cluster;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set of a few strings kept in an array, in first-insertion order: what a statement's signals hold
 * (a country or two, a name or three). An unmodifiable {@link LinkedHashSet} costs about 200 bytes even when empty;
 * this costs 16 bytes plus the array, and nothing when empty (one shared instance). {@code contains} scans the
 * array, which is faster than hashing for a handful of elements.
 */
final class SmallSet extends AbstractSet<String> {

    private static final SmallSet EMPTY = new SmallSet(new String[0]);
    private final String[] items;

    private SmallSet(String[] items) {
        this.items = items;
    }

    /** The distinct elements of {@code c} in its iteration order (first occurrence kept). */
    static Set<String> copyOf(Collection<String> c) {
        if (c instanceof SmallSet s) {
            return s;
        }
        if (c.isEmpty()) {
            return EMPTY;
        }
        Set<String> distinct = c instanceof Set<String> set ? set : new LinkedHashSet<>(c);
        String[] a = new String[distinct.size()];
        int k = 0;
        for (String x : distinct) {
            if (x == null) {
                throw new NullPointerException("a signal set holds no null, got " + c);
            }
            a[k++] = x;
        }
        return new SmallSet(a);
    }

    /** The elements in order, as an immutable list (equal lists, equal order). */
    static List<String> ordered(Set<String> set) {
        return List.copyOf(set);
    }

    /**
     * Compares by identity, then by hash code before the chars: a statement's signals are made of shared strings, so
     * an element present is most often the very instance, and an absent one is told apart without reading its chars.
     */
    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String str)) {
            return false;
        }
        for (String x : items) {
            if (x == str) {
                return true;
            }
        }
        int h = str.hashCode();
        for (String x : items) {
            if (x.hashCode() == h && x.equals(str)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        if (c instanceof SmallSet s) {
            for (String x : s.items) {
                if (!contains(x)) {
                    return false;
                }
            }
            return true;
        }
        return super.containsAll(c);
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items.length;
            }

            @Override
            public String next() {
                if (i >= items.length) {
                    throw new NoSuchElementException("no element after " + items.length);
                }
                return items[i++];
            }
        };
    }
}
