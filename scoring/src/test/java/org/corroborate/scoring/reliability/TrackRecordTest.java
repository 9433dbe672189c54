package org.corroborate.scoring.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corroborate.core.Interval;
import org.junit.jupiter.api.Test;

class TrackRecordTest {

    @Test
    void posteriorMeanOfKnownRecords() {
        assertEquals(0.5, TrackRecord.of(BetaPrior.UNIFORM).posteriorMean(), 1e-12);
        assertEquals(4.0 / 6, new TrackRecord(BetaPrior.UNIFORM, 3, 1).posteriorMean(), 1e-12);
        assertEquals(3.5 / 5, new TrackRecord(BetaPrior.JEFFREYS, 3, 1).posteriorMean(), 1e-12);
        TrackRecord r = TrackRecord.of(BetaPrior.ofMean(0.3, 10)).withSuccess().withOutcome(false).withFailure();
        assertEquals(1, r.successes());
        assertEquals(2, r.failures());
        assertEquals(4.0 / 13, r.posteriorMean(), 1e-12);
    }

    @Test
    void credibleIntervalOfUniformIsItsQuantiles() {
        Interval i = TrackRecord.of(BetaPrior.UNIFORM).credibleInterval(0.9);
        assertEquals(0.05, i.lower(), 1e-6);
        assertEquals(0.95, i.upper(), 1e-6);
        // Beta(11, 1): P(X <= x) = x^11
        Interval j = new TrackRecord(BetaPrior.UNIFORM, 10, 0).credibleInterval(0.9);
        assertEquals(Math.pow(0.05, 1.0 / 11), j.lower(), 1e-6);
        assertEquals(Math.pow(0.95, 1.0 / 11), j.upper(), 1e-6);
    }

    @Test
    void intervalNarrowsAsTheRecordGrows() {
        double small = new TrackRecord(BetaPrior.UNIFORM, 3, 3).credibleInterval(0.95).width();
        double large = new TrackRecord(BetaPrior.UNIFORM, 300, 300).credibleInterval(0.95).width();
        assertTrue(large < small / 5, small + " vs " + large);
    }

    @Test
    void invalidArgumentsNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrackRecord(BetaPrior.UNIFORM, -1, 0));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BetaPrior(0, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaPrior.ofMean(1.5, 2));
        assertThrows(IllegalArgumentException.class, () -> TrackRecord.of(BetaPrior.UNIFORM).credibleInterval(1));
    }
}
