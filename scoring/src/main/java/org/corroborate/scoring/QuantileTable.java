package org.corroborate.scoring;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Beta;

/**
 * Stratified quantiles of {@code g(X)} for {@code X ~ Beta(alpha, beta)} and a non-decreasing {@code g}: entry
 * {@code i} of a table of {@link #LEVELS} is {@code g} of the Beta quantile at probability {@code (i + 0.5) / LEVELS}.
 * Drawing a uniform index draws from the distribution of {@code g(X)} to within the table's resolution, at the cost
 * of one random integer, which is what makes the Monte Carlo interval of {@link Corroborator} cheap.
 *
 * <p>The quantiles are found by inverting the exact Beta distribution function ({@link Beta#regularizedBeta}),
 * evaluated on a grid over the distribution's bulk (the mean ± 12 standard deviations, within {@code [0, 1]}) and
 * interpolated linearly between grid points. Tables are cached by their parameters; a table depends on nothing
 * else, so results are the same on every thread and every run.
 */
final class QuantileTable {

    /** Quantile levels per table. */
    static final int LEVELS = 1024;
    private static final int GRID = 2048;
    private static final int MAX_CACHED = 4096;
    private static final ConcurrentHashMap<Key, double[]> CACHE = new ConcurrentHashMap<>();

    /** A cache key: {@code g}'s name and the parameters' bits (no string built per look-up). */
    private record Key(String g, long alphaBits, long betaBits) {
    }

    private QuantileTable() {
    }

    /**
     * The table of {@code g(X)}, {@code X ~ Beta(alpha, beta)}.
     *
     * @param key names {@code g} with whatever it depends on (the cache key is this plus the parameters)
     */
    static double[] of(double alpha, double beta, String key, DoubleUnaryOperator g) {
        if (!(alpha > 0 && beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Beta parameters must be finite and > 0, got " + alpha + ", " + beta);
        }
        Key k = new Key(key, Double.doubleToLongBits(alpha), Double.doubleToLongBits(beta));
        double[] t = CACHE.get(k);
        if (t == null) {
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            t = build(alpha, beta, g);
            CACHE.putIfAbsent(k, t);
        }
        return t;
    }

    private static double[] build(double alpha, double beta, DoubleUnaryOperator g) {
        double n = alpha + beta;
        double mean = alpha / n;
        double sd = Math.sqrt(alpha * beta / (n * n * (n + 1)));
        double lo = Math.max(0, mean - 12 * sd);
        double hi = Math.min(1, mean + 12 * sd);
        double[] x = new double[GRID + 1];
        double[] cdf = new double[GRID + 1];
        for (int i = 0; i <= GRID; i++) {
            x[i] = lo + (hi - lo) * i / GRID;
            cdf[i] = x[i] <= 0 ? 0 : x[i] >= 1 ? 1 : Beta.regularizedBeta(x[i], alpha, beta);
        }
        // the mass outside [lo, hi] is negligible but not zero: spread the grid's CDF over [0, 1] exactly
        double c0 = cdf[0];
        double c1 = cdf[GRID];
        double[] out = new double[LEVELS];
        int j = 0;
        for (int i = 0; i < LEVELS; i++) {
            double p = c0 + (c1 - c0) * (i + 0.5) / LEVELS;
            while (j < GRID - 1 && cdf[j + 1] < p) {
                j++;
            }
            double span = cdf[j + 1] - cdf[j];
            double f = span > 0 ? Math.min(1, Math.max(0, (p - cdf[j]) / span)) : 0.5;
            double q = x[j] + f * (x[j + 1] - x[j]);
            out[i] = g.applyAsDouble(Math.min(Math.max(q, Double.MIN_NORMAL), 1 - 1e-16));
        }
        return out;
    }
}
