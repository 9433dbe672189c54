package org.corroborate.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class QuantileTableTest {

    @Test
    void entriesAreTheBetaQuantilesAtStratifiedLevels() {
        double[][] params = {{2, 2}, {0.5, 0.5}, {1, 9}, {30, 3}, {800, 200}, {0.3, 4}};
        for (double[] ab : params) {
            double[] t = QuantileTable.of(ab[0], ab[1], "identity-test", x -> x);
            BetaDistribution d = new BetaDistribution(null, ab[0], ab[1], 1e-12);
            for (int i : new int[] {0, 51, 256, 511, 512, 768, 972, 1023}) {
                double expected = d.inverseCumulativeProbability((i + 0.5) / QuantileTable.LEVELS);
                assertEquals(expected, t[i], 2e-3,
                        "Beta(" + ab[0] + ", " + ab[1] + ") level " + i);
            }
            double mean = 0;
            for (double v : t) {
                mean += v / t.length;
            }
            assertEquals(d.getNumericalMean(), mean, 2e-3, "mean of Beta(" + ab[0] + ", " + ab[1] + ")");
        }
    }

    @Test
    void theTransformIsAppliedAndTablesAreNonDecreasing() {
        double[] t = QuantileTable.of(3, 7, "logit-test", q -> Math.log(q / (1 - q)));
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] >= t[i - 1], "not sorted at " + i);
        }
        assertTrue(t[0] < 0 && t[t.length - 1] > -2, "log-odds range " + t[0] + " .. " + t[t.length - 1]);
    }

    @Test
    void tablesAreCachedByParametersAndKey() {
        assertSame(QuantileTable.of(2, 5, "k", x -> x), QuantileTable.of(2, 5, "k", x -> x));
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> QuantileTable.of(0, 1, "k", x -> x));
        assertThrows(IllegalArgumentException.class, () -> QuantileTable.of(1, Double.NaN, "k", x -> x));
        assertThrows(IllegalArgumentException.class,
                () -> QuantileTable.of(1, Double.POSITIVE_INFINITY, "k", x -> x));
    }
}
