package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --week} and {@code compare} score the stored articles with the source kinds' priors the stored run
 * scored with ({@code run --store --prior KIND=A,B} keeps them with the run), so they give the probabilities that
 * {@code run} gave; {@code --prior KIND=A,B} and {@code --default-priors} choose, with a warning when the runs used
 * other priors.
 */
class StoredSourcePriorsTest {

    private static final String AS_OF = "2025-03-09T00:00:00Z";
    /** Priors far from the defaults for the corpus's sources (a spy agency, a military official, outlets). */
    private static final String[] PRIORS = {"--prior", "intelligence_agency=2,8", "--prior", "military=9,1",
        "--prior", "news_outlet=1.5,8.5"};
    private static final String[] FIELDS = {"probability", "interval", "grade", "status", "explanation"};

    @TempDir
    Path dir;

    private final InProcessCli console = new InProcessCli();
    private Path store;

    /** One week of articles: the seed and a relay, both in 2025-W09. */
    @BeforeEach
    void corpus() throws IOException {
        RunCommandTest.corpus(dir.resolve("in"));
        store = dir.resolve("db/store");
    }

    private int cli(String... args) {
        return console.run(args);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private int runStored(String... more) {
        return cli(concat(new String[] {"run", dir.resolve("in").toString(), "--store", store.toString(), "--as-of",
            AS_OF, "-o", dir.resolve("run").toString(), "--threads", "1"}, more));
    }

    /** The weekly report of 2025-W09 into {@code dir/name}, with {@code more} options; its claims by id. */
    private Map<String, JsonNode> week(String name, String... more) throws IOException {
        assertEquals(0, cli(concat(new String[] {"report", "--week", "2025-W09", "--store", store.toString(), "-o",
            dir.resolve(name).toString(), "--as-of", AS_OF, "--threads", "1"}, more)), console.err());
        return claims(dir.resolve(name).resolve("report.json"));
    }

    private static Map<String, JsonNode> claims(Path reportJson) throws IOException {
        return StoredClaimPriorTest.claims(reportJson);
    }

    /** Every claim of {@code run} has its probability, interval, grade, status and explanation in {@code week}. */
    private static void sameFigures(Map<String, JsonNode> run, Map<String, JsonNode> week) {
        assertEquals(run.keySet(), week.keySet(), "one week's articles: the same claims");
        for (Map.Entry<String, JsonNode> e : run.entrySet()) {
            for (String field : FIELDS) {
                assertEquals(e.getValue().get(field), week.get(e.getKey()).get(field), field + " of " + e.getKey());
            }
        }
    }

    @Test
    void theWeeklyReportScoresWithThePriorsTheRunUsedAndEqualsTheRunsFigures() throws IOException {
        assertEquals(0, runStored(PRIORS), console.err());
        Map<String, JsonNode> run = claims(dir.resolve("run/report.json"));

        // no option: the priors kept with the run, so the run's probabilities, intervals, grades and explanations
        Map<String, JsonNode> stored = week("stored");
        assertTrue(console.err().contains("scoring with the source priors intelligence_agency=2,8 military=9,1"
                + " news_outlet=1.5,8.5 that run 1 scored with"), console.err());
        assertFalse(console.err().contains("warning"), console.err());
        sameFigures(run, stored);

        // the same priors given again (in another order): the same bytes, no warning
        week("given", "--prior", "news_outlet=1.50,8.5", "--prior", "military=9,1", "--prior",
                "intelligence_agency=2,8");
        assertFalse(console.err().contains("warning"), console.err());
        assertEquals(Files.readString(dir.resolve("stored/report.json")),
                Files.readString(dir.resolve("given/report.json")));

        // the defaults: other probabilities, and a warning; they are what a run without --prior gives
        Map<String, JsonNode> defaults = week("defaults", "--default-priors");
        assertTrue(console.err().contains("warning: the runs covering 2025-W09 scored with other source priors"
                + " (run 1 with source priors intelligence_agency=2,8 military=9,1 news_outlet=1.5,8.5); this scores"
                + " with the default source priors as asked"), console.err());
        int differ = 0;
        for (Map.Entry<String, JsonNode> e : defaults.entrySet()) {
            if (!e.getValue().get("probability").equals(stored.get(e.getKey()).get("probability"))) {
                differ++;
            }
        }
        assertTrue(differ > 0, "the priors change the probabilities: " + defaults);

        // a later run without priors (warned) makes the defaults the store's: the report follows it, and warns that
        // the week's runs differ
        assertEquals(0, runStored(), console.err());
        assertTrue(console.err().contains("warning: the store's latest run, 1, scored with source priors"
                + " intelligence_agency=2,8 military=9,1 news_outlet=1.5,8.5; this run scores with the default source"
                + " priors"), console.err());
        sameFigures(claims(dir.resolve("run/report.json")), defaults);
        week("latest");
        assertTrue(console.err().contains("scored with different source priors (run 1 with source priors"
                + " intelligence_agency=2,8 military=9,1 news_outlet=1.5,8.5; run 2 with the default source priors);"
                + " this scores with the latest run's, the default source priors"), console.err());
        assertEquals(Files.readString(dir.resolve("defaults/report.json")),
                Files.readString(dir.resolve("latest/report.json")));
    }

    @Test
    void withAClaimPriorModelToo() throws IOException {
        Files.writeString(dir.resolve("judged.tsv"), RunCommandTest.judgedTable(), StandardCharsets.UTF_8);
        Path model = dir.resolve("words.model");
        assertEquals(0, cli("train", "claim-prior", dir.resolve("judged.tsv").toString(), "--out", model.toString(),
                "--min-count", "2"), console.err());
        assertEquals(0, runStored(concat(PRIORS, "--claim-prior", model.toString())), console.err());
        Map<String, JsonNode> run = claims(dir.resolve("run/report.json"));
        Map<String, JsonNode> stored = week("stored");
        assertTrue(console.err().contains("scoring with the claim prior model words.model"), console.err());
        assertTrue(console.err().contains("scoring with the source priors intelligence_agency=2,8"), console.err());
        sameFigures(run, stored);
    }

    @Test
    void compareScoresWithThePriorsTheRunUsed() throws IOException {
        assertEquals(0, runStored(PRIORS), console.err());
        Map<String, JsonNode> run = claims(dir.resolve("run/report.json"));
        String[] outlets = {"compare", "--store", store.toString(), "AFP", "Harbor Daily"};
        assertEquals(0, cli(outlets), console.err());
        String stored = console.out();
        assertTrue(console.err().contains("scoring with the source priors intelligence_agency=2,8"), console.err());
        StoredClaimPriorTest.sharedClaimsHaveTheRunsStatus(run, stored);
        assertEquals(0, cli(concat(outlets, PRIORS)), console.err());
        assertEquals(stored, console.out());
        assertEquals(0, cli(concat(outlets, "--default-priors")), console.err());
        assertNotEquals(stored, console.out(), "the priors change the outlets' reliability");
        assertTrue(console.err().contains("scored with other source priors (run 1 with source priors"),
                console.err());
    }

    @Test
    void bothOptionsOrABadPriorAreUsageErrors() {
        assertEquals(0, runStored(), console.err());
        assertEquals(2, cli("report", "--week", "2025-W09", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--prior", "military=9,1", "--default-priors"));
        assertTrue(console.err().contains("--prior and --default-priors exclude each other"), console.err());
        assertEquals(2, cli("compare", "--store", store.toString(), "AFP", "Harbor Daily", "--prior",
                "military=0,1"));
        assertTrue(console.err().contains("--prior military=0,1: "), console.err());
        // a run stored with the defaults: the defaults, and nothing said about them
        assertEquals(0, cli("report", "--week", "2025-W09", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--as-of", AS_OF), console.err());
        assertFalse(console.err().contains("source priors"), console.err());
    }
}
