package org.corroborate.scoring.truth;

/**
 * When an iterative method stops: after the largest change of any source's trust between two iterations falls
 * below {@code tolerance}, or after {@code maxIterations}, whichever comes first.
 *
 * @param tolerance     largest absolute change of a trust in [0, 1] still counted as converged; > 0
 * @param maxIterations at least 1
 */
public record Convergence(double tolerance, int maxIterations) {

    /** Tolerance 1e-6, at most 100 iterations. */
    public static final Convergence DEFAULT = new Convergence(1e-6, 100);

    public Convergence {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a positive number, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
    }

    public Convergence withMaxIterations(int newMax) {
        return new Convergence(tolerance, newMax);
    }

    /** Largest absolute difference between {@code a} and {@code b}, element by element. */
    static double maxChange(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
