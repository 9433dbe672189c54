package org.corroborate.core;

import java.util.Objects;

/**
 * A text that is either held in memory or read back from where it was stored each time it is asked for: what lets
 * a large run keep its attributions' content texts on disk instead of the heap (an attribution holds a small
 * reference instead of a string of about a hundred chars).
 *
 * <p>Two references are equal when their texts are equal, whatever holds them; {@link #toString()} is the text.
 * Implementations must give the same text at every call, from any thread.
 */
public abstract class TextRef {

    /** Constructor for implementations that read their text back from a store. */
    protected TextRef() {
    }

    /** A reference holding {@code text} itself. */
    public static TextRef of(String text) {
        return new Held(text);
    }

    /** The text (read back from its store if it is not held). */
    public abstract String text();

    @Override
    public final boolean equals(Object o) {
        return o == this || o instanceof TextRef t && text().equals(t.text());
    }

    @Override
    public final int hashCode() {
        return text().hashCode();
    }

    @Override
    public final String toString() {
        return text();
    }

    private static final class Held extends TextRef {
        private final String text;

        Held(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return text;
        }
    }
}
