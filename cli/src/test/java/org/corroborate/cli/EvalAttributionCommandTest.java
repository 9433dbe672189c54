package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** eval attribution, train attribution and --model on a handmade two-article brat folder. */
class EvalAttributionCommandTest {

    private static final String TEXT = "Title line.\n\nThe mayor said the bridge was closed.\n";

    private static Path corpus(Path dir) throws IOException {
        Path c = dir.resolve("dev");
        Files.createDirectories(c.resolve("text"));
        Files.createDirectories(c.resolve("attributions"));
        for (String name : new String[] {"a", "b"}) {
            Files.writeString(c.resolve("text/" + name + ".txt"), TEXT, StandardCharsets.UTF_8);
            Files.writeString(c.resolve("attributions/" + name + "_x1.ann"), String.join("\n",
                    "T1\tSource 13 22\tThe mayor", "T2\tCue 23 27\tsaid", "T3\tContent 28 50\tthe bridge was closed",
                    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3", ""), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("metadata.tsv"), "compartment\tfilename\twire\ndev\ta\tNone\ndev\tb\tAP\n",
                StandardCharsets.UTF_8);
        return c;
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(expectedExit, cl.execute(args), out.toString());
        return out.toString();
    }

    @Test
    void rulesScorePerfectlyOnASimpleSentenceAndWireIsScored(@TempDir Path dir) throws IOException {
        String out = run(0, "eval", "attribution", corpus(dir).toString());
        assertTrue(out.contains("documents: 2"), out);
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        assertTrue(out.contains("wire: accuracy 0.500 (1/2"), out);
    }

    @Test
    void agreementScoresTheAnnotatorsAgainstEachOtherAndTheExtractorAgainstEach(@TempDir Path dir)
            throws IOException {
        Path c = corpus(dir);
        String none = run(0, "eval", "attribution", c.toString(), "--agreement");
        assertTrue(none.contains("agreement: 0 articles with several annotators"), none);
        // a second annotator of article a: the same source and cue, no content
        Files.writeString(c.resolve("attributions/a_x2.ann"), String.join("\n", "T1\tSource 13 22\tThe mayor",
                "T2\tCue 23 27\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2", ""), StandardCharsets.UTF_8);
        String out = run(0, "eval", "attribution", c.toString(), "--agreement");
        assertTrue(out.contains("documents: 2 (one annotator each"), out);
        assertTrue(out.contains("agreement: 1 articles with several annotators (2 annotations)"), out);
        // x1 against x2 and x2 against x1: sources and cues agree; x1's content is missed by x2 and spurious
        // against x2, and so are the relations (one has a content, the other none)
        assertTrue(out.matches("(?s).*another annotator\\s+1\\.000 \\(1\\.000/1\\.000\\)\\s+1\\.000 \\(1\\.000/1\\.000\\)"
                + "\\s+0\\.000 \\(\\.000/\\.000\\)\\s+0\\.000 \\(\\.000/\\.000\\).*"), out);
        // the rules find x1's attribution: right against x1; against x2 its content and relation are spurious
        assertTrue(out.matches("(?s).*extractor\\s+1\\.000 \\(1\\.000/1\\.000\\)\\s+1\\.000 \\(1\\.000/1\\.000\\)"
                + "\\s+0\\.667 \\(\\.500/1\\.000\\)\\s+0\\.500 \\(\\.500/\\.500\\).*"), out);
    }

    @Test
    void aTrainedModelIsUsedWithModel(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("m.model");
        String trained = run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "3");
        assertTrue(trained.contains("trained the tagger on 2 documents"), trained);
        assertTrue(trained.contains("trained the cue-to-source linker on"), trained);
        assertTrue(trained.contains("4 folds, two stages"), trained);
        // the two documents share one text, too short for any word class
        assertTrue(trained.contains("learnt word classes of 0 words from 1 texts"), trained);
        run(1, "train", "attribution", c.toString(), "--out", dir.resolve("m2.model").toString(), "--epochs", "1",
                "--cluster-text", dir.resolve("missing.txt").toString());
        String out = run(0, "eval", "attribution", c.toString(), "--model", model.toString());
        assertTrue(out.contains("extractor: model m.model"), out);
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        // taggers voting with it (here itself twice) tag as it does; a voter needs a model to vote with
        String voted = run(0, "eval", "attribution", c.toString(), "--model", model.toString(), "--vote-model",
                model.toString(), "--vote-model", model.toString());
        assertTrue(voted.contains("extractor: model m.model with 2 voting"), voted);
        assertTrue(voted.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), voted);
        run(2, "eval", "attribution", c.toString(), "--vote-model", model.toString());
    }

