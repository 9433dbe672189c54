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
import org.corroborate.scoring.ScoringConfig;
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
