package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.WEST;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimPriorTest {

    private static final String DEPLOY = "North Korea has sent thousands of soldiers to Russia to fight in Kursk";

    /**
     * A model from a handful of made-up verdicts: what "NIS" said was mostly refuted, what "western-intelligence"
     * (the id form of the name "Western intelligence") said was mostly confirmed, on the same words.
     */
    private static ClaimPriorModel model() {
        List<LabelledStatement> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new LabelledStatement("NIS", "Troops were moved to the border region " + i, List.of(),
                    i % 6 == 0));
            rows.add(new LabelledStatement("western-intelligence", "Troops were moved to the border region " + i,
                    List.of(), i % 6 != 0));
        }
        return ClaimPriorModel.train(rows, ClaimPriorModel.TrainingOptions.DEFAULTS.withMinCount(2));
    }

    private static Assessment only(Corroborator c, AnnotatedArticle... as) {
        List<Assessment> all = c.score(List.of(as)).assessments();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void theModelsPriorMovesTheProbabilityItsWayAndIsExplained() {
        Corroborator plain = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty());
        Corroborator modelled = plain.withClaimPrior(new ClaimPrior(model(), "verdicts.model"));
        AnnotatedArticle byNis = article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build();
        AnnotatedArticle byWest = article("a", "X", "2025-02-27").says(WEST, DEPLOY, "KP", "RU").build();

        Assessment nisBefore = only(plain, byNis);
        Assessment nisAfter = only(modelled, byNis);
        assertTrue(nisAfter.probability() < nisBefore.probability(), nisAfter.probability() + " vs "
                + nisBefore.probability());
        assertTrue(nisAfter.interval().upper() < nisBefore.interval().upper());
        assertTrue(nisAfter.interval().contains(nisAfter.probability()));
        String line = nisAfter.explanation().get(1);
        assertTrue(line.startsWith("Prior before evidence: 0."), line);
        assertTrue(line.contains("from the claim prior model verdicts.model (the statement; speaker NIS, whose"
                + " record the model holds), in place of the default 0.50"), line);
        // the rest of the explanation is as it was, the prior line added after the claim's
        assertEquals(nisBefore.explanation().size() + 1, nisAfter.explanation().size());
        assertEquals(nisBefore.explanation().get(0), nisAfter.explanation().get(0));
        assertFalse(nisBefore.explanation().stream().anyMatch(l -> l.startsWith("Prior")));

        // "Western intelligence" is known to the model by its id form, as LIAR writes speakers
        Assessment westBefore = only(plain, byWest);
        Assessment westAfter = only(modelled, byWest);
        assertTrue(westAfter.probability() > westBefore.probability(), westAfter.probability() + " vs "
                + westBefore.probability());
        assertTrue(westAfter.explanation().get(1).contains("speaker western-intelligence, whose record the model"
                + " holds"), westAfter.explanation().get(1));
    }

    @Test
    void theEstimateNamesTheSpeakerRoundsThePriorAndKeepsItInside() {
        ClaimPrior prior = new ClaimPrior(model(), "m");
        AnnotatedArticle a = article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build();
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(a));
        ClaimPrior.Estimate e = prior.of(c.assessments().get(0).claim(), java.util.Map.of("a", a.article()));
        assertEquals("NIS", e.speaker());
        assertTrue(e.knownSpeaker());
        assertEquals(e.probability(), Math.round(e.probability() * 1000) / 1000.0, 0);
        assertTrue(e.probability() >= ClaimPrior.STEP && e.probability() <= 1 - ClaimPrior.STEP);
        assertThrows(IllegalArgumentException.class, () -> new ClaimPrior(model(), " "));
    }

    @Test
    void aSpeakerIsKnownByItsSourceIdAsAStoresVerdictTableWritesIt() {
        // review --export-table names the NIS by its registry id, which is neither its name nor that name's id form
        List<LabelledStatement> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new LabelledStatement("kr-nis", "Troops were moved to the border region " + i, List.of(),
                    i % 6 != 0));
            rows.add(new LabelledStatement("ru-government", "Troops were moved to the border region " + i,
                    List.of(), i % 6 == 0));
        }
        ClaimPrior prior = new ClaimPrior(ClaimPriorModel.train(rows,
                ClaimPriorModel.TrainingOptions.DEFAULTS.withMinCount(2)), "m");
        AnnotatedArticle a = article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build();
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(a));
        ClaimPrior.Estimate e = prior.of(c.assessments().get(0).claim(), java.util.Map.of("a", a.article()));
        assertEquals("kr-nis", e.speaker());
        assertTrue(e.knownSpeaker());
        assertTrue(e.probability() > 0.5, "the NIS's record is mostly confirmed: " + e.probability());
    }

    @Test
    void aModelIsReadFromItsFileAndABadFileIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prior.model");
        try (OutputStream os = Files.newOutputStream(file)) {
            model().write(os);
        }
        assertEquals("prior.model", ClaimPrior.read(file).name());
        Path bad = dir.resolve("bad.model");
        Files.writeString(bad, "not a model");
        IOException e = assertThrows(IOException.class, () -> ClaimPrior.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": not a claim prior model"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> ClaimPrior.read(dir.resolve("none")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        // from the file's bytes (as a store keeps them), under the name given: the same model
        ClaimPrior kept = ClaimPrior.read(ClaimPrior.bytes(file), "kept.model");
        assertEquals("kept.model", kept.name());
        assertEquals(ClaimPrior.read(file).model().probability("", "Troops were moved", List.of()),
                kept.model().probability("", "Troops were moved", List.of()));
        IOException notModel = assertThrows(IOException.class, () -> ClaimPrior.read(Files.readAllBytes(bad),
                "kept.model"));
        assertTrue(notModel.getMessage().startsWith("kept.model: not a claim prior model"), notModel.getMessage());
    }
}
