package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * A statement about the world that one or more attributions carry, matched across articles and outlets.
 *
 * @param id           stable key derived from the statement
 * @param statement    normalised statement, taken from the most complete carrier
 * @param attributions every attribution that carries it (asserting, confirming, denying or staying silent);
 *                     copied, unless it is an {@link AttributionRefs} (made when asked for), which is kept as it is
 * @param parties      sources that are parties to the claim (named in it): their confirmation weighs most, their
 *                     silence is recorded
 * @param values       rival values of the claim (e.g. {@code more than 10,000} against {@code 12,000}), in the
 *                     order first seen; empty when the claim carries no quantity
 * @param negations    ids of the attributions among {@code attributions} whose content states the claim with the
 *                     other polarity, its rival version: asserting or confirming it ({@code North Korea did not send
 *                     troops} for {@code North Korea sent troops}) is evidence against the claim, as a denial is;
 *                     denying it, the denial's polarity composed with what it rejects (the Kremlin dismissing
 *                     {@code reports that soldiers were fighting} for a claim stated negated, {@code soldiers had
 *                     not been engaged in combat}; {@code denied that they had not been paid} for {@code they had
 *                     been paid}), is evidence for it; empty when none does
 */
public record Claim(String id, String statement, List<Attribution> attributions, List<Source> parties,
                    List<String> values, List<String> negations) {

    public Claim {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Claim id must not be blank (statement '" + statement + "')");
        }
        Objects.requireNonNull(statement, "statement");
        if (!(attributions instanceof AttributionRefs)) {
            attributions = List.copyOf(attributions);
        }
        if (attributions.isEmpty()) {
            throw new IllegalArgumentException("Claim " + id + " has no attribution");
        }
        parties = List.copyOf(parties);
        values = List.copyOf(values);
        negations = List.copyOf(negations);
        if (!negations.isEmpty()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            attributions.forEach(a -> ids.add(a.id()));
            for (String n : negations) {
                if (!ids.contains(n)) {
                    throw new IllegalArgumentException("Claim " + id + ": negation '" + n
                            + "' is none of its attributions");
                }
            }
        }
    }

    /** A claim none of whose carriers states it negated. */
    public Claim(String id, String statement, List<Attribution> attributions, List<Source> parties,
                 List<String> values) {
        this(id, statement, attributions, parties, values, List.of());
    }
}
