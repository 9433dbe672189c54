package org.corroborate.scoring;

import java.util.EnumMap;
import java.util.Map;
import org.corroborate.core.SourceKind;

/**
 * Immutable settings of claim matching and corroboration; change one with a {@code withX()} copy.
 *
 * @param matchThreshold   cosine similarity of tf-idf content vectors at or above which an attribution joins a
 *                         claim, in {@code (0, 1]}
 * @param wireThreshold    estimated Jaccard similarity of word 5-shingles at or above which two articles are copies
 *                         of one story, in {@code (0, 1]}
 * @param intervalLevel    credibility of the reported interval, in {@code (0, 1)}
 * @param samples          Monte Carlo samples for the interval
 * @param partyConfirmation factor on the weight of a party's own confirmation (admissions weigh most)
 * @param partyDenial      factor on the weight of a party's denial (strong but self-interested)
 * @param priors           Beta prior {@code {alpha, beta}} of a source's reliability by kind
 * @param claimPrior       probability of a claim before any evidence, in {@code (0, 1)}
 * @param voteFloor        reliability below which a source's word stops counting, in {@code [0, 0.5]}: at 0.5 a
 *                         doubtful source adds nothing; lower, a source with a bad record counts against what it
 *                         says (as in Accu-style truth discovery)
 */
public record ScoringConfig(double matchThreshold, double wireThreshold, double intervalLevel, int samples,
                            double partyConfirmation, double partyDenial, Map<SourceKind, double[]> priors,
                            double claimPrior, double voteFloor) {

    /** The defaults documented in the README. */
    public static final ScoringConfig DEFAULTS = new ScoringConfig(0.30, 0.80, 0.90, 2000, 1.5, 0.5,
            defaultPriors(), 0.5, 0.5);

    public ScoringConfig {
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("matchThreshold must be in (0, 1], got " + matchThreshold);
        }
        if (!(wireThreshold > 0 && wireThreshold <= 1)) {
            throw new IllegalArgumentException("wireThreshold must be in (0, 1], got " + wireThreshold);
        }
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw new IllegalArgumentException("intervalLevel must be in (0, 1), got " + intervalLevel);
        }
        if (samples < 100) {
            throw new IllegalArgumentException("samples must be >= 100, got " + samples);
        }
        Map<SourceKind, double[]> copy = new EnumMap<>(SourceKind.class);
        for (SourceKind k : SourceKind.values()) {
            double[] ab = priors.get(k);
            if (ab == null || ab.length != 2 || !(ab[0] > 0) || !(ab[1] > 0)) {
                throw new IllegalArgumentException("prior for " + k + " must be {alpha > 0, beta > 0}, got "
                        + (ab == null ? "none" : java.util.Arrays.toString(ab)));
            }
            copy.put(k, ab.clone());
        }
        priors = java.util.Collections.unmodifiableMap(copy);
        if (!(claimPrior > 0 && claimPrior < 1)) {
            throw new IllegalArgumentException("claimPrior must be in (0, 1), got " + claimPrior);
        }
        if (!(voteFloor >= 0 && voteFloor <= 0.5)) {
            throw new IllegalArgumentException("voteFloor must be in [0, 0.5], got " + voteFloor);
        }
    }

    /**
     * Reliability priors by kind, as pseudo-counts of true and false reports: intelligence agencies and news
     * outlets start at 0.7, governments, militaries, officials and eyewitnesses at 0.6, named people at 0.55, state
     * media and unknown sources at 0.5 (their assertion alone neither raises nor lowers a claim). Ten pseudo-counts
     * each, so a track record of about ten resolved claims weighs as much as the prior.
     */
    public static Map<SourceKind, double[]> defaultPriors() {
        Map<SourceKind, double[]> m = new EnumMap<>(SourceKind.class);
        m.put(SourceKind.INTELLIGENCE_AGENCY, new double[] {7, 3});
        m.put(SourceKind.NEWS_OUTLET, new double[] {7, 3});
        m.put(SourceKind.GOVERNMENT, new double[] {6, 4});
        m.put(SourceKind.MILITARY, new double[] {6, 4});
        m.put(SourceKind.OFFICIAL, new double[] {6, 4});
        m.put(SourceKind.EYEWITNESS, new double[] {6, 4});
        m.put(SourceKind.NAMED_PERSON, new double[] {5.5, 4.5});
        m.put(SourceKind.STATE_MEDIA, new double[] {5, 5});
        m.put(SourceKind.UNKNOWN, new double[] {5, 5});
        return m;
    }

    public double[] prior(SourceKind kind) {
        return priors.get(kind).clone();
    }

    public ScoringConfig withSamples(int v) {
        return new ScoringConfig(matchThreshold, wireThreshold, intervalLevel, v, partyConfirmation, partyDenial,
                priors, claimPrior, voteFloor);
    }

    public ScoringConfig withPrior(SourceKind kind, double alpha, double beta) {
        Map<SourceKind, double[]> m = new EnumMap<>(SourceKind.class);
        m.putAll(priors);
        m.put(kind, new double[] {alpha, beta});
        return new ScoringConfig(matchThreshold, wireThreshold, intervalLevel, samples, partyConfirmation,
                partyDenial, m, claimPrior, voteFloor);
    }

    public ScoringConfig withClaimPrior(double v) {
        return new ScoringConfig(matchThreshold, wireThreshold, intervalLevel, samples, partyConfirmation,
                partyDenial, priors, v, voteFloor);
    }

    public ScoringConfig withVoteFloor(double v) {
        return new ScoringConfig(matchThreshold, wireThreshold, intervalLevel, samples, partyConfirmation,
                partyDenial, priors, claimPrior, v);
    }
}
