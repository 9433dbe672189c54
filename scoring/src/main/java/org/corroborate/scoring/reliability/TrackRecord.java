package org.corroborate.scoring.reliability;

import java.util.Objects;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.corroborate.core.Interval;

/**
 * A source's (or outlet's) track record: how many of its past claims turned out true (successes) and not
 * (failures), and a {@link BetaPrior}; the Beta-Binomial posterior then gives the probability that its next claim
 * is true.
 *
 * <p>Contract: the posterior is Beta(alpha + successes, beta + failures); {@link #posteriorMean()} is in (0, 1),
 * moves from the prior mean towards the observed rate as the record grows, and never is NaN; a record with no
 * outcomes gives the prior back. Immutable; {@link #withSuccess()} and friends return copies.
 *
 * @param prior     the prior
 * @param successes past claims that were true, >= 0
 * @param failures  past claims that were not, >= 0
 */
public record TrackRecord(BetaPrior prior, long successes, long failures) {

    public TrackRecord {
        Objects.requireNonNull(prior, "prior");
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("successes and failures must be >= 0, got " + successes + ", "
                    + failures);
        }
    }

    /** An empty record with {@code prior}. */
    public static TrackRecord of(BetaPrior prior) {
        return new TrackRecord(prior, 0, 0);
    }

    public TrackRecord withSuccess() {
        return new TrackRecord(prior, successes + 1, failures);
    }

    public TrackRecord withFailure() {
        return new TrackRecord(prior, successes, failures + 1);
    }

    /** This record plus one outcome. */
    public TrackRecord withOutcome(boolean success) {
        return success ? withSuccess() : withFailure();
    }

    /** This record with a different prior (the outcomes kept). */
    public TrackRecord withPrior(BetaPrior newPrior) {
        return new TrackRecord(newPrior, successes, failures);
    }

    /** Number of outcomes recorded. */
    public long trials() {
        return successes + failures;
    }

    public double posteriorAlpha() {
        return prior.alpha() + successes;
    }

    public double posteriorBeta() {
        return prior.beta() + failures;
    }

    /** The posterior mean in (0, 1): the probability that the next claim is true. */
    public double posteriorMean() {
        return posteriorAlpha() / (posteriorAlpha() + posteriorBeta());
    }

    /**
     * The equal-tailed credible interval of the chance of being right.
     *
     * @param level in (0, 1), e.g. 0.9
     */
    public Interval credibleInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        BetaDistribution d = new BetaDistribution(null, posteriorAlpha(), posteriorBeta(),
                BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double tail = (1 - level) / 2;
        double lo = clamp(d.inverseCumulativeProbability(tail));
        double hi = clamp(d.inverseCumulativeProbability(1 - tail));
        return new Interval(Math.min(lo, hi), Math.max(lo, hi), level);
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0.5 : Math.max(0, Math.min(1, x));
    }
}
