package org.corroborate.core;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's decision on a claim. Verdicts are revisable: a later verdict on the same claim supersedes an earlier
 * one, and both are kept.
 *
 * @param claimId   the claim decided on; never blank
 * @param outcome   confirmed, refuted or unresolvable
 * @param reviewer  who decided; never blank
 * @param note      why, in the reviewer's words, or empty
 * @param decidedAt when the reviewer decided
 */
public record Verdict(String claimId, Outcome outcome, String reviewer, String note, OffsetDateTime decidedAt) {

    /** What the reviewer found. */
    public enum Outcome {
        /** The claim turned out true. */
        CONFIRMED,
        /** The claim turned out false. */
        REFUTED,
        /** It cannot be told, and probably never will. */
        UNRESOLVABLE;

        /** {@code confirmed}, {@code refuted}, {@code unresolvable}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a label or its first letter ({@code c}, {@code r}, {@code u}), any case; empty otherwise. */
        public static Optional<Outcome> parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (Outcome o : values()) {
                if (!t.isEmpty() && (o.label().equals(t) || t.length() == 1 && o.label().charAt(0) == t.charAt(0))) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    public Verdict {
        Objects.requireNonNull(claimId, "claimId");
        if (claimId.isBlank()) {
            throw new IllegalArgumentException("Verdict claimId must not be blank, got '" + claimId + "'");
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewer, "reviewer");
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("Verdict reviewer must not be blank (claim " + claimId + ")");
        }
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
