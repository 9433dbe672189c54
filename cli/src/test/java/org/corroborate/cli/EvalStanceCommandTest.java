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

class EvalStanceCommandTest {

    @Test
    void everyNthClaimIsHeldOutAsDev(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("e.csv");
        Files.writeString(csv, ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
                + "0,A man bit a dog,Man bites dog,for,a1,c1\n"
                + "1,A man bit a dog,\"Man reportedly bit a dog, police say\",observing,a2,c1\n"
                + "2,A cat flew,Flying cat story is a hoax,against,a3,c2\n"
                + "3,A cat flew,Cat flies,observing,a4,c2\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalStanceCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(csv.toString(), "--folds", "0", "--dev-every", "2");
        assertEquals(0, code, out.toString());
        String s = out.toString();
        assertTrue(s.contains("every 2nd held out as dev): 1 claims in dev"), s);
        assertTrue(s.contains("train default options: accuracy 1.000 (2/2)"), s);
        assertTrue(s.contains("dev   default options: accuracy 0.500 (1/2)"), s);
        assertTrue(!s.contains("interval"), s);
    }

    @Test
    void bootstrapGivesAnIntervalByClaimForEachPart(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalStanceCommand());
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute(csv.toString(), "--folds", "0", "--dev-every", "3", "--model-folds", "2",
                "--bootstrap", "100"), out.toString());
        String s = out.toString();
        // every claim alike (3 of 4 right by the rules), so every resample gives 0.750
        assertTrue(s.contains("95% interval by claim [0.750, 0.750] (100 resamples of 4 claims)"), s);
        assertTrue(s.contains("95% interval by claim [0.750, 0.750] (100 resamples of 2 claims)"), s);
        assertTrue(s.contains("difference from the rules"), s);
    }

    /** Two claims a line each for "could" (labelled for, as some corpora do), flat, reported and debunked headlines. */
    private static Path smallCorpus(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId,"
                + "url\n");
        String[] things = {"bridge", "tower", "museum", "stadium", "harbour", "library"};
        int n = 0;
        for (String t : things) {
            String claim = "The " + t + " will close";
            csv.append(n++).append(',').append(claim).append(",City closes the ").append(t).append(",for,a").append(n)
                    .append(",c").append(t).append(",https://www.flat.example/").append(n).append('\n');
            csv.append(n++).append(',').append(claim).append(",The ").append(t).append(" could close for good,for,a")
                    .append(n).append(",c").append(t).append(",https://flat.example/").append(n).append('\n');
            csv.append(n++).append(',').append(claim).append(",The ").append(t).append(" reportedly to close,observing,a")
                    .append(n).append(",c").append(t).append(",https://flat.example/").append(n).append('\n');
            csv.append(n++).append(',').append(claim).append(",").append(t).append(" closure is a hoax,against,a")
                    .append(n).append(",c").append(t).append(",https://flat.example/").append(n).append('\n');
        }
        Path file = dir.resolve("small.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTrainedModelIsScoredBesideTheRulesAndLeavesTheDevClaimsOut(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        Path model = dir.resolve("stance.model");
        StringWriter trained = new StringWriter();
        CommandLine train = new CommandLine(new TrainStanceCommand());
        train.setOut(new PrintWriter(trained));
        assertEquals(0, train.execute(csv.toString(), "--out", model.toString(), "--dev-every", "3"),
                trained.toString());
        assertTrue(trained.toString().contains("trained on 16 headlines of 4 claims (2 claims left out as dev)"),
                trained.toString());
        StringWriter out = new StringWriter();
        CommandLine eval = new CommandLine(new EvalStanceCommand());
        eval.setOut(new PrintWriter(out));
        assertEquals(0, eval.execute(csv.toString(), "--folds", "0", "--dev-every", "3", "--stance-model",
                model.toString()), out.toString());
        String s = out.toString();
        // the rules read "could" as a hedge (3 of 4 right per claim); the model learned that it is not
        assertTrue(s.contains("default options Options"), s);
        assertTrue(s.contains("accuracy 0.750 (18/24)"), s);
        assertTrue(s.contains("dev   model: accuracy 1.000 (8/8)"), s);
    }

    @Test
    void crossValidatingAModelReadsOnlyTheTrainPart(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        StringWriter out = new StringWriter();
        CommandLine eval = new CommandLine(new EvalStanceCommand());
        eval.setOut(new PrintWriter(out));
        assertEquals(0, eval.execute(csv.toString(), "--folds", "0", "--dev-every", "3", "--model-folds", "2"),
                out.toString());
        assertTrue(out.toString().contains("model 2-fold cross-validation on the train part"), out.toString());
        assertTrue(out.toString().contains("(16/16); rules on the same headlines 0.750 (12)"), out.toString());
    }

    @Test
    void theCrossValidatedModelsMissesAreWrittenForTheTrainPartOnly(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        // a flat headline labelled observing in a train claim and one in a dev claim (every 3rd: museum, library)
        Files.writeString(csv, "90,The bridge will close,Bridge shut for a week,observing,a90,cbridge,"
                + "https://flat.example/90\n91,The museum will close,Museum shut for a week,observing,a91,cmuseum,"
                + "https://flat.example/91\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path misses = dir.resolve("misses.tsv");
        StringWriter out = new StringWriter();
        CommandLine eval = new CommandLine(new EvalStanceCommand());
        eval.setOut(new PrintWriter(out));
        assertEquals(0, eval.execute(csv.toString(), "--folds", "0", "--dev-every", "3", "--model-folds", "2",
                "--model-misses", misses.toString()), out.toString());
        java.util.List<String> lines = Files.readAllLines(misses, StandardCharsets.UTF_8);
        assertEquals("gold\tpredicted\trules\tclaim\theadline", lines.get(0));
        assertTrue(lines.contains("observing\tfor\tfor\tThe bridge will close\tBridge shut for a week"),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("museum") || l.contains("library")), lines.toString());
    }

    @Test
    void modelMissesWithoutModelFoldsIsAUsageError(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        StringWriter err = new StringWriter();
        CommandLine eval = new CommandLine(new EvalStanceCommand());
        eval.setErr(new PrintWriter(err));
        assertEquals(2, eval.execute(csv.toString(), "--model-misses", dir.resolve("m.tsv").toString()));
        assertTrue(err.toString().contains("--model-folds"), err.toString());
    }

    @Test
    void aFileThatIsNoModelIsAFailureNamingIt(@TempDir Path dir) throws IOException {
        Path csv = smallCorpus(dir);
        Path bad = dir.resolve("bad.model");
        Files.writeString(bad, "nonsense", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine eval = new CommandLine(new EvalStanceCommand());
        eval.setErr(new PrintWriter(err));
        assertEquals(1, eval.execute(csv.toString(), "--stance-model", bad.toString()));
        assertTrue(err.toString().contains("bad.model"), err.toString());
    }
}
