package org.corroborate.scoring.eval;

import java.util.Arrays;

/** Ranking and calibration measures for probabilities of binary outcomes. */
public final class Auc {

    private Auc() {
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random negative, ties counting
     * one half (the Mann–Whitney statistic). In {@code [0, 1]}; 0.5 is chance.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a class is empty
     */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + " vs "
                    + positive.length);
        }
        int n = scores.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[idx[j + 1]] == scores[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[idx[k]]) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException("AUC needs both classes, got " + pos + " positive and " + neg
                    + " negative");
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /**
     * Expected calibration error over {@code bins} equal-width bins of predicted probability: the mean absolute gap
     * between predicted and observed frequency, weighted by bin size. In {@code [0, 1]}.
     */
    public static double expectedCalibrationError(double[] p, boolean[] positive, int bins) {
        double[] sum = new double[bins];
        double[] hits = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sum[b] += p[i];
            hits[b] += positive[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += count[b] / (double) p.length * Math.abs(sum[b] / count[b] - hits[b] / count[b]);
            }
        }
        return ece;
    }
}
