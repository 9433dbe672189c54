package org.corroborate.core;

import java.util.Objects;

/** Pure functions on text shown to a reader. */
public final class Texts {

    private Texts() {
    }

    /**
     * {@code s} cut to at most {@code max} chars: whole when it fits, else its first {@code max - 1} chars and an
     * ellipsis ({@code …}), one char less when the cut would split a surrogate pair (an emoji, a rare CJK character),
     * so the result is always well-formed text.
     *
     * @param max at least 1
     */
    public static String abbreviate(String s, int max) {
        Objects.requireNonNull(s, "s");
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }
}