    @Test
    void aLinkerIsAddedToAKeptTaggerWithBase(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path plain = dir.resolve("plain.model");
        String trained = run(0, "train", "attribution", c.toString(), "--out", plain.toString(), "--epochs", "3",
                "--folds", "0", "--no-linker");
        assertTrue(!trained.contains("linker"), trained);
        Path linked = dir.resolve("linked.model");
        String added = run(0, "train", "attribution", c.toString(), "--out", linked.toString(), "--epochs", "3",
                "--base", plain.toString(), "--link-margin", "2.5");
        assertTrue(added.contains("kept the tagger of " + plain), added);
        assertTrue(added.contains("trained the cue-to-source linker on") && added.contains("margin 2.5"), added);
        String out = run(0, "eval", "attribution", c.toString(), "--model", linked.toString());
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        run(2, "train", "attribution", c.toString(), "--out", linked.toString(), "--base", plain.toString(),
                "--no-linker");
        run(1, "train", "attribution", c.toString(), "--out", linked.toString(), "--base",
                dir.resolve("missing.model").toString());
    }

    @Test
    void aOneStageModelAndBadFoldsToo(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("one.model");
        String trained = run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "3",
                "--folds", "0");
        assertTrue(trained.contains("one stage"), trained);
        String out = run(0, "eval", "attribution", c.toString(), "--model", model.toString());
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        run(2, "train", "attribution", c.toString(), "--out", model.toString(), "--folds", "1");
    }

    @Test
    void heldOutFiguresAfterEachEpochAndModelsSaved(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("m.model");
        String trained = run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "2",
                "--folds", "2", "--second-epochs", "3", "--held-out", c.toString(), "--save-epochs", "1,3");
        assertTrue(trained.contains("2 + 3 epochs, 2 folds, two stages"), trained);
        for (String row : new String[] {"held-out 1  1 ", "held-out 1  2 ", "held-out 2  1 ", "held-out 2  3 "}) {
            assertTrue(trained.contains(row), trained);
        }
        assertTrue(trained.contains("held-out 2  3 1.000 1.000 1.000 1.000"), trained);
        assertTrue(Files.isRegularFile(dir.resolve("m.e1.model")), trained);
        assertEquals(-1L, Files.mismatch(dir.resolve("m.e3.model"), model), "the last epoch's model is the model");
        assertEquals(dir.resolve("x.e5"), TrainAttributionCommand.epochPath(dir.resolve("x"), 5));
        run(2, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "2",
                "--save-epochs", "3");
        run(1, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "2",
                "--held-out", dir.resolve("missing").toString());
    }

    @Test
    void theRulesCuesAsFeatures(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("cues.model");
        run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "3", "--folds", "0",
                "--rule-cues");
        String out = run(0, "eval", "attribution", c.toString(), "--model", model.toString());
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        run(2, "train", "attribution", c.toString(), "--out", model.toString(), "--rule-cues", "--rule-features");
    }

    @Test
    void partsOfSpeechAsFeatures(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("pos.model");
        run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "3", "--folds", "0",
                "--pos");
        String out = run(0, "eval", "attribution", c.toString(), "--model", model.toString());
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
        run(2, "train", "attribution", c.toString(), "--out", dir.resolve("kept.model").toString(), "--base",
                model.toString(), "--pos");
    }

    @Test
    void contextFeaturesWithPartsOfSpeechOnly(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Path model = dir.resolve("ctx.model");
        run(2, "train", "attribution", c.toString(), "--out", model.toString(), "--context");
        run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "3", "--folds", "0",
                "--pos", "--context");
        String out = run(0, "eval", "attribution", c.toString(), "--model", model.toString());
        assertTrue(out.matches("(?s).*cue overlap\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), out);
    }

    @Test
    void allAnnotatorsAddsTheOtherAnnotationsOfAMultiAnnotatedText(@TempDir Path dir) throws IOException {
        Path c = corpus(dir);
        Files.writeString(c.resolve("attributions/a_x2.ann"), String.join("\n", "T1\tSource 13 22\tThe mayor",
                "T2\tCue 23 27\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2", ""), StandardCharsets.UTF_8);
        Path model = dir.resolve("all.model");
        String first = run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "2",
                "--folds", "0", "--no-clusters");
        assertTrue(first.contains("trained the tagger on 2 documents"), first);
        String all = run(0, "train", "attribution", c.toString(), "--out", model.toString(), "--epochs", "2",
                "--folds", "0", "--no-clusters", "--all-annotators");
        assertTrue(all.contains("trained the tagger on 3 documents"), all);
        assertTrue(all.contains("on 3 relations"), all);
        run(2, "train", "attribution", c.toString(), "--out", dir.resolve("kept.model").toString(), "--base",
                model.toString(), "--all-annotators");
    }

    @Test
    void stanceOnATinyCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("e.csv");
        Files.writeString(csv, ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
                + "0,A man bit a dog,Man bites dog,for,a1,c1\n"
                + "1,A man bit a dog,\"Man reportedly bit a dog, police say\",observing,a2,c1\n"
                + "2,A man bit a dog,Dog-biting story is a hoax,against,a3,c2\n", StandardCharsets.UTF_8);
        String out = run(0, "eval", "stance", csv.toString(), "--folds", "2");
        assertTrue(out.contains("accuracy 1.000 (3/3)"), out);
    }

    @Test
    void aFolderWithoutTheLayoutFails(@TempDir Path dir) {
        run(1, "eval", "attribution", dir.toString());
    }
}
