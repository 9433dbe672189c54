package org.corroborate.scoring.truth;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.core.Published;

/**
 * One structured claim: {@code source} says that the {@code property} of {@code object} is {@code value}, possibly
 * at a known {@code time}.
 *
 * @param source   who says it; not blank
 * @param object   what it is about (an entity id such as an ISBN); not blank
 * @param property which attribute of the object; may be empty when objects have a single property
 * @param value    the value claimed, as given; not blank
 * @param time     when the source said it, when known
 */
public record Observation(String source, String object, String property, String value, Optional<Published> time) {

    public Observation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(time, "time");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank, got \"" + source + "\"");
        }
        if (object.isBlank()) {
            throw new IllegalArgumentException("object must not be blank, got \"" + object + "\"");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank, got \"" + value + "\" (source "
                    + source + ", object " + object + ")");
        }
    }

    /** An observation without a time. */
    public Observation(String source, String object, String property, String value) {
        this(source, object, property, value, Optional.empty());
    }
}
