package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimBootstrapTest {

    @Test
    void oneClaimGivesItsOwnAccuracyEveryTime() {
        ClaimBootstrap.Interval i = ClaimBootstrap.interval(List.of("c", "c", "c", "c"),
                new boolean[] {true, true, true, false}, null, 200, 0.95, 1);
        assertEquals(0.75, i.low(), 1e-12);
        assertEquals(0.75, i.high(), 1e-12);
        assertEquals(200, i.samples());
    }

    @Test
    void claimsAreResampledWholeSoTheIntervalSpansTheirAccuracies() {
        // claim a all right, claim b all wrong: every resample's accuracy is a share of whole claims
        List<String> ids = List.of("a", "a", "b", "b");
        ClaimBootstrap.Interval i = ClaimBootstrap.interval(ids, new boolean[] {true, true, false, false}, null,
                1000, 0.95, 7);
        assertEquals(0.0, i.low(), 1e-12);
        assertEquals(1.0, i.high(), 1e-12);
        assertEquals(i, ClaimBootstrap.interval(ids, new boolean[] {true, true, false, false}, null, 1000, 0.95, 7),
                "deterministic for a seed");
    }

    @Test
    void theDifferenceOfTwoClassifiersIsPaired() {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            ids.add("c" + c);
            ids.add("c" + c);
        }
        boolean[] a = new boolean[40];
        boolean[] b = new boolean[40];
        for (int k = 0; k < 40; k++) {
            a[k] = k % 2 == 0 || k < 10; // b's right answers and five more
            b[k] = k % 2 == 0;
        }
        ClaimBootstrap.Interval d = ClaimBootstrap.interval(ids, a, b, 1000, 0.95, 3);
        assertTrue(d.low() >= 0 && d.high() <= 0.25 && d.low() < d.high(), d.toString());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ClaimBootstrap.interval(List.of(), new boolean[0], null, 10, 0.95, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ClaimBootstrap.interval(List.of("a"), new boolean[] {true}, null, 10, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ClaimBootstrap.Interval(0.6, 0.5, 10));
    }
}
