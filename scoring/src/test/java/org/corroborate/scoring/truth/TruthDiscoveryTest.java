package org.corroborate.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruthDiscoveryTest {

    private static final List<TruthDiscovery> ALL = List.of(new MajorityVote(), new TruthFinder(),
            new Accu(Accu.Config.DEFAULT.withCopyDetection(false)), new Accu());

    /**
     * A sloppy source B and four copiers of B against independent sources. On items 0-7 the five give B's false
     * value against three independent sources giving the truth, so majority (and Accu without copy detection) pick
     * the false value; on items 8-15 B is wrong too but outvoted by six independent sources, which lets copy
     * detection see the five share false values; on items 16-19 everybody is right.
     */
    static List<Observation> copierScenario() {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String item = "item" + i;
            for (int s = 1; s <= 6; s++) {
                if (s <= 3 || i >= 8) {
                    obs.add(new Observation("indep" + s, item, "p", "true" + i));
                }
            }
            String b = i < 16 ? "false" + i : "true" + i;
            obs.add(new Observation("B", item, "p", b));
            for (int c = 1; c <= 4; c++) {
                obs.add(new Observation("copier" + c, item, "p", b));
            }
        }
        return obs;
    }

    @Test
    void accuWithCopyDetectionOutvotesCopiersWhereMajorityDoesNot() {
        Dataset data = Dataset.of(copierScenario());
        Result majority = new MajorityVote().run(data);
        Result accuNoCopy = new Accu(Accu.Config.DEFAULT.withCopyDetection(false)).run(data);
        Result accu = new Accu().run(data);
        for (int i = 0; i < 8; i++) {
            String item = "item" + i;
            assertEquals("false" + i, majority.estimate(item, "p").orElseThrow().value(), item);
            assertEquals("false" + i, accuNoCopy.estimate(item, "p").orElseThrow().value(), item);
            assertEquals("true" + i, accu.estimate(item, "p").orElseThrow().value(), item);
        }
        for (int i = 8; i < 20; i++) {
            assertEquals("true" + i, accu.estimate("item" + i, "p").orElseThrow().value());
        }
        assertTrue(accu.trust("indep1").orElseThrow() > accu.trust("copier1").orElseThrow(),
                "independent source should be trusted more than a copier");
        assertTrue(accu.converged());
    }

    @Test
    void majorityConfidenceIsVoteShare() {
        Result r = new MajorityVote().run(List.of(new Observation("a", "x", "p", "1"),
                new Observation("b", "x", "p", "1"), new Observation("c", "x", "p", "2"),
                new Observation("a", "x", "p", "1")));
        Estimate e = r.estimate("x", "p").orElseThrow();
        assertEquals("1", e.value());
        assertEquals(2.0 / 3, e.confidence(), 1e-12);
        assertEquals(1.0 / 3, r.confidence("x", "p", "2").orElseThrow(), 1e-12);
        assertEquals(1, r.dataset().duplicateCount());
        assertEquals(0.0, r.trust("c").orElseThrow(), 1e-12);
    }

    @Test
    void truthFinderConvergesAndReportsIterations() {
        Dataset data = Dataset.of(copierScenario());
        Result r = new TruthFinder().run(data);
        assertTrue(r.converged());
        assertTrue(r.iterations() > 1 && r.iterations() < Convergence.DEFAULT.maxIterations(), "" + r.iterations());
        Result once = new TruthFinder(TruthFinder.Config.DEFAULT.withConvergence(new Convergence(1e-12, 1)))
                .run(data);
        assertEquals(1, once.iterations());
        assertFalse(once.converged());
    }

    @Test
    void truthFinderImplicationLetsPartialValuesSupportTheFullOne() {
        // one source gives the first author only, one gives both; the partial list implies the full one
        ValueImplication subset = (from, to) -> to.contains(from) ? 0.5 : from.contains(to) ? 0 : -0.5;
        List<Observation> obs = List.of(new Observation("a", "book", "", "knuth"),
                new Observation("c", "book", "", "knuth; fuller"));
        assertEquals("knuth", new TruthFinder().run(obs).estimate("book", "").orElseThrow().value());
        TruthFinder withImp = new TruthFinder(TruthFinder.Config.DEFAULT.withImplication(subset));
        assertEquals("knuth; fuller", withImp.run(obs).estimate("book", "").orElseThrow().value());
    }

    @Test
    void emptyInputGivesEmptyResult() {
        for (TruthDiscovery m : ALL) {
            Result r = m.run(List.of());
            assertEquals(0, r.estimates().size(), m.name());
            assertEquals(0, r.sourceTrust().size(), m.name());
            assertTrue(r.converged(), m.name());
            assertTrue(r.iterations() >= 1, m.name());
        }
    }

    @Test
    void degenerateInputsNeverGiveNaN() {
        List<List<Observation>> cases = List.of(
                List.of(new Observation("only", "x", "p", "1")),
                List.of(new Observation("only", "x", "p", "1"), new Observation("only", "x", "p", "2"),
                        new Observation("only", "y", "p", "3")),
                List.of(new Observation("a", "x", "p", "1"), new Observation("b", "x", "p", "1"),
                        new Observation("c", "x", "p", "1")),
                List.of(new Observation("a", "x", "p", "1"), new Observation("b", "x", "p", "2")));
        for (List<Observation> obs : cases) {
            for (TruthDiscovery m : ALL) {
                Result r = m.run(obs);
                for (int v = 0; v < r.dataset().valueCount(); v++) {
                    double c = r.valueConfidence(v);
                    assertTrue(c >= 0 && c <= 1, m.name() + " confidence " + c + " for " + obs);
                }
                for (SourceTrust t : r.sourceTrust()) {
                    assertTrue(t.trust() >= 0 && t.trust() <= 1, m.name() + " trust " + t);
                }
                assertTrue(r.iterations() >= 1);
            }
        }
    }

    @Test
    void allAgreeGivesHighConfidence() {
        List<Observation> obs = List.of(new Observation("a", "x", "p", "1"), new Observation("b", "x", "p", "1"),
                new Observation("c", "x", "p", "1"));
        for (TruthDiscovery m : ALL) {
            Estimate e = m.run(obs).estimate("x", "p").orElseThrow();
            assertEquals("1", e.value());
            assertTrue(e.confidence() > 0.8, m.name() + " " + e.confidence());
        }
    }

    @Test
    void accuProbabilitiesOfAnItemSumToAtMostOne() {
        Result r = new Accu().run(Dataset.of(copierScenario()));
        for (int i = 0; i < r.dataset().itemCount(); i++) {
            double sum = 0;
            for (int v = r.dataset().firstValue(i); v < r.dataset().endValue(i); v++) {
                sum += r.valueConfidence(v);
            }
            assertTrue(sum <= 1 + 1e-9, "sum " + sum);
        }
    }

    @Test
    void singleSourceValueHasTheSourceAccuracyAsProbability() {
        // Accu: one provider of accuracy A gives P = A, with n false values in the domain
        Result r = new Accu(Accu.Config.DEFAULT.withCopyDetection(false)
                .withConvergence(new Convergence(1e-9, 1))).run(List.of(new Observation("a", "x", "p", "1")));
        assertEquals(0.8, r.confidence("x", "p", "1").orElseThrow(), 1e-9);
    }

    @Test
    void methodsAreDeterministic() {
        Dataset data = Dataset.of(copierScenario());
        for (TruthDiscovery m : ALL) {
            Result a = m.run(data);
            Result b = m.run(data);
            for (int v = 0; v < data.valueCount(); v++) {
                assertEquals(a.valueConfidence(v), b.valueConfidence(v), 0.0, m.name());
            }
        }
    }

    @Test
    void eachMethodCreatesItsAlgorithm() {
        assertEquals("majority", TruthMethod.MAJORITY.create().name());
        assertEquals("truthfinder", TruthMethod.TRUTHFINDER.create().name());
        assertTrue(TruthMethod.DEFAULT.create() instanceof Accu);
    }

    @Test
    void copyDetectionCapsLeaveVotesUndiscountedButStillWork() {
        Dataset data = Dataset.of(copierScenario());
        Result capped = new Accu(Accu.Config.DEFAULT.withMaxPairEntries(0)).run(data);
        Result noCopy = new Accu(Accu.Config.DEFAULT.withCopyDetection(false)).run(data);
        for (int v = 0; v < data.valueCount(); v++) {
            assertEquals(noCopy.valueConfidence(v), capped.valueConfidence(v), 1e-9);
        }
        Result small = new Accu(Accu.Config.DEFAULT.withMaxGroupSize(3)).run(data);
        assertTrue(small.iterations() >= 1);
    }

    @Test
    void resultOfChecksItsNumbers() {
        Dataset data = Dataset.of(List.of(new Observation("a", "x", "p", "1")));
        assertEquals(0.5, Result.of(data, "mine", new double[] {0.5}, new double[] {0.7}, 1, true)
                .estimate("x", "p").orElseThrow().confidence(), 0.0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Result.of(data, "mine", new double[] {Double.NaN}, new double[] {0.7}, 1, true));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Result.of(data, "mine", new double[0], new double[] {0.7}, 1, true));
    }
}
