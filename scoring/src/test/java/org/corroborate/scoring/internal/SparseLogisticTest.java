package org.corroborate.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparseLogisticTest {

    private static final SparseLogistic.Row ON = new SparseLogistic.Row(new int[] {0}, new double[] {1});
    private static final SparseLogistic.Row OFF = new SparseLogistic.Row(new int[0], new double[0]);

    /** With the feature on, 3 of 4 positive; off, 1 of 4: the unpenalised fit gives those rates exactly. */
    private static final SparseLogistic.Row[] ROWS = {ON, ON, ON, ON, OFF, OFF, OFF, OFF};
    private static final boolean[] Y = {true, true, true, false, true, false, false, false};

    @Test
    void withoutPenaltyTheFitReproducesTheObservedRates() {
        double[] w = SparseLogistic.fit(ROWS, Y, 1, 0, 200);
        assertEquals(0.75, SparseLogistic.sigmoid(SparseLogistic.margin(w, ON)), 1e-5);
        assertEquals(0.25, SparseLogistic.sigmoid(SparseLogistic.margin(w, OFF)), 1e-5);
        assertEquals(Math.log(3) * 2, w[0], 1e-4);
        assertEquals(-Math.log(3), w[1], 1e-4);
    }

    @Test
    void thePenaltyShrinksTheWeightButNotTheIntercept() {
        double[] loose = SparseLogistic.fit(ROWS, Y, 1, 0, 200);
        double[] tight = SparseLogistic.fit(ROWS, Y, 1, 10, 200);
        assertTrue(Math.abs(tight[0]) < Math.abs(loose[0]) / 2, tight[0] + " vs " + loose[0]);
        // the intercept still gives the overall rate its due: the mean prediction stays near 1/2
        double mean = (SparseLogistic.sigmoid(SparseLogistic.margin(tight, ON))
                + SparseLogistic.sigmoid(SparseLogistic.margin(tight, OFF))) / 2;
        assertEquals(0.5, mean, 0.02);
    }

    @Test
    void separableDataStaysFiniteAndTheFitIsDeterministic() {
        boolean[] y = {true, true, true, true, false, false, false, false};
        double[] a = SparseLogistic.fit(ROWS, y, 1, 0.1, 500);
        double[] b = SparseLogistic.fit(ROWS, y, 1, 0.1, 500);
        assertArrayEquals(a, b);
        assertTrue(Double.isFinite(a[0]) && a[0] > 2, "weight " + a[0]);
    }

    @Test
    void theSigmoidIsStableAtTheExtremes() {
        assertEquals(1, SparseLogistic.sigmoid(1000), 0);
        assertEquals(0, SparseLogistic.sigmoid(-1000), 0);
        assertEquals(0.5, SparseLogistic.sigmoid(0), 0);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SparseLogistic.fit(ROWS, new boolean[1], 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> SparseLogistic.fit(ROWS, Y, 1, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new SparseLogistic.Row(new int[1], new double[2]));
    }
}
