package org.corroborate.scoring.reliability;

/**
 * A Beta(alpha, beta) prior on a source's chance of being right, before any of its record is seen.
 *
 * @param alpha pseudo-count of past successes, > 0
 * @param beta  pseudo-count of past failures, > 0
 */
public record BetaPrior(double alpha, double beta) {

    /** Beta(1, 1): every chance equally likely. */
    public static final BetaPrior UNIFORM = new BetaPrior(1, 1);
    /** Beta(1/2, 1/2), Jeffreys' prior. */
    public static final BetaPrior JEFFREYS = new BetaPrior(0.5, 0.5);

    public BetaPrior {
        if (!(alpha > 0) || Double.isInfinite(alpha) || !(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("alpha and beta must be finite and > 0, got " + alpha + ", " + beta);
        }
    }

    /**
     * The prior with the given mean and strength (pseudo-observations): {@code alpha = mean * strength},
     * {@code beta = (1 - mean) * strength}.
     *
     * @param mean     in (0, 1)
     * @param strength > 0
     */
    public static BetaPrior ofMean(double mean, double strength) {
        if (!(mean > 0 && mean < 1) || !(strength > 0)) {
            throw new IllegalArgumentException("need 0 < mean < 1 and strength > 0, got " + mean + ", " + strength);
        }
        return new BetaPrior(mean * strength, (1 - mean) * strength);
    }

    /** The prior mean {@code alpha / (alpha + beta)}. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** {@code alpha + beta}: how many observations the prior is worth. */
    public double strength() {
        return alpha + beta;
    }
}
