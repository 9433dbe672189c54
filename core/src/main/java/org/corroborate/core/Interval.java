package org.corroborate.core;

/**
 * A credible interval of a probability.
 *
 * @param lower lower bound in {@code [0, 1]}
 * @param upper upper bound in {@code [lower, 1]}
 * @param level the interval's credibility, e.g. 0.9 for a 90 % interval
 */
public record Interval(double lower, double upper, double level) {

    public Interval {
        if (!(lower >= 0 && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("Interval must satisfy 0 <= lower <= upper <= 1, got [" + lower + ", "
                    + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Interval level must be in (0, 1), got " + level);
        }
    }

    public double width() {
        return upper - lower;
    }

    public boolean contains(double p) {
        return p >= lower && p <= upper;
    }
}
