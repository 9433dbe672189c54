package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void corpus() throws IOException {
        corpus(dir.resolve("in"));
    }

    /** The seed article and a relay of it, both published in 2025-W09, into the folder {@code in}. */
    static void corpus(Path in) throws IOException {
        Files.createDirectories(in);
        Files.copy(SeedArticleAcceptanceTest.SEED, in.resolve("seed.txt"));
        Files.writeString(in.resolve("more.jsonl"), "{\"id\":\"m1\",\"outlet\":\"Harbor Daily\",\"published\":"
                + "\"2025-02-28\",\"title\":\"Yonhap: more troops\",\"body\":\"North Korea has sent about 3,000 more"
                + " soldiers to Russia, Yonhap reported, citing a South Korean military official.\"}\n",
                StandardCharsets.UTF_8);
    }

    /**
     * A table of judged statements for {@code train claim-prior} ({@code --min-count 2}) that makes a model doubt
     * that North Korea sent soldiers to Russia.
     */
    static String judgedTable() {
        StringBuilder tsv = new StringBuilder("source\tstatement\tverdict\n");
        for (int i = 0; i < 10; i++) {
            tsv.append("channel-").append(i % 3).append("\tNorth Korea has sent soldiers to Russia\tfalse\n");
            tsv.append("ministry-").append(i % 3).append("\tExports rose 3 percent in March\ttrue\n");
        }
        return tsv.toString();
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesBothReportsAndSaysWhere() throws IOException {
        Path o = dir.resolve("out");
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", o.toString()), err.toString());
        assertTrue(Files.size(o.resolve("report.html")) > 1000);
        assertTrue(Files.size(o.resolve("report.json")) > 1000);
        assertTrue(out.toString().contains(o.resolve("report.html").toString()), out.toString());
        assertTrue(err.toString().contains("2 files, 2 articles"), err.toString());
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndAnExtensionNamesItsFormat() throws IOException {
        Path o = dir.resolve("out");
        assertEquals(2, run("run", dir.resolve("in").toString(), "--format", "docx", "--out", o.toString()));
        assertTrue(err.toString().contains("Unknown input format 'docx'"), err.toString());
        assertTrue(Files.notExists(o.resolve("report.json")), "nothing is run on a usage error");
        err.getBuffer().setLength(0);
        assertEquals(0, run("run", dir.resolve("in").toString(), "--format", "TXT", "--out", o.toString()),
                err.toString());
    }

    @Test
    void theLineAndDepthLimitsAreTheOnesGiven() throws IOException {
        Path o = dir.resolve("out");
        Files.writeString(dir.resolve("in/nested.jsonl"), "{\"id\":\"n1\",\"body\":\"Seoul said it.\",\"x\":[[[[1]]]]}\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", o.toString()), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("run", dir.resolve("in").toString(), "--max-depth", "3", "--out", o.toString()));
        assertTrue(err.toString().contains(dir.resolve("in/nested.jsonl") + ":1:"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("run", dir.resolve("in").toString(), "--max-line-chars", "40", "--out", o.toString()));
        assertTrue(err.toString().contains("over the limit of 40 chars"), err.toString());
    }

    @Test
    void diagnosticsPastTheFiftiethAreCountedAndSaidWhereTheyAreKept() throws IOException {
        Files.writeString(dir.resolve("in/broken.jsonl"), "{oops\n".repeat(53), StandardCharsets.UTF_8);
        Path o = dir.resolve("out");
        assertEquals(1, run("run", dir.resolve("in").toString(), "--out", o.toString()));
        assertTrue(err.toString().contains("... 3 more diagnostics (all are in report.json)"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("extract", dir.resolve("in").toString()));
        assertTrue(err.toString().contains("... 3 more diagnostics\n"), err.toString());
        assertTrue(!err.toString().contains("report.json"), "extract writes no report.json: " + err);
    }

    @Test
    void aCountOrLimitBelowOneIsAUsageError() {
        Path o = dir.resolve("out");
        for (String[] bad : new String[][] {{"--threads", "0"}, {"--threads", "-3"}, {"--max-body-chars", "-1"},
                {"--max-file-bytes", "0"}, {"--max-line-chars", "0"}, {"--max-depth", "-2"}, {"--threads", "two"}}) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("run", dir.resolve("in").toString(), bad[0], bad[1], "--out", o.toString()),
                    String.join(" ", bad));
            assertTrue(err.toString().startsWith("Invalid value for option '" + bad[0] + "'"), err.toString());
        }
        assertTrue(Files.notExists(o.resolve("report.json")), "nothing is run on a usage error");
    }

    @Test
    void badInputIsNamedTheRestIsReportedAndTheExitCodeSaysSo() throws IOException {
        Files.writeString(dir.resolve("in/broken.jsonl"), "{\"id\":\"b1\",\"body\":\"Seoul said it.\"}\n{oops\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("in/blob.txt"), new byte[] {0, 1, 2, 3, 0});
        Files.writeString(dir.resolve("in/empty.jsonl"), "");
        Path o = dir.resolve("out");
        assertEquals(1, run("run", dir.resolve("in").toString(), dir.resolve("nope").toString(), "--out",
                o.toString()));
        String e = err.toString();
        assertTrue(e.contains(dir.resolve("in/broken.jsonl") + ":2:1: error [invalid-json]"), e);
        assertTrue(e.contains(dir.resolve("in/blob.txt") + ": error [unknown-format]"), e);
        assertTrue(e.contains(dir.resolve("in/empty.jsonl") + ": error [empty]"), e);
        assertTrue(e.contains(dir.resolve("nope") + ": error [unreadable]"), e);
        assertTrue(Files.readString(o.resolve("report.json")).contains("\"b1\""), "the rest of the batch is reported");
    }

    /**
     * The same inputs and {@code --as-of} give byte-identical reports whatever the thread count, the default locale
     * (Turkish, whose dotless i breaks naive case mapping; German and Arabic number formats) and the default time
     * zone.
     */
    @Test
    void sameInputsAndTimeGiveIdenticalReportsWhateverTheThreadsLocaleAndTimeZone() throws IOException {
        Files.writeString(dir.resolve("in/istanbul.jsonl"), "{\"id\":\"TR-1\",\"outlet\":\"ISTANBUL İzmir Daily\","
                + "\"published\":\"2025-02-28T23:30:00+03:00\",\"title\":\"TITLE WITH I AND İ\",\"body\":\"Officials"
                + " in ISTANBUL said on Friday that about 1,500.5 tonnes of aid had arrived, the Interior Ministry"
                + " said.\"}\n", StandardCharsets.UTF_8);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Object[][] settings = {
            {Locale.ROOT, "UTC", "1"},
            {Locale.forLanguageTag("tr-TR"), "Europe/Istanbul", "3"},
            {Locale.GERMANY, "America/Los_Angeles", "2"},
            {Locale.forLanguageTag("ar-SA-u-nu-arab"), "Pacific/Kiritimati", "1"},
            {Locale.forLanguageTag("hi-IN"), "Asia/Kolkata", "4"},
        };
        byte[] json = null;
        byte[] html = null;
        try {
            for (Object[] s : settings) {
                Locale.setDefault((Locale) s[0]);
                TimeZone.setDefault(TimeZone.getTimeZone((String) s[1]));
                Path o = dir.resolve("out-" + s[0] + "-" + s[2]);
                assertEquals(0, run("run", dir.resolve("in").toString(), "--out", o.toString(), "--as-of",
                        "2025-03-01T00:00:00Z", "--threads", (String) s[2]), err.toString());
                byte[] j = Files.readAllBytes(o.resolve("report.json"));
                byte[] h = Files.readAllBytes(o.resolve("report.html"));
                if (json == null) {
                    json = j;
                    html = h;
                } else {
                    assertArrayEquals(json, j, "report.json under " + java.util.Arrays.toString(s));
                    assertArrayEquals(html, h, "report.html under " + java.util.Arrays.toString(s));
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("TR-1"), "the Turkish article is reported");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("run"));
        assertEquals(2, run("run", "--no-such-option", "x"));
        assertEquals(2, run());
        assertEquals(2, run("run", dir.resolve("in").toString(), "--as-of", "yesterday"));
    }

    @Test
    void nothingReadableIsAFailure() throws IOException {
        Files.createDirectories(dir.resolve("void"));
        assertEquals(1, run("run", dir.resolve("void").toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("nothing to report"), err.toString());
    }

    @Test
    void extractPrintsOneJsonObjectPerArticle() {
        assertEquals(0, run("extract", dir.resolve("in").toString()));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains("\"attributions\":["), lines[1]);
        assertTrue(lines[1].contains("\"canonical\":\"National Intelligence Service (South Korea)\""), lines[1]);
    }

    @Test
    void extractTellsThePresentationWithAStanceModelWhenGivenOne() throws IOException {
        // a model that has only ever seen denials says DENIED whatever the rules say
        java.util.List<org.corroborate.ingest.extract.PresentationModel.Example> ex = new java.util.ArrayList<>();
        for (String h : new String[] {"Bridge story false", "No bridge was closed", "Bridge closure a hoax"}) {
            ex.add(new org.corroborate.ingest.extract.PresentationModel.Example(h, "", "",
                    org.corroborate.ingest.extract.Presentation.DENIED));
        }
        Path model = dir.resolve("stance.model");
        try (var os = Files.newOutputStream(model)) {
            org.corroborate.ingest.extract.PresentationModel.train(ex,
                    org.corroborate.ingest.extract.PresentationClassifier.withDefaults(),
                    org.corroborate.ingest.extract.PresentationModel.TrainingOptions.DEFAULTS).write(os);
        }
        assertEquals(0, run("extract", dir.resolve("in").toString()));
        assertTrue(!out.toString().contains("\"presentation\":\"DENIED\""), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("extract", dir.resolve("in").toString(), "--stance-model", model.toString()));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            assertTrue(line.contains("\"presentation\":\"DENIED\""), line);
        }
        assertEquals(2, run("extract", dir.resolve("in").toString(), "--stance-model",
                dir.resolve("in/more.jsonl").toString()));
        assertTrue(err.toString().contains("cannot read the model"), err.toString());
    }

    @Test
    void trackedClaimsFromAFileAndBadOnesNamed() throws IOException {
        Files.writeString(dir.resolve("claims.csv"), "id,statement,parties\ntroops,North Korea has sent soldiers to"
                + " Russia,KP;RU\n", StandardCharsets.UTF_8);
        Path o = dir.resolve("out");
        assertEquals(0, run("run", dir.resolve("in").toString(), "--claims", dir.resolve("claims.csv").toString(),
                "--out", o.toString()), err.toString());
        assertTrue(Files.readString(o.resolve("report.json")).contains("\"id\" : \"troops\""));
        Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"statement\":\"s\",\"parties\":[\"Korea\"]}\n");
        assertEquals(2, run("run", dir.resolve("in").toString(), "--claims", dir.resolve("bad.jsonl").toString()));
        assertTrue(err.toString().contains("bad.jsonl:1:"), err.toString());
    }

    @Test
    void priorsByKindFromTheCommandLine() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", a.toString(), "--as-of",
                "2025-03-01T00:00:00Z"), err.toString());
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", b.toString(), "--as-of",
                "2025-03-01T00:00:00Z", "--prior", "intelligence_agency=19,1"), err.toString());
        assertTrue(!Files.readString(a.resolve("report.json")).equals(Files.readString(b.resolve("report.json"))),
                "a stronger intelligence prior changes the scores");
        assertTrue(Files.readString(b.resolve("report.json")).contains("\"reliability\" : 0.95"));
        assertEquals(2, run("run", dir.resolve("in").toString(), "--prior", "state_media=0,7"));
        assertEquals(2, run("run", dir.resolve("in").toString(), "--prior", "gossip=1,1"));
    }

    /**
     * A claim prior model trained here from made-up verdicts (statements of soldiers sent to Russia refuted,
     * statements of exports confirmed) lowers every claim about soldiers, and each explanation says so, in both
     * reports; a file that is no model is a usage error naming it.
     */
    @Test
    void aClaimPriorModelGivesEachClaimItsPriorAndTheExplanationSaysIt() throws IOException {
        Path table = dir.resolve("verdicts.tsv");
        Files.writeString(table, judgedTable(), StandardCharsets.UTF_8);
        Path model = dir.resolve("words.model");
        assertEquals(0, run("train", "claim-prior", table.toString(), "--out", model.toString(), "--min-count", "2"),
                err.toString());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", a.toString(), "--as-of",
                "2025-03-01T00:00:00Z"), err.toString());
        assertEquals(0, run("run", dir.resolve("in").toString(), "--out", b.toString(), "--as-of",
                "2025-03-01T00:00:00Z", "--claim-prior", model.toString()), err.toString());
        com.fasterxml.jackson.databind.JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(a.resolve("report.json").toFile()).get("claims");
        com.fasterxml.jackson.databind.JsonNode after = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(b.resolve("report.json").toFile()).get("claims");
        java.util.Map<String, Double> was = new java.util.HashMap<>();
        before.forEach(c -> was.put(c.get("id").asText(), c.get("probability").asDouble()));
        int soldiers = 0;
        for (com.fasterxml.jackson.databind.JsonNode c : after) {
            String explanation = c.get("explanation").toString();
            assertTrue(explanation.contains("Prior before evidence: ") && explanation.contains("from the claim prior"
                    + " model words.model"), explanation);
            if (c.get("statement").asText().contains("soldiers")) {
                soldiers++;
                assertTrue(c.get("probability").asDouble() < was.get(c.get("id").asText()), c.toString());
            }
        }
        assertTrue(soldiers > 0, after.toString());
        assertTrue(Files.readString(b.resolve("report.html")).contains("from the claim prior model words.model"));
        assertTrue(before.toString().indexOf("Prior before evidence") < 0);

        Path bad = dir.resolve("bad.model");
        Files.writeString(bad, "no model here");
        assertEquals(2, run("run", dir.resolve("in").toString(), "--out", dir.resolve("c").toString(),
                "--claim-prior", bad.toString()));
        assertTrue(err.toString().contains("--claim-prior " + bad + ": not a claim prior model"), err.toString());
    }
}
