package org.corroborate.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiarEvaluationTest {

    @Test
    void aReliableSpeakerIsPredictedTrueAndAnUnreliableOneFalse() {
        List<LiarEvaluation.Statement> train = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            train.add(new LiarEvaluation.Statement("honest", "a", i % 10 != 0));
            train.add(new LiarEvaluation.Statement("liar", "b", i % 10 == 0));
        }
        List<LiarEvaluation.Statement> valid = List.of(new LiarEvaluation.Statement("honest", "a", true),
                new LiarEvaluation.Statement("liar", "b", false), new LiarEvaluation.Statement("liar", "b", false),
                new LiarEvaluation.Statement("new", "a", true));
        LiarEvaluation.Report r = LiarEvaluation.evaluate(train, valid);
        assertEquals(1.0, r.accuracy(), 1e-12);
        assertEquals(0.5, r.majorityBaseline(), 1e-12);
        assertEquals(3, r.validSpeakersSeen());
        assertEquals(10, r.bins().size());
        assertEquals(4, r.bins().stream().mapToInt(LiarEvaluation.Bin::count).sum());
        assertTrue(r.ece() >= 0 && r.ece() <= 1);
    }
}
