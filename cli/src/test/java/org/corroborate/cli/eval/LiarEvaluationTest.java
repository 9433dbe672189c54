package org.corroborate.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
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

    @Test
    void scoresOfKnownProbabilities() {
        LiarEvaluation.Scores s = LiarEvaluation.Scores.of(new double[] {0.8, 0.3, 0.6, 0.35},
                new boolean[] {true, false, false, true});
        assertEquals(0.5, s.accuracy(), 1e-12);
        assertEquals((0.04 + 0.09 + 0.36 + 0.4225) / 4, s.brier(), 1e-12);
        assertEquals(-(Math.log(0.8) + Math.log(0.7) + Math.log(0.4) + Math.log(0.35)) / 4, s.logLoss(), 1e-12);
        // bins [0.3, 0.4): mean 0.325, observed 0.5; [0.6, 0.7): 0.6 vs 0; [0.8, 0.9): 0.8 vs 1
        assertEquals((2 * 0.175 + 0.6 + 0.2) / 4, s.ece(), 1e-12);
        assertEquals(2, s.bins().get(3).count());
    }

    @Test
    void theClaimPriorModelUsesTheStatementAndItsVenue() {
        List<LabelledStatement.Attribute> ad = List.of(new LabelledStatement.Attribute("venue", "a campaign ad"));
        List<LabelledStatement.Attribute> hearing = List.of(new LabelledStatement.Attribute("venue", "a hearing"));
        List<LiarEvaluation.Statement> train = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            train.add(new LiarEvaluation.Statement("p" + i % 5, "d", i % 6 != 0, 0, 0,
                    "The budget grew 4 percent this year", hearing));
            train.add(new LiarEvaluation.Statement("q" + i % 5, "r", i % 6 == 0, 0, 0,
                    "Says the senator never voted for anything", ad));
        }
        List<LiarEvaluation.Statement> valid = List.of(
                new LiarEvaluation.Statement("new", "d", true, 0, 0, "Spending grew 2 percent", hearing),
                new LiarEvaluation.Statement("new", "r", false, 0, 0, "Says the mayor never voted", ad));
        LiarEvaluation.ModelReport r = LiarEvaluation.evaluateModel(train, valid,
                ClaimPriorModel.TrainingOptions.DEFAULTS.withMinCount(2));
        assertEquals(1.0, r.scores().accuracy(), 1e-12);
        assertEquals(60, r.train());
        assertTrue(r.features() > 0);
        assertTrue(LiarEvaluation.format(r).stream().anyMatch(l -> l.startsWith("valid accuracy")));
    }
}
