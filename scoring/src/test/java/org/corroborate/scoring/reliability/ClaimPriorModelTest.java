package org.corroborate.scoring.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.corroborate.scoring.reliability.ClaimPriorModel.FeatureGroup;
import org.corroborate.scoring.reliability.ClaimPriorModel.TrainingOptions;
import org.corroborate.scoring.reliability.LabelledStatement.Attribute;
import org.junit.jupiter.api.Test;

class ClaimPriorModelTest {

    private static final TrainingOptions OPTIONS = TrainingOptions.DEFAULTS.withMinCount(2);

    private static LabelledStatement s(String source, String text, boolean verdict, Attribute... attributes) {
        return new LabelledStatement(source, text, List.of(attributes), verdict);
    }

    @Test
    void wordsAndCuesOfTheStatementAreLearned() {
        List<LabelledStatement> train = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            train.add(s("a" + i, "Unemployment fell by 2 percent in the county last year", true));
            train.add(s("b" + i, "The mayor never once balanced any budget, everyone knows it", false));
        }
        ClaimPriorModel m = ClaimPriorModel.train(train, OPTIONS);
        assertTrue(m.probability("new", "Wages rose 3 percent last year", List.of()) > 0.6);
        assertTrue(m.probability("new", "The governor never balanced a budget", List.of()) < 0.4);
        assertTrue(OPTIONS.penalties().contains(m.penalty()));
        assertTrue(m.cvLogLoss() > 0 && m.cvLogLoss() < Math.log(2));
    }

    @Test
    void aSourcesRecordAndAttributesAreLearned() {
        List<LabelledStatement> train = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            train.add(s("honest", "statement " + i, i % 8 != 0, new Attribute("venue", "a radio interview")));
            train.add(s("liar", "statement " + i, i % 8 == 0, new Attribute("venue", "a radio interview")));
            train.add(s("x" + i, "statement " + i, i % 5 != 0, new Attribute("venue", "a press release")));
            train.add(s("y" + i, "statement " + i, i % 5 == 0, new Attribute("venue", "a chain email")));
        }
        ClaimPriorModel m = ClaimPriorModel.train(train, OPTIONS);
        assertTrue(m.knowsSource("honest"));
        assertFalse(m.knowsSource("stranger"));
        double honest = m.probability("honest", "something", List.of(new Attribute("venue", "a radio interview")));
        double liar = m.probability("liar", "something", List.of(new Attribute("venue", "a radio interview")));
        assertTrue(honest > 0.7 && liar < 0.3, honest + " vs " + liar);
        double release = m.probability("z", "", List.of(new Attribute("venue", "a press release")));
        double email = m.probability("z", "", List.of(new Attribute("venue", "a chain email")));
        assertTrue(release > 0.6 && email < 0.4, release + " vs " + email);
    }

    @Test
    void aStatementsOwnVerdictNeverEntersItsRecordInTraining() {
        // every source speaks once: a record that counted the statement itself would predict its verdict perfectly,
        // and a model trained on such records would be sure of each training source's next statement
        List<LabelledStatement> train = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            train.add(s("s" + i, "", i % 2 == 0));
        }
        ClaimPriorModel m = ClaimPriorModel.train(train, OPTIONS.withGroups(EnumSet.of(FeatureGroup.RECORD)));
        assertEquals(0.5, m.probability("s0", "", List.of()), 0.1);
        assertEquals(0.5, m.probability("s1", "", List.of()), 0.1);
    }

    @Test
    void trainingIsDeterministicAndProbabilitiesAreOpen() {
        List<LabelledStatement> train = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            train.add(s("p" + (i % 3), "Crime is up " + i + " percent", i % 3 == 0, new Attribute("party", "blue")));
            train.add(s("q" + (i % 4), "Taxes were never lower", i % 4 == 0, new Attribute("party", "green")));
        }
        double a = ClaimPriorModel.train(train, OPTIONS).probability("p0", "Crime is up", List.of());
        double b = ClaimPriorModel.train(train, OPTIONS).probability("p0", "Crime is up", List.of());
        assertEquals(a, b, 0);
        assertTrue(a > 0 && a < 1);
        ClaimPriorModel m = ClaimPriorModel.train(train, OPTIONS);
        assertTrue(m.featureCount() > 0);
        assertFalse(m.strongestFeatures(2).isEmpty());
    }

    @Test
    void wordsAreFoldedUnderAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(List.of("says", "inflation", "hit", "<num>", "in", "<year>", "covid19", "cases", "<num>",
                    "o'clock"), ClaimPriorModel.tokens("Says INFLATION hit 9.1 in 2022. COVID19 cases: 1,200,300, o'clock"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void badTrainingDataAndOptionsAreRefused() {
        List<LabelledStatement> allTrue = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            allTrue.add(s("a", "x", true));
        }
        assertThrows(IllegalArgumentException.class, () -> ClaimPriorModel.train(allTrue, OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> ClaimPriorModel.train(allTrue.subList(0, 2), OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withPenalties(List.of()));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withPenalties(List.of(-1.0)));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withFolds(1));
        assertThrows(IllegalArgumentException.class, () -> OPTIONS.withGroups(EnumSet.noneOf(FeatureGroup.class)));
        assertThrows(IllegalArgumentException.class, () -> new Attribute(" ", "x"));
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws IOException {
        List<LabelledStatement> train = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            train.add(s("p" + i % 4, "Unemployment fell 2 percent", i % 5 != 0, new Attribute("venue", "a debate")));
            train.add(s("q" + i % 3, "He never paid any tax", i % 5 == 0, new Attribute("venue", "an ad")));
        }
        ClaimPriorModel m = ClaimPriorModel.train(train, OPTIONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        ClaimPriorModel back = ClaimPriorModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (LabelledStatement s : List.of(train.get(0), train.get(1), s("new", "Taxes fell", true),
                s("p1", "", false, new Attribute("venue", "an ad")))) {
            assertEquals(m.probability(s), back.probability(s), 0);
        }
        assertEquals(m.penalty(), back.penalty(), 0);
        assertEquals(m.threshold(), back.threshold(), 0);
        assertEquals(m.options(), back.options());
        assertTrue(back.knowsSource("q2"));
        assertEquals(train.size(), m.cvProbabilities().length);
        assertEquals(0, back.cvProbabilities().length);
    }

    @Test
    void aModelOfTheFirstFormatStillLoadsWithTheSameProbabilitiesAndAThresholdOfOneHalf() throws IOException {
        // written by the format-1 code (before decision thresholds) from the statements of LiarEvaluationTest's
        // venue test; the probabilities below are what that code gave
        ClaimPriorModel old;
        try (var in = getClass().getResourceAsStream("claim-prior-format1.model")) {
            old = ClaimPriorModel.read(in);
        }
        List<Attribute> hearing = List.of(new Attribute("venue", "a hearing"));
        List<Attribute> ad = List.of(new Attribute("venue", "a campaign ad"));
        assertEquals(0.6997521223688159, old.probability("p1", "Spending grew 2 percent", hearing), 0);
        assertEquals(0.28404752654197124, old.probability("new", "Says the mayor never voted", ad), 0);
        assertEquals(0.5, old.threshold(), 0);
        assertTrue(old.knowsSource("q3"));
    }

    @Test
    void aModelOfALaterFormatIsRefusedNamingItsFormat() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(gz))) {
            out.writeInt(0x434f5250);
            out.writeInt(9);
        }
        IOException e = assertThrows(IOException.class,
                () -> ClaimPriorModel.read(new ByteArrayInputStream(gz.toByteArray())));
        assertEquals("claim prior model format 9, expected 1 to 2", e.getMessage());
    }

    @Test
    void theThresholdIsTheMostAccurateOnTheCrossValidatedProbabilities() {
        List<LabelledStatement> train = new ArrayList<>();
        for (boolean v : new boolean[] {false, false, true, true, true}) {
            train.add(s("a", "", v));
        }
        // 0.41 splits them all right; every threshold in (0.40, 0.41] does, and 0.41 is the nearest to 0.5
        assertEquals(0.41, ClaimPriorModel.threshold(new double[] {0.2, 0.4, 0.41, 0.6, 0.9}, train), 0);
        // every threshold above 0.1 and at most 0.9 splits them right; 0.5 is kept
        assertEquals(0.5, ClaimPriorModel.threshold(new double[] {0.1, 0.1, 0.9, 0.9, 0.9}, train), 0);
        // 0.5 gets both wrong, every other threshold one right: of 0.49 and 0.51, equally near, the lower
        List<LabelledStatement> two = List.of(s("a", "", true), s("a", "", false));
        assertEquals(0.49, ClaimPriorModel.threshold(new double[] {0.495, 0.505}, two), 0);
    }

    @Test
    void whatIsNotAModelIsRefusedWithAnIoException() {
        assertThrows(IOException.class, () -> ClaimPriorModel.read(new ByteArrayInputStream(new byte[0])));
        assertThrows(IOException.class, () -> ClaimPriorModel.read(new ByteArrayInputStream(
                "source\tstatement".getBytes(StandardCharsets.UTF_8))));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[] {1, 2, 3, 4, 0, 0, 0, 1});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThrows(IOException.class, () -> ClaimPriorModel.read(new ByteArrayInputStream(gz.toByteArray())));
    }
}
