package org.corroborate.core;

import java.util.Objects;

/**
 * Words that put distance between the source or the reporter and the content: {@code reportedly},
 * {@code appearing to}, {@code what he said were}, {@code could not be independently verified}.
 *
 * @param span     where in the body
 * @param text     the covered text
 * @param strength how much it weakens the content, in {@code (0, 1]}: 1 means the content is not asserted at all
 */
public record Hedge(Span span, String text, double strength) {

    public Hedge {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("Hedge strength must be in (0, 1], got " + strength + " for '" + text + "'");
        }
    }
}
