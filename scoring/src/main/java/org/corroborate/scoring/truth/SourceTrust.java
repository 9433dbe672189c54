package org.corroborate.scoring.truth;

import java.util.Objects;

/**
 * A source's estimated trust.
 *
 * @param source       the source's name
 * @param trust        in [0, 1]: the method's trustworthiness or accuracy of the source
 * @param observations distinct (item, value) observations the source gave
 */
public record SourceTrust(String source, double trust, int observations) {

    public SourceTrust {
        Objects.requireNonNull(source, "source");
        if (!(trust >= 0 && trust <= 1)) {
            throw new IllegalArgumentException("trust must be in [0, 1], got " + trust + " for " + source);
        }
        if (observations < 0) {
            throw new IllegalArgumentException("observations must be >= 0, got " + observations);
        }
    }
}
