package org.corroborate.store;

import java.util.Objects;
import org.corroborate.scoring.SourcePriors;

/**
 * The source kinds' reliability priors a stored run scored with ({@code run --prior KIND=A,B}): the priors that
 * differ from the defaults as text ({@code state_media=3,7}), or empty for the defaults (every run stored before
 * the store recorded them).
 *
 * @param runId  the run's number
 * @param priors the text of {@link SourcePriors#text}; empty for the defaults
 */
public record RunSourcePriors(long runId, String priors) {

    public RunSourcePriors {
        Objects.requireNonNull(priors, "priors");
    }

    /** Whether the run scored with the default priors. */
    public boolean isDefault() {
        return priors.isEmpty();
    }

    /** {@code source priors state_media=3,7}, or {@code the default source priors}. */
    public String describe() {
        return SourcePriors.describe(priors);
    }
}
