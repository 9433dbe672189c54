package org.corroborate.store;

import java.util.List;
import java.util.Objects;
import org.corroborate.core.ClaimStatus;

/**
 * A claim as one run assessed it.
 *
 * @param runId       the run that assessed it
 * @param claimId     the claim's id
 * @param statement   its statement
 * @param status      its status then
 * @param probability its probability then, in {@code [0, 1]}
 * @param lower       lower bound of its credible interval
 * @param upper       upper bound of its credible interval
 * @param grade       Admiralty grade such as {@code B2}
 * @param origins     independent supporting origins
 * @param week        ISO week ({@code 2025-W09}) of its earliest dated carrier, or empty when none is dated
 * @param firstSeen   publication time of its earliest dated carrier as ISO-8601 text, or empty
 * @param evidence    its evidence, in the order assessed
 * @param values      the claim's rival values ({@link org.corroborate.core.Claim#values}), in the order first seen;
 *                    empty when it carries no quantity (or was stored before store schema 4)
 * @param valuesDisputed whether those values disagree ({@link org.corroborate.core.Assessment#valuesDisputed}): the
 *                    event may be corroborated, the figure is not (false for snapshots stored before schema 4)
 */
public record ClaimSnapshot(long runId, String claimId, String statement, ClaimStatus status, double probability,
                            double lower, double upper, String grade, int origins, String week, String firstSeen,
                            List<EvidenceRow> evidence, List<String> values, boolean valuesDisputed) {

    public ClaimSnapshot {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(firstSeen, "firstSeen");
        evidence = List.copyOf(evidence);
        values = List.copyOf(values);
    }
}
