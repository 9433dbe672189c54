package org.corroborate.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(60, r.cv().bins().stream().mapToInt(LiarEvaluation.Bin::count).sum());
        assertEquals(LiarEvaluation.accuracy(r.model().cvProbabilities(), outcomes(train), r.model().threshold()),
                r.cvAccuracyAtThreshold(), 0);
        assertTrue(LiarEvaluation.format(r).stream().anyMatch(l -> l.startsWith("decision threshold chosen")));
    }

    private static boolean[] outcomes(List<LiarEvaluation.Statement> statements) {
        boolean[] y = new boolean[statements.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = statements.get(i).trueish();
        }
        return y;
    }

    @Test
    void theCreditHistoryColumnsCountTheStatementItselfAndAsGivenLeakItsLabel(@TempDir Path dir) throws IOException {
        // one statement per speaker, each counted in its own columns (barely-true, false, half-true, mostly-true,
        // pants-fire), except "true", which has no column
        List<String> rows = new ArrayList<>();
        String[] labels = {"false", "half-true", "pants-fire", "mostly-true", "barely-true", "true"};
        for (int i = 0; i < 60; i++) {
            String label = labels[i % labels.length];
            int[] c = new int[5];
            int column = List.of("barely-true", "false", "half-true", "mostly-true", "pants-fire").indexOf(label);
            if (column >= 0) {
                c[column] = 1;
            }
            rows.add(i + ".json\t" + label + "\tSays something " + i + ".\teconomy\tspeaker-" + i
                    + "\tjob\tTexas\tnone\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3] + "\t" + c[4]
                    + "\ta speech");
        }
        Files.write(dir.resolve("train.tsv"), rows.subList(0, 48));
        Files.write(dir.resolve("valid.tsv"), rows.subList(48, 60));
        Diagnostics diagnostics = new Diagnostics();
        List<LiarEvaluation.Statement> train = LiarEvaluation.read(dir.resolve("train.tsv"), diagnostics);
        assertEquals(40, train.stream().filter(LiarEvaluation.Statement::creditCountsItself).count());
        assertTrue(train.stream().allMatch(s -> s.creditTrueish() == 0 && s.creditOther() == 0));
        List<LiarEvaluation.Report> reports = LiarEvaluation.run(dir, diagnostics);
        assertTrue(diagnostics.list().isEmpty(), diagnostics.list().toString());
        assertEquals(LiarEvaluation.RecordSource.CREDIT_HISTORY_AS_GIVEN, reports.get(2).source());
        assertEquals(40, reports.get(2).creditCountsItself());
        // without the statement, no speaker has a record; as given, every labelled column gives the label away
        assertEquals(0, reports.get(1).validSpeakersSeen());
        assertEquals(10, reports.get(2).validSpeakersSeen());
        assertTrue(reports.get(2).accuracy() > reports.get(1).accuracy(), reports.toString());
        assertTrue(LiarEvaluation.format(reports.get(2)).get(0).contains("LEAKS THE LABEL"));
    }
}
