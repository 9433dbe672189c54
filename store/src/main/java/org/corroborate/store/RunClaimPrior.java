package org.corroborate.store;

import java.util.Objects;

/**
 * The claim prior a stored run scored with: a model ({@code run --claim-prior MODEL}) named by its file's name and
 * SHA-256, or the default prior (both empty; every run stored before the store recorded it).
 *
 * @param runId  the run's number
 * @param name   the model file's name; empty for the default prior
 * @param sha256 the model's SHA-256 ({@link ClaimPriorFile#sha256()}); empty for the default prior
 */
public record RunClaimPrior(long runId, String name, String sha256) {

    public RunClaimPrior {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether the run used the default prior. */
    public boolean isDefault() {
        return sha256.isEmpty();
    }

    /** {@code liar.model (sha256 2f5cfc84313a)}, or {@code the default prior 0.5}. */
    public String describe() {
        return isDefault() ? "the default prior 0.5"
                : name + " (sha256 " + ClaimPriorFile.shortHash(sha256) + ")";
    }
}
