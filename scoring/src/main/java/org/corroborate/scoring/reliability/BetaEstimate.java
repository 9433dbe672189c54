package org.corroborate.scoring.reliability;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.corroborate.core.Interval;

/**
 * A reliability as a Beta distribution: prior pseudo-counts plus a track record of resolved claims.
 *
 * @param alpha    prior true-reports pseudo-count plus claims confirmed, {@code > 0}
 * @param beta     prior false-reports pseudo-count plus claims refuted, {@code > 0}
 * @param resolved how many resolved claims (not pseudo-counts) are in it
 */
public record BetaEstimate(double alpha, double beta, int resolved) {

    public BetaEstimate {
        if (!(alpha > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("Beta parameters must be > 0, got alpha=" + alpha + " beta=" + beta);
        }
        if (resolved < 0) {
            throw new IllegalArgumentException("resolved must be >= 0, got " + resolved);
        }
    }

    /** Posterior mean, in {@code (0, 1)}. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** Equal-tailed credible interval at {@code level}. */
    public Interval interval(double level) {
        BetaDistribution d = new BetaDistribution(null, alpha, beta);
        double tail = (1 - level) / 2;
        return new Interval(d.inverseCumulativeProbability(tail), d.inverseCumulativeProbability(1 - tail), level);
    }

    /** This estimate with {@code confirmed} more true and {@code refuted} more false resolved claims. */
    public BetaEstimate plus(int confirmed, int refuted) {
        return new BetaEstimate(alpha + confirmed, beta + refuted, resolved + confirmed + refuted);
    }

    /**
     * Admiralty source-reliability letter: A completely reliable (mean at least 0.9 over at least ten resolved
     * claims), B usually reliable (0.75), C fairly reliable (0.6), D not usually reliable (0.45), E unreliable
     * (below), F cannot be judged (an unknown source with fewer than three resolved claims).
     */
    public char letter(boolean knownKind) {
        if (!knownKind && resolved < 3) {
            return 'F';
        }
        double m = mean();
        if (m >= 0.9 && resolved >= 10) {
            return 'A';
        }
        if (m >= 0.75) {
            return 'B';
        }
        if (m >= 0.6) {
            return 'C';
        }
        if (m >= 0.45) {
            return 'D';
        }
        return 'E';
    }
}
