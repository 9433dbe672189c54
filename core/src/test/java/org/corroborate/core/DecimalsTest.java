package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    /** The text {@code String.format(Locale.ROOT, "%.2f", x)} gives, first and again (remembered), for every kind of value. */
    @Test
    void asFormatted() {
        double[] values = {0, -0.0, 0.005, 0.015, 0.125, 0.675, 1.005, 0.999, 0.995, -0.125, 1e-9, 12345.678,
            Double.NaN, Double.POSITIVE_INFINITY, 0.1 + 0.2, 2.0 / 3};
        for (double x : values) {
            String expected = String.format(Locale.ROOT, "%.2f", x);
            assertEquals(expected, Decimals.two(x), "first " + x);
            assertEquals(expected, Decimals.two(x), "again " + x);
        }
    }

    /** More distinct values than are remembered are still formatted right. */
    @Test
    void beyondWhatIsRemembered() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2 * Decimals.MAX_REMEMBERED; i++) {
            double x = rng.nextDouble();
            assertEquals(String.format(Locale.ROOT, "%.2f", x), Decimals.two(x));
        }
    }
}
