package org.corroborate.scoring.cluster;

/**
 * Which (vector, claim) pairs a probe met already: a direct-mapped table of {@code 2^bits} slots, each holding the
 * last pair that fell in it and the probe that met it. It never says a pair was met that was not ({@link #add}
 * compares the whole pair and the probe), but it may forget one when a later pair of the same probe takes its
 * slot: meant for skipping work whose outcome is the same when done again, not for deciding anything. Its size
 * does not grow with the number of entries indexed, unlike one {@code int} per entry; a new probe needs no
 * clearing (its number is part of each slot's key). Not thread-safe: one per thread.
 */
final class SeenPairs {

    private final long[] pairs;
    private final int[] probes;
    private final int shift;

    /** A table of {@code 2^bits} slots, 1 to 24 bits. */
    SeenPairs(int bits) {
        if (bits < 1 || bits > 24) {
            throw new IllegalArgumentException("bits must be 1 to 24, got " + bits);
        }
        pairs = new long[1 << bits];
        probes = new int[1 << bits];
        java.util.Arrays.fill(probes, -1);
        shift = 64 - bits;
    }

    /**
     * Records that probe {@code probe} (at least 0) met {@code (vector, claim)}; false when the table still holds
     * that it did already, true when it is new to the probe (or was forgotten).
     */
    boolean add(int probe, int vector, int claim) {
        long pair = (long) vector << 32 | (claim & 0xFFFFFFFFL);
        int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> shift);
        if (probes[slot] == probe && pairs[slot] == pair) {
            return false;
        }
        probes[slot] = probe;
        pairs[slot] = pair;
        return true;
    }

    /** The slots. */
    int capacity() {
        return pairs.length;
    }
}
