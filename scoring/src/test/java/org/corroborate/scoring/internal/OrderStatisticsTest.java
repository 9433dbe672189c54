package org.corroborate.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    /** Every index of random arrays, with and without many equal values, gives the sorted array's value there. */
    @Test
    void selectsWhatASortPutsAtTheIndex() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rng.nextInt(300);
            int distinct = round % 3 == 0 ? 1 + rng.nextInt(5) : Integer.MAX_VALUE;
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = distinct == Integer.MAX_VALUE ? rng.nextDouble() : 0.1 + rng.nextInt(distinct);
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = rng.nextInt(n);
            double[] b = a.clone();
            OrderStatistics.select(b, 0, n, k);
            assertEquals(sorted[k], b[k]);
            for (int i = 0; i < n; i++) {
                assertTrue(i < k ? b[i] <= b[k] : i == k || b[i] >= b[k], "partitioned around " + k);
            }
            double[] c = b.clone();
            Arrays.sort(c);
            assertTrue(Arrays.equals(sorted, c), "the same values, rearranged");
        }
    }

    /** Two order statistics, the second looked for after the first (as a credible interval's two ends are). */
    @Test
    void secondStatisticAfterTheFirst() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] a = new double[2000];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 / (1 + Math.exp(-rng.nextGaussian()));
        }
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        OrderStatistics.select(a, 0, a.length, 99);
        OrderStatistics.select(a, 100, a.length, 1900);
        assertEquals(sorted[99], a[99]);
        assertEquals(sorted[1900], a[1900]);
    }

    /** NaN and signed zeros are ordered as a sort orders them. */
    @Test
    void nanAndSignedZerosAsSorted() {
        double[] a = {0.5, Double.NaN, 0.0, -0.0, -1, 2};
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < a.length; k++) {
            double[] b = a.clone();
            OrderStatistics.select(b, 0, b.length, k);
            assertEquals(Double.doubleToLongBits(sorted[k]), Double.doubleToLongBits(b[k]), "index " + k);
        }
    }

    @Test
    void indexOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.select(new double[3], 1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.select(new double[3], 0, 3, 3));
    }
}
