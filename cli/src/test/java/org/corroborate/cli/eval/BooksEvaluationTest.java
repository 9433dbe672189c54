package org.corroborate.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.scoring.truth.Observation;
import org.junit.jupiter.api.Test;

class BooksEvaluationTest {

    @Test
    void scoresEveryMethodAgainstTheGoldWithTheSameMatchingRule() {
        List<Observation> obs = new ArrayList<>();
        // book1: two stores give the first author only, two the full list, all in different formats
        obs.add(new Observation("s1", "book1", "", "Aiken, Peter"));
        obs.add(new Observation("s2", "book1", "", "Peter Aiken"));
        obs.add(new Observation("s4", "book1", "", "Peter Aiken, M. David Allen"));
        obs.add(new Observation("s5", "book1", "", "Aiken, Peter/ Allen, David M."));
        // book2: everybody agrees; one store has nothing
        obs.add(new Observation("s1", "book2", "", "Knuth, Donald E."));
        obs.add(new Observation("s4", "book2", "", "Donald Ervin Knuth"));
        obs.add(new Observation("s5", "book2", "", "Not Available"));
        Map<String, List<String>> gold = Map.of("book1", List.of("aiken", "allen"), "book2", List.of("knuth"),
                "book3", List.of("nobody"));
        BooksEvaluation.DatasetScore d = BooksEvaluation.evaluate("tiny", obs, gold);
        assertEquals(7, d.rawObservations());
        assertEquals(6, d.keptObservations());
        assertEquals(2, d.goldCovered());
        BooksEvaluation.MethodScore majority = d.methods().get(0);
        assertEquals("majority", majority.method());
        assertEquals(1, majority.correct()); // a 2-2 tie goes to "aiken" (text order); book3 never observed
        assertEquals(1.0, majority.namePrecision(), 1e-12); // "aiken" and "knuth" are both gold names
        assertEquals(2.0 / 4, majority.nameRecall(), 1e-12);
        BooksEvaluation.MethodScore truthFinder = d.methods().stream()
                .filter(m -> m.method().equals("truthfinder")).findFirst().orElseThrow();
        assertEquals(2, truthFinder.correct()); // the partial lists support the full one
    }

    @Test
    void syntheticDataIsDeterministic() {
        var a = SyntheticObservations.generate(5_000, 5, 50, 7).dataset();
        var b = SyntheticObservations.generate(5_000, 5, 50, 7).dataset();
        assertEquals(a.observationCount(), b.observationCount());
        assertEquals(a.valueCount(), b.valueCount());
        for (int v = 0; v < a.valueCount(); v++) {
            assertEquals(a.text(v), b.text(v));
            assertEquals(a.providerCount(v), b.providerCount(v));
        }
    }
}
