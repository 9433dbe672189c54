package org.corroborate.scoring.truth;

import java.util.Objects;

/**
 * A value of an (object, property) and how likely the method thinks it is true.
 *
 * @param value      the value's text
 * @param confidence in [0, 1]; its meaning depends on the method (a vote share, TruthFinder's s(f), Accu's
 *                   probability)
 * @param providers  how many distinct sources gave it
 */
public record ValueEstimate(String value, double confidence, int providers) {

    public ValueEstimate {
        Objects.requireNonNull(value, "value");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence + " for " + value);
        }
    }
}
