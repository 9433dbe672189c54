package org.corroborate.scoring.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void knownValues() {
        boolean[] y = {true, true, false, false};
        assertEquals(1.0, Auc.of(new double[] {0.9, 0.8, 0.2, 0.1}, y), 1e-12);
        assertEquals(0.0, Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, y), 1e-12);
        assertEquals(0.5, Auc.of(new double[] {0.5, 0.5, 0.5, 0.5}, y), 1e-12);
        assertEquals(0.75, Auc.of(new double[] {0.9, 0.3, 0.5, 0.1}, y), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[] {1}, new boolean[] {true}));
    }

    @Test
    void calibration() {
        assertEquals(0.0, Auc.expectedCalibrationError(new double[] {0.0, 1.0}, new boolean[] {false, true}, 10),
                1e-12);
        assertEquals(0.3, Auc.expectedCalibrationError(new double[] {0.8, 0.8}, new boolean[] {true, false}, 10),
                1e-12);
    }
}
