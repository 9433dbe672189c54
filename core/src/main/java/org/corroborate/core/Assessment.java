package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * How well a claim is corroborated, and why.
 *
 * @param claim          the claim assessed
 * @param probability    probability that the claim is true, in {@code [0, 1]}
 * @param interval       credible interval around it
 * @param grade          Admiralty-style grade
 * @param status         corroborated, single source, not confirmed by parties, disputed, unsupported
 * @param origins        number of independent origins that support it
 * @param evidence       every piece of evidence, counted or not, in the order considered; copied
 *                       ({@link EvidenceList#copyOf}: pieces held by their place among the claim's carriers are kept
 *                       in columns and made again when asked for)
 * @param silentParties  parties to the claim that have not confirmed it or declined to comment
 * @param explanation    human-readable lines: each piece of evidence, its origin, its weight and why, then the
 *                       computation; kept as it is when it is an {@link ExplanationLines} (whose lines are made
 *                       when asked for), else copied. Two assessments are equal when, besides the other components,
 *                       their explanations have the same lines, compared line by line.
 * @param valuesDisputed true when the claim's rival {@linkplain Claim#values() values} disagree (4,000 against
 *                       1,000 casualties): the event may be corroborated, the figure is not
 */
public record Assessment(Claim claim, double probability, Interval interval, Grade grade, ClaimStatus status,
                         int origins, List<Evidence> evidence, List<Source> silentParties, List<String> explanation,
                         boolean valuesDisputed) {

    public Assessment {
        Objects.requireNonNull(claim, "claim");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("Assessment probability must be in [0, 1], got " + probability
                    + " for claim " + claim.id());
        }
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(status, "status");
        if (origins < 0) {
            throw new IllegalArgumentException("origins must be >= 0, got " + origins);
        }
        evidence = EvidenceList.copyOf(evidence);
        silentParties = List.copyOf(silentParties);
        explanation = explanation instanceof ExplanationLines ? explanation : List.copyOf(explanation);
    }

    /** An assessment whose claim's values, if any, do not disagree. */
    public Assessment(Claim claim, double probability, Interval interval, Grade grade, ClaimStatus status,
                      int origins, List<Evidence> evidence, List<Source> silentParties, List<String> explanation) {
        this(claim, probability, interval, grade, status, origins, evidence, silentParties, explanation, false);
    }
}
