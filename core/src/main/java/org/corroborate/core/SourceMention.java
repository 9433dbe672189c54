package org.corroborate.core;

import java.util.Objects;

/**
 * A place where an article names (or refers back to) a source.
 *
 * @param span   where in the body; {@link Span#NONE} when the source is not named in the text
 * @param text   the covered text, e.g. {@code Seoul's spy agency} or {@code the official}
 * @param source what it was resolved to
 */
public record SourceMention(Span span, String text, Source source) {

    public SourceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** The mention of an attribution that names no source. */
    public static SourceMention unnamed() {
        return new SourceMention(Span.NONE, "", Source.UNNAMED);
    }

    public boolean isNamed() {
        return !span.isNone();
    }
}
