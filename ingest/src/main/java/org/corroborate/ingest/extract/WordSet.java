package org.corroborate.ingest.extract;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * A fixed set of words that can also be asked about a range of chars, lowered as it is read, without a string made
 * for it: {@link #containsLowered} answers what {@link #contains} would for the range's lower case
 * ({@code A-Z} lowered; the range must be ASCII). The words hash as {@link String#hashCode} does, into an
 * open-addressing table at most half full. As a {@link Set} it is unmodifiable and, like {@link Set#of}, holds no
 * null and throws on {@code contains(null)}; {@link Token#lowerIn} looks a token up in place in such a set.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] table;
    private final int[] hashes;
    private final int mask;
    private final Set<String> words;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, this.words.size()) * 2 - 1) << 1;
        table = new String[size];
        hashes = new int[size];
        mask = size - 1;
        for (String w : this.words) {
            int h = w.hashCode();
            int k = spread(h) & mask;
            while (table[k] != null) {
                k = (k + 1) & mask;
            }
            table[k] = w;
            hashes[k] = h;
        }
    }

    /** A set of {@code words} (none null; duplicates are kept once). */
    static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    /** A set of {@code words} (none null; duplicates are kept once). */
    static WordSet of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    @Override
    public boolean contains(Object o) {
        String w = (String) java.util.Objects.requireNonNull(o, "word");
        int h = w.hashCode();
        for (int k = spread(h) & mask; table[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && table[k].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the chars {@code cs[from, to)} with {@code A-Z} lowered are one of the words; the chars must all be
     * below 0x80 (where lowering is that and nothing else).
     */
    boolean containsLowered(char[] cs, int from, int to) {
        return containsLowered(loweredHash(cs, from, to), cs, from, to);
    }

    /** {@link String#hashCode} of the chars {@code cs[from, to)} with {@code A-Z} lowered. */
    static int loweredHash(char[] cs, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }

    /** {@link #containsLowered(char[], int, int)} given the range's {@link #loweredHash}. */
    boolean containsLowered(int h, char[] cs, int from, int to) {
        int n = to - from;
        for (int k = spread(h) & mask; table[k] != null; k = (k + 1) & mask) {
            if (hashes[k] == h && sameLowered(table[k], cs, from, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLowered(String w, char[] cs, int from, int n) {
        if (w.length() != n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = cs[from + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
