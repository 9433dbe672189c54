package org.corroborate.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A quantity stated in a text, normalised: {@code more than 10,000 soldiers} is at least 10000 of unit
 * {@code soldier}. Found by {@link Quantities#find(String)}.
 *
 * @param span      where the quantity is written, from its qualifier ({@code more than}) to its last number word
 *                  or percent sign; the unit noun is not part of it
 * @param text      the text of {@code span}, exactly as written (e.g. {@code more than 10,000})
 * @param low       the value, or a range's lower end; finite and not negative
 * @param high      equal to {@code low} for a single value, a range's upper end otherwise
 * @param qualifier how the value bounds the quantity
 * @param unit      the counted noun, lower-case and singular ({@code soldier}, {@code person}), {@code percent}
 *                  for percentages, a currency code ({@code usd}) for amounts of money; empty when none follows
 * @param increment true when the quantity is an addition to an earlier one ({@code 3,000 additional troops},
 *                  {@code 500 more soldiers})
 */
public record Quantity(Span span, String text, double low, double high, Qualifier qualifier, String unit,
                       boolean increment) {

    /** How a stated value bounds the quantity. */
    public enum Qualifier {
        /** As stated: {@code 10,000}, {@code between 10 and 12}. */
        EXACT,
        /** Approximately: {@code about}, {@code some}, {@code nearly}, {@code an estimated}. */
        ABOUT,
        /** The value or more: {@code more than}, {@code over}, {@code at least}, {@code thousands of}. */
        AT_LEAST,
        /** The value or less: {@code up to}, {@code fewer than}, {@code as many as}. */
        AT_MOST
    }

    /** Relative width of an {@link Qualifier#ABOUT} value when telling whether two quantities can agree. */
    public static final double ABOUT_TOLERANCE = 0.15;

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        if (!(Double.isFinite(low) && low >= 0 && Double.isFinite(high) && high >= low)) {
            throw new IllegalArgumentException("Quantity '" + text + "' must have 0 <= low <= high, both finite, got "
                    + low + " to " + high);
        }
    }

    /** True for a range such as {@code 10,000 to 12,000}. */
    public boolean isRange() {
        return high > low;
    }

    /** The smallest value the statement allows. */
    public double lowerBound() {
        return switch (qualifier) {
            case EXACT, AT_LEAST -> low;
            case ABOUT -> low * (1 - ABOUT_TOLERANCE);
            case AT_MOST -> 0;
        };
    }

    /** The largest value the statement allows ({@link Double#POSITIVE_INFINITY} for {@code more than}). */
    public double upperBound() {
        return switch (qualifier) {
            case EXACT, AT_MOST -> high;
            case ABOUT -> high * (1 + ABOUT_TOLERANCE);
            case AT_LEAST -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * True when both could be true at once: the same unit and increment, and overlapping bounds. Symmetric;
     * {@code more than 10,000} agrees with {@code 12,000}, {@code 10,000} does not agree with {@code 12,000}.
     */
    public boolean agreesWith(Quantity other) {
        return unit.equals(other.unit) && increment == other.increment
                && lowerBound() <= other.upperBound() && other.lowerBound() <= upperBound();
    }

    /**
     * A canonical form, equal for quantities written differently with the same meaning: {@code 10,000 soldiers},
     * {@code 10 000 soldiers} and {@code ten thousand soldiers} all give {@code =10000 soldier}.
     */
    public String key() {
        String q = switch (qualifier) {
            case EXACT -> "=";
            case ABOUT -> "~";
            case AT_LEAST -> ">=";
            case AT_MOST -> "<=";
        };
        String v = isRange() ? number(low) + "-" + number(high) : number(low);
        return q + v + (increment ? " +" : " ") + unit;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
