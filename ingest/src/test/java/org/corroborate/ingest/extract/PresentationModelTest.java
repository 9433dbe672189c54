package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.extract.PresentationModel.Example;
import org.corroborate.ingest.extract.PresentationModel.TrainingOptions;
import org.junit.jupiter.api.Test;

/** Made-up headlines: the model learns what the rules cannot know, such as a corpus reading "could" as asserting. */
class PresentationModelTest {

    private static final PresentationClassifier RULES = PresentationClassifier.withDefaults();
    private static final String[] THINGS = {"bridge", "tower", "museum", "stadium", "harbour", "library", "station",
        "airport", "market", "school"};

    /** Flat headlines asserted, "reportedly" attributed, "hoax" denied, and "could" headlines labelled asserted. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (String t : THINGS) {
            String claim = "The " + t + " will close";
            out.add(new Example("City closes the " + t, claim, "", Presentation.ASSERTED));
            out.add(new Example("The " + t + " reportedly to close", claim, "", Presentation.ATTRIBUTED));
            out.add(new Example("The " + t + " closure is a hoax", claim, "", Presentation.DENIED));
            out.add(new Example("The " + t + " could close for good", claim, "", Presentation.ASSERTED));
        }
        return out;
    }

    @Test
    void learnsWhereTheCorpusDisagreesWithTheRules() {
        PresentationModel m = PresentationModel.train(examples(), RULES, TrainingOptions.DEFAULTS);
        String claim = "The pier will close";
        assertEquals(Presentation.ATTRIBUTED, RULES.classify("The pier could close", "", claim));
        assertEquals(Presentation.ASSERTED, m.classify("The pier could close", "", claim));
        assertEquals(Presentation.ATTRIBUTED, m.classify("The pier reportedly to close", "", claim));
        assertEquals(Presentation.DENIED, m.classify("Pier closure a hoax", "", claim));
        assertEquals(Presentation.ASSERTED, m.classify("City closes the pier", "", claim));
    }

    @Test
    void anOutletsHouseStyleIsLearnedUnlessTurnedOff() {
        List<Example> ex = new ArrayList<>();
        for (String t : THINGS) {
            String claim = "The " + t + " will close";
            ex.add(new Example("City closes the " + t, claim, "https://www.flat.example/news/1",
                    Presentation.ASSERTED));
            ex.add(new Example("City shuts the " + t, claim, "www.careful.example", Presentation.ATTRIBUTED));
        }
        PresentationModel with = PresentationModel.train(ex, RULES, TrainingOptions.DEFAULTS.withOutlets(true));
        assertEquals(Presentation.ATTRIBUTED, with.classify("City shuts the pier", "", "The pier will close",
                "http://careful.example/a"));
        assertEquals(Presentation.ASSERTED, with.classify("City shuts the pier", "", "The pier will close",
                "flat.example"));
        PresentationModel without = PresentationModel.train(ex, RULES, TrainingOptions.DEFAULTS.withOutlets(false));
        assertEquals(without.classify("City shuts the pier", "", "The pier will close", "flat.example"),
                without.classify("City shuts the pier", "", "The pier will close", "careful.example"));
    }

    @Test
    void writtenAndReadBackItClassifiesTheSame() throws IOException {
        PresentationModel m = PresentationModel.train(examples(), RULES, TrainingOptions.DEFAULTS.withOutlets(true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        PresentationModel back = PresentationModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(m.featureCount(), back.featureCount());
        assertEquals(m.trainingOptions().outlets(), back.trainingOptions().outlets());
        for (String h : List.of("The pier could close", "Pier reportedly shut", "Pier closure a hoax", "Pier shut",
                "Is the pier closing?")) {
            assertEquals(m.classify(h, "", "The pier will close"), back.classify(h, "", "The pier will close"), h);
        }
    }

    @Test
    void trainingIsDeterministic() {
        PresentationModel a = PresentationModel.train(examples(), RULES, TrainingOptions.DEFAULTS);
        PresentationModel b = PresentationModel.train(examples(), RULES, TrainingOptions.DEFAULTS);
        for (Presentation p : Presentation.values()) {
            assertEquals(a.strongest(p, 10), b.strongest(p, 10));
        }
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithAReason() {
        IOException e = assertThrows(IOException.class, () -> PresentationModel.read(
                new ByteArrayInputStream("not a model".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a headline stance model"), e.getMessage());
    }

    @Test
    void badTrainingOptionsNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.DEFAULTS.withEpochs(0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.DEFAULTS.withL2(-1));
        assertThrows(IllegalArgumentException.class, () -> PresentationModel.train(List.of(), RULES,
                TrainingOptions.DEFAULTS));
    }

    @Test
    void aBlankHeadlineIsReadFromTheLead() {
        PresentationModel m = PresentationModel.train(examples(), RULES, TrainingOptions.DEFAULTS);
        assertEquals(Presentation.DENIED, m.classify("", "The pier closure is a hoax.", "The pier will close"));
    }

    @Test
    void outletKeysAreHosts() {
        assertEquals("dailymail.co.uk", PresentationModel.outletKey("https://www.dailymail.co.uk/news/a.html"));
        assertEquals("dailymail.co.uk", PresentationModel.outletKey("www.DailyMail.co.uk"));
        assertEquals("Reuters".toLowerCase(java.util.Locale.ROOT), PresentationModel.outletKey("Reuters"));
        assertEquals("", PresentationModel.outletKey(" "));
    }

    @Test
    void theRulesReadingOfAReportKickerIsAFeature() {
        String headline = "Acme will acquire Trail";
        List<String> flat = PresentationModel.features(RULES, TrainingOptions.DEFAULTS, headline, "",
                "https://news.example/acme-will-acquire-trail");
        List<String> kicker = PresentationModel.features(RULES, TrainingOptions.DEFAULTS, headline, "",
                "https://news.example/report-acme-will-acquire-trail");
        assertTrue(flat.contains("rule=ASSERTED") && !flat.contains("cue:reportKicker"), flat.toString());
        assertTrue(kicker.contains("rule=ATTRIBUTED") && kicker.contains("cue:reportKicker"), kicker.toString());
    }

    @Test
    void theRulesReadingOfAFactCheckingSiteIsAFeature() {
        List<String> other = PresentationModel.features(RULES, TrainingOptions.DEFAULTS, "Giant Parrot", "",
                "https://news.example/giant-parrot");
        List<String> checker = PresentationModel.features(RULES, TrainingOptions.DEFAULTS, "Giant Parrot", "",
                "https://www.snopes.com/photos/animals/giantparrot.asp");
        assertTrue(other.contains("rule=ASSERTED") && !other.contains("cue:factChecker"), other.toString());
        assertTrue(checker.contains("rule=ATTRIBUTED") && checker.contains("cue:factChecker"), checker.toString());
    }
}
