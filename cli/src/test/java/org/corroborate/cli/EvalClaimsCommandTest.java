package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalClaimsCommandTest {

    @Test
    void pairwiseAndBCubedOnAKnownClustering() {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}
        List<String> ids = List.of("a", "b", "c", "d");
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y");
        Map<String, Integer> predicted = Map.of("a", 0, "b", 0, "c", 1, "d", 1);
        EvalClaimsCommand.Scores s = EvalClaimsCommand.scores(ids, gold, predicted);
        assertEquals(0.5, s.pairP, 1e-12); // pairs ab (right), cd (wrong)
        assertEquals(1.0 / 3, s.pairR, 1e-12); // gold pairs ab, ac, bc
        assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.bP, 1e-12);
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.bR, 1e-12);
        assertEquals(0.4, EvalClaimsCommand.f1(0.5, 1.0 / 3), 1e-12);
    }

    @Test
    void anItemInNoClusterIsAlone() {
        EvalClaimsCommand.Scores s = EvalClaimsCommand.scores(List.of("a", "b"), Map.of("a", "X", "b", "X"),
                Map.of());
        assertEquals(1.0, s.pairP, 1e-12);
        assertEquals(0.0, s.pairR, 1e-12);
        assertEquals(0.5, s.bR, 1e-12);
    }
}
