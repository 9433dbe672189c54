package org.corroborate.scoring.internal;

import java.util.Arrays;

/**
 * Binary logistic regression over sparse rows, fitted by L-BFGS to the minimum of the summed log loss plus
 * {@code l2 / 2} times the squared weights (the intercept is not penalised). Deterministic: the same rows and
 * penalty give the same weights. Not API.
 */
public final class SparseLogistic {

    private static final int MEMORY = 10;

    private SparseLogistic() {
    }

    /**
     * A sparse row: feature indices in {@code [0, dimension)} and their values, of equal length.
     *
     * @param index  feature indices
     * @param value  their values, finite
     */
    public record Row(int[] index, double[] value) {
        public Row {
            if (index.length != value.length) {
                throw new IllegalArgumentException("index and value differ in length: " + index.length + " vs "
                        + value.length);
            }
        }
    }

    /**
     * Fits the weights.
     *
     * @param rows      the examples
     * @param positive  their outcomes, as many as rows
     * @param dimension number of features
     * @param l2        penalty, >= 0
     * @param maxIter   most L-BFGS iterations, >= 1
     * @return {@code dimension + 1} weights, the intercept last
     */
    public static double[] fit(Row[] rows, boolean[] positive, int dimension, double l2, int maxIter) {
        if (rows.length != positive.length) {
            throw new IllegalArgumentException("rows and outcomes differ in length: " + rows.length + " vs "
                    + positive.length);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2) || maxIter < 1) {
            throw new IllegalArgumentException("need l2 >= 0 and maxIter >= 1, got " + l2 + ", " + maxIter);
        }
        int d = dimension + 1;
        double[] w = new double[d];
        double[] g = new double[d];
        double f = objective(rows, positive, w, l2, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int next = 0;
        double[] dir = new double[d];
        double[] wNew = new double[d];
        double[] gNew = new double[d];
        double[] alpha = new double[MEMORY];
        for (int iter = 0; iter < maxIter; iter++) {
            // two-loop recursion: dir = -H g
            for (int i = 0; i < d; i++) {
                dir[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int j = Math.floorMod(next - 1 - k, MEMORY);
                alpha[j] = rho[j] * dot(s[j], dir);
                axpy(-alpha[j], y[j], dir);
            }
            if (stored > 0) {
                int last = Math.floorMod(next - 1, MEMORY);
                double scale = dot(s[last], y[last]) / dot(y[last], y[last]);
                for (int i = 0; i < d; i++) {
                    dir[i] *= scale;
                }
            } else {
                double norm = Math.sqrt(dot(g, g));
                for (int i = 0; i < d; i++) {
                    dir[i] /= Math.max(1, norm);
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int j = Math.floorMod(next - 1 - k, MEMORY);
                double beta = rho[j] * dot(y[j], dir);
                axpy(alpha[j] - beta, s[j], dir);
            }
            double slope = dot(g, dir);
            if (!(slope < 0)) { // not a descent direction: restart from the gradient
                for (int i = 0; i < d; i++) {
                    dir[i] = -g[i];
                }
                slope = dot(g, dir);
                stored = 0;
            }
            double step = 1;
            double fNew = Double.NaN;
            boolean moved = false;
            for (int tries = 0; tries < 40; tries++) {
                for (int i = 0; i < d; i++) {
                    wNew[i] = w[i] + step * dir[i];
                }
                fNew = objective(rows, positive, wNew, l2, gNew);
                if (fNew <= f + 1e-4 * step * slope) {
                    moved = true;
                    break;
                }
                step *= 0.5;
            }
            if (!moved) {
                break;
            }
            double[] sk = new double[d];
            double[] yk = new double[d];
            for (int i = 0; i < d; i++) {
                sk[i] = wNew[i] - w[i];
                yk[i] = gNew[i] - g[i];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12) {
                s[next] = sk;
                y[next] = yk;
                rho[next] = 1 / sy;
                next = (next + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            double decrease = f - fNew;
            System.arraycopy(wNew, 0, w, 0, d);
            System.arraycopy(gNew, 0, g, 0, d);
            f = fNew;
            if (decrease <= 1e-9 * Math.max(1, Math.abs(f)) || Math.sqrt(dot(g, g)) < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** The linear score of {@code row} under {@code w} (intercept last). */
    public static double margin(double[] w, Row row) {
        double z = w[w.length - 1];
        int[] ix = row.index();
        double[] v = row.value();
        for (int k = 0; k < ix.length; k++) {
            z += w[ix[k]] * v[k];
        }
        return z;
    }

    /** The logistic function, in [0, 1]. */
    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double objective(Row[] rows, boolean[] positive, double[] w, double l2, double[] grad) {
        Arrays.fill(grad, 0);
        int bias = w.length - 1;
        double f = 0;
        for (int r = 0; r < rows.length; r++) {
            double z = margin(w, rows[r]);
            // log(1 + e^-z) for positives, log(1 + e^z) for negatives, computed stably
            double m = positive[r] ? -z : z;
            f += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
            double err = sigmoid(z) - (positive[r] ? 1 : 0);
            int[] ix = rows[r].index();
            double[] v = rows[r].value();
            for (int k = 0; k < ix.length; k++) {
                grad[ix[k]] += err * v[k];
            }
            grad[bias] += err;
        }
        for (int i = 0; i < bias; i++) {
            f += 0.5 * l2 * w[i] * w[i];
            grad[i] += l2 * w[i];
        }
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
