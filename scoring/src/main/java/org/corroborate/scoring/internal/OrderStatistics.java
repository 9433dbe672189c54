package org.corroborate.scoring.internal;

import java.util.Arrays;

/**
 * Order statistics of an array of doubles without sorting it: {@link #select} finds the value that would stand at
 * an index of the sorted array in time linear in the array's length (on average), where a sort takes
 * {@code n log n}. The values found are exactly those {@link Arrays#sort(double[])} would put there.
 */
public final class OrderStatistics {

    private OrderStatistics() {
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value the sorted range would hold there, every
     * value before it is at most that value and every value after it at least that value (the order within each
     * side is unspecified). A range that holds a NaN is sorted instead ({@link Arrays#sort(double[], int, int)}:
     * NaNs last, {@code -0.0} before {@code 0.0}), so the result is always the sorted range's.
     *
     * @throws IllegalArgumentException if {@code k} is not in {@code [from, to)}
     */
    public static void select(double[] a, int from, int to, int k) {
        if (k < from || k >= to || from < 0 || to > a.length) {
            throw new IllegalArgumentException("index " + k + " not in [" + from + ", " + to + ") of an array of "
                    + a.length);
        }
        for (int i = from; i < to; i++) {
            if (Double.isNaN(a[i]) || a[i] == 0) {
                // NaN, and -0.0 beside 0.0, compare equal or not at all with <; a sort orders them
                Arrays.sort(a, from, to);
                return;
            }
        }
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // the median of the first, middle and last as the pivot, left at mid
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // now a[lo, j] <= pivot, a[i, hi] >= pivot, and anything between them equals the pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
