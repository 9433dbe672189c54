package org.corroborate.scoring.truth;

import java.util.List;
import java.util.Objects;

/**
 * The value chosen for one (object, property), with every observed value's confidence.
 *
 * @param object     the object
 * @param property   the property
 * @param value      the chosen value: the highest confidence, ties broken by more providers then by text order
 * @param confidence the chosen value's confidence, in [0, 1]
 * @param values     every observed value of the item, the chosen one first, then by decreasing confidence
 */
public record Estimate(String object, String property, String value, double confidence, List<ValueEstimate> values) {

    public Estimate {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        values = List.copyOf(values);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
