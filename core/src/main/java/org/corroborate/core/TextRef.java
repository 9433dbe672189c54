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

    /**
     * A reference to the id {@code articleId#n} of an attribution, given by its ordinal {@code n} alone: the
     * attribution completes it with its article's id ({@link Attribution#id()}), so a large run keeps no object per
     * attribution for its id (the references for small ordinals are shared). Its own {@link #text()} is {@code #n}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static TextRef ordinal(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative ordinal " + n);
        }
        return n < ORDINALS.length ? ORDINALS[n] : new Ordinal(n);
    }

    private static final Ordinal[] ORDINALS = new Ordinal[1024];

    static {
        for (int i = 0; i < ORDINALS.length; i++) {
            ORDINALS[i] = new Ordinal(i);
        }
    }

    /** The ordinal of an {@link #ordinal} reference, else -1. */
    int ordinalOrMinusOne() {
        return this instanceof Ordinal o ? o.n : -1;
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

    /** The ordinal {@code n} of an id {@code articleId#n} ({@link #ordinal}). */
    private static final class Ordinal extends TextRef {
        private final int n;

        Ordinal(int n) {
            this.n = n;
        }

        @Override
        public String text() {
            return "#" + n;
        }
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
