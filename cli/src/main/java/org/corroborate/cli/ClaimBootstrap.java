package org.corroborate.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How far an accuracy measured on a few claims can be trusted: a percentile bootstrap that resamples whole claims
 * (a claim's headlines share its topic and wording, so they are not independent draws), for one classifier or for
 * the difference between two scored on the same headlines. Deterministic for a given seed.
 */
final class ClaimBootstrap {

    /**
     * A two-sided percentile interval.
     *
     * @param low     lower end
     * @param high    upper end (at least {@code low})
     * @param samples how many resamples it was read from (at least 1)
     */
    record Interval(double low, double high, int samples) {
        Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval ends out of order: " + low + " > " + high);
            }
            if (samples < 1) {
                throw new IllegalArgumentException("samples must be at least 1, got " + samples);
            }
        }
    }

    private ClaimBootstrap() {
    }

    /**
     * The central {@code level} interval (e.g. 0.95) of {@code sum(a) / headlines} (minus {@code sum(b) / headlines}
     * when {@code b} is given) over {@code samples} resamples of the claims with replacement: {@code claimIds[i]} is
     * headline i's claim and {@code a[i]}, {@code b[i]} whether each classifier got it right ({@code b} may be null).
     */
    static Interval interval(List<String> claimIds, boolean[] a, boolean[] b, int samples, double level, long seed) {
        if (claimIds.isEmpty() || a.length != claimIds.size() || b != null && b.length != claimIds.size()) {
            throw new IllegalArgumentException("one claim id and one outcome per headline, and at least one headline");
        }
        if (samples < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("samples at least 1 and level in (0, 1), got " + samples + ", " + level);
        }
        Map<String, int[]> byClaim = new LinkedHashMap<>(); // headlines, right by a minus right by b
        for (int i = 0; i < a.length; i++) {
            int[] c = byClaim.computeIfAbsent(claimIds.get(i), id -> new int[2]);
            c[0]++;
            c[1] += (a[i] ? 1 : 0) - (b != null && b[i] ? 1 : 0);
        }
        int[][] claims = byClaim.values().toArray(new int[0][]);
        Random random = new Random(seed);
        double[] values = new double[samples];
        for (int s = 0; s < samples; s++) {
            long headlines = 0;
            long right = 0;
            for (int k = 0; k < claims.length; k++) {
                int[] c = claims[random.nextInt(claims.length)];
                headlines += c[0];
                right += c[1];
            }
            values[s] = (double) right / headlines;
        }
        Arrays.sort(values);
        double tail = (1 - level) / 2;
        int lo = (int) Math.floor(tail * (samples - 1));
        int hi = (int) Math.ceil((1 - tail) * (samples - 1));
        return new Interval(values[lo], values[hi], samples);
    }
}
