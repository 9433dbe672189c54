package org.corroborate.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract between the engines: the local engine and Spark ({@code local[2]}) give byte-identical reports for
 * the same inputs and settings, {@code report.json} first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineContractTest {

    /** As {@code --as-of 2025-03-01T00:00:00Z} gives it (both commands normalise it alike). */
    private static final String AS_OF = "2025-03-01T00:00Z";
    /** The repository's examples, from this module's folder (where Maven runs the tests). */
    private static final String EXAMPLES = Path.of("..", "examples").toString();

    private static SparkSession session;
    private static JavaSparkContext spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        session = SparkSession.builder().master("local[2]").appName("engine-contract")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    @AfterAll
    static void stop() {
        session.stop();
    }

    /** Every report file of a result, by name. */
    private static Map<String, String> reports(Pipeline.Result r, List<String> inputs) throws IOException {
        ReportInput report = new ReportInput(r.corroboration(), r.ingest(), r.diagnostics().list(), inputs, AS_OF,
                r.abridged());
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ReportFiles.NAMES) {
            StringWriter w = new StringWriter();
            ReportFiles.content(report, name).writeTo(w);
            out.put(name, w.toString());
        }
        return out;
    }

    private static Pipeline.Result local(List<String> inputs, int fullText, List<TrackedClaim> tracked) {
        return new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(), ScoringConfig.DEFAULTS, 2,
                fullText).run(inputs, new ByteArrayInputStream(new byte[0]), TrackRecords.empty(), tracked);
    }

    private static Pipeline.Result onSpark(List<String> inputs, int fullText, List<TrackedClaim> tracked) {
        return new SparkEngine(spark, ReadOptions.DEFAULTS, ExtractorSettings.BUILT_IN, ScoringConfig.DEFAULTS,
                fullText).run(inputs, TrackRecords.empty(), tracked);
    }

    private static void assertSameReports(Pipeline.Result local, Pipeline.Result spark, List<String> inputs)
            throws IOException {
        Map<String, String> expected = reports(local, inputs);
        Map<String, String> actual = reports(spark, inputs);
        for (String name : ReportFiles.NAMES) {
            assertEquals(expected.get(name), actual.get(name), name + " differs between the engines");
        }
    }

    @Test
    void examplesGiveByteIdenticalReports() throws IOException {
        List<String> inputs = List.of(EXAMPLES);
        Pipeline.Result local = local(inputs, Pipeline.FULL_TEXT_ARTICLES, List.of());
        Pipeline.Result spark = onSpark(inputs, Pipeline.FULL_TEXT_ARTICLES, List.of());
        assertFalse(local.corroboration().assessments().isEmpty());
        assertTrue(local.diagnostics().list().stream().anyMatch(d -> d.kind().equals("skipped")),
                "the README in examples/ is skipped with a warning");
        assertSameReports(local, spark, inputs);
    }

    @Test
    void generatedCorpusGivesByteIdenticalReports() throws IOException {
        Path dir = TestCorpus.write(tmp.resolve("generated"), 300, 7, 6, true);
        List<String> inputs = List.of(dir.toString(), tmp.resolve("missing.jsonl").toString());
        Pipeline.Result local = local(inputs, Pipeline.FULL_TEXT_ARTICLES, List.of());
        Pipeline.Result spark = onSpark(inputs, Pipeline.FULL_TEXT_ARTICLES, List.of());
        assertFalse(local.abridged());
        assertTrue(local.diagnostics().list().stream().anyMatch(d -> d.kind().equals("duplicate")
                && d.location().file().endsWith("part-00005.jsonl")), "the line repeated across files");
        assertTrue(local.ingest().errors() >= 2, "the broken line and the missing file: " + local.ingest());
        assertFalse(local.corroboration().assessments().isEmpty());
        assertSameReports(local, spark, inputs);
    }

    @Test
    void abridgedRunGivesByteIdenticalReports() throws IOException {
        Path dir = TestCorpus.write(tmp.resolve("abridged"), 200, 11, 5, false);
        List<String> inputs = List.of(dir.toString());
        List<TrackedClaim> tracked = List.of(new TrackedClaim("troops", "North Korea has sent soldiers",
                List.of("KP")));
        Pipeline.Result local = local(inputs, 50, tracked);
        Pipeline.Result spark = onSpark(inputs, 50, tracked);
        assertTrue(local.abridged());
        assertTrue(spark.abridged());
        assertSameReports(local, spark, inputs);
    }

    /**
     * With a claim prior model (trained here from a small table written by the test, so the case needs no data
     * outside the repository), Spark scores on the driver as the local engine does: the same reports, byte for byte,
     * and different from the reports without the model.
     */
    @Test
    void claimPriorGivesByteIdenticalReports() throws IOException {
        Path table = tmp.resolve("judged.tsv");
        StringBuilder tsv = new StringBuilder("source\tstatement\tverdict\n");
        for (int i = 0; i < 10; i++) {
            tsv.append("channel-").append(i % 3).append("\tNorth Korea has sent soldiers to Russia\tfalse\n");
            tsv.append("ministry-").append(i % 3).append("\tExports rose 3 percent in March\ttrue\n");
        }
        Files.writeString(table, tsv, StandardCharsets.UTF_8);
        List<LabelledStatement> judged = new ArrayList<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8).subList(1, 21)) {
            String[] cells = line.split("\t");
            judged.add(new LabelledStatement(cells[0], cells[1], List.of(), cells[2].equals("true")));
        }
        Path file = tmp.resolve("judged.model");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            ClaimPriorModel.train(judged, ClaimPriorModel.TrainingOptions.DEFAULTS.withMinCount(2)).write(out);
        }
        ClaimPrior prior = ClaimPrior.read(file);
        List<String> inputs = List.of(EXAMPLES);
        Pipeline.Result without = local(inputs, Pipeline.FULL_TEXT_ARTICLES, List.of());
        Pipeline.Result local = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 2, Pipeline.FULL_TEXT_ARTICLES).withClaimPrior(prior)
                .run(inputs, new ByteArrayInputStream(new byte[0]), TrackRecords.empty(), List.of());
        Pipeline.Result spark = new SparkEngine(EngineContractTest.spark, ReadOptions.DEFAULTS,
                ExtractorSettings.BUILT_IN, ScoringConfig.DEFAULTS, Pipeline.FULL_TEXT_ARTICLES).withClaimPrior(prior)
                .run(inputs, TrackRecords.empty(), List.of());
        assertSameReports(local, spark, inputs);
        // the prior took effect: every explanation names the model, and the soldiers' claims, which the model
        // judges unlikely before evidence, lose probability
        Map<String, Double> before = new LinkedHashMap<>();
        without.corroboration().assessments().forEach(a -> before.put(a.claim().id(), a.probability()));
        int lower = 0;
        for (org.corroborate.core.Assessment a : local.corroboration().assessments()) {
            assertTrue(String.join("\n", a.explanation()).contains("from the claim prior model"
                    + " judged.model"), a.claim().statement());
            if (a.claim().statement().contains("soldiers") && a.probability() < before.get(a.claim().id())) {
                lower++;
            }
        }
        assertTrue(lower > 0, "no soldiers' claim lost probability with the model");
        assertFalse(reports(without, inputs).get("report.json").equals(reports(local, inputs).get("report.json")));
    }

    /** Last: the command stops the session it finds, as spark-submit's job ends. */
    @Test
    @Order(Integer.MAX_VALUE)
    void commandWritesEveryReportFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = SparkMain.run(new String[] {"--master", "local[2]", "--as-of", "2025-03-01T00:00:00Z", "--out",
            out.toString(), Path.of("..", "examples").toString()}, new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        for (String name : ReportFiles.NAMES) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        String examples = Path.of("..", "examples").toString();
        assertEquals(reports(local(List.of(examples), Pipeline.FULL_TEXT_ARTICLES, List.of()), List.of(examples))
                .get("report.json"), Files.readString(out.resolve("report.json")));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("Wrote report.json"));
    }
}
