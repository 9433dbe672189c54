package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --week} and {@code compare} score the stored articles with the claim prior model the stored run
 * scored with ({@code run --store --claim-prior MODEL} keeps it in the store), so they give the probabilities that
 * {@code run} gave; {@code --claim-prior MODEL} and {@code --no-claim-prior} choose, with a warning when the runs
 * used another prior.
 */
class StoredClaimPriorTest {

    private static final String AS_OF = "2025-03-09T00:00:00Z";

    @TempDir
    Path dir;

    private final InProcessCli console = new InProcessCli();
    private Path store;
    private Path model;

    /** One week of articles (the seed and a relay, both in 2025-W09) and a model that doubts the soldiers. */
    @BeforeEach
    void corpusAndModel() throws IOException {
        RunCommandTest.corpus(dir.resolve("in"));
        Files.writeString(dir.resolve("judged.tsv"), RunCommandTest.judgedTable(), StandardCharsets.UTF_8);
        model = dir.resolve("words.model");
        assertEquals(0, cli("train", "claim-prior", dir.resolve("judged.tsv").toString(), "--out", model.toString(),
                "--min-count", "2"), console.err());
        store = dir.resolve("db/store");
    }

    private int cli(String... args) {
        return console.run(args);
    }

    private int runStored(String... more) {
        String[] base = {"run", dir.resolve("in").toString(), "--store", store.toString(), "--as-of", AS_OF, "-o",
            dir.resolve("run").toString(), "--threads", "1"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli(args);
    }

    /** The weekly report of 2025-W09 into {@code dir/name}, with {@code more} options; its claims by id. */
    private Map<String, JsonNode> week(String name, String... more) throws IOException {
        String[] base = {"report", "--week", "2025-W09", "--store", store.toString(), "-o",
            dir.resolve(name).toString(), "--as-of", AS_OF, "--threads", "1"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        assertEquals(0, cli(args), console.err());
        return claims(dir.resolve(name).resolve("report.json"));
    }

    static Map<String, JsonNode> claims(Path reportJson) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        new ObjectMapper().readTree(reportJson.toFile()).get("claims").forEach(c -> byId.put(c.get("id").asText(), c));
        return byId;
    }

    @Test
    void theWeeklyReportScoresWithTheModelTheRunUsedAndEqualsTheRunsFigures() throws IOException {
        assertEquals(0, runStored("--claim-prior", model.toString()), console.err());
        Map<String, JsonNode> run = claims(dir.resolve("run/report.json"));

        // no option: the model kept with the run, so the run's probabilities, intervals, grades and explanations
        Map<String, JsonNode> stored = week("stored");
        assertTrue(console.err().contains("scoring with the claim prior model words.model (sha256 "), console.err());
        assertTrue(console.err().contains("that run 1 scored with"), console.err());
        assertEquals(run.keySet(), stored.keySet(), "one week's articles: the same claims");
        for (Map.Entry<String, JsonNode> e : run.entrySet()) {
            JsonNode w = stored.get(e.getKey());
            for (String field : new String[] {"probability", "interval", "grade", "status", "explanation"}) {
                assertEquals(e.getValue().get(field), w.get(field), field + " of " + e.getKey());
            }
        }

        // the model given again: the same bytes; without it (--no-claim-prior): other probabilities, and a warning
        Map<String, JsonNode> given = week("given", "--claim-prior", model.toString());
        assertFalse(console.err().contains("warning"), console.err());
        assertEquals(Files.readString(dir.resolve("stored/report.json")),
                Files.readString(dir.resolve("given/report.json")));
        assertEquals(stored.keySet(), given.keySet());
        Map<String, JsonNode> without = week("without", "--no-claim-prior");
        assertTrue(console.err().contains("warning: the runs covering 2025-W09 scored otherwise (run 1 with"
                + " words.model (sha256 "), console.err());
        int soldiers = 0;
        for (Map.Entry<String, JsonNode> e : without.entrySet()) {
            assertFalse(e.getValue().get("explanation").toString().contains("Prior before evidence"));
            if (e.getValue().get("statement").asText().contains("soldiers")) {
                soldiers++;
                assertTrue(stored.get(e.getKey()).get("probability").asDouble()
                        < e.getValue().get("probability").asDouble(), e.getValue().toString());
            }
        }
        assertTrue(soldiers > 0, without.toString());

        // a later run without the model (warned) makes the default the store's: the report follows it, and warns
        // that the week's runs differ
        assertEquals(0, runStored(), console.err());
        assertTrue(console.err().contains("warning: the store's latest run, 1, scored with words.model"),
                console.err());
        Map<String, JsonNode> latest = week("latest");
        assertTrue(console.err().contains("scored with different claim priors (run 1 with words.model (sha256 "),
                console.err());
        assertTrue(console.err().contains("run 2 with the default prior 0.5); this scores with the latest run's, the"
                + " default prior 0.5"), console.err());
        assertEquals(Files.readString(dir.resolve("without/report.json")),
                Files.readString(dir.resolve("latest/report.json")));
        assertEquals(stored.keySet(), latest.keySet());
    }

    @Test
    void compareScoresWithTheModelTheRunUsed() throws IOException {
        assertEquals(0, runStored("--claim-prior", model.toString()), console.err());
        Map<String, JsonNode> run = claims(dir.resolve("run/report.json"));
        String[] outlets = {"compare", "--store", store.toString(), "AFP", "Harbor Daily"};
        assertEquals(0, cli(outlets), console.err());
        String stored = console.out();
        assertTrue(console.err().contains("scoring with the claim prior model words.model"), console.err());
        sharedClaimsHaveTheRunsStatus(run, stored);
        String[] given = java.util.Arrays.copyOf(outlets, outlets.length + 2);
        given[outlets.length] = "--claim-prior";
        given[outlets.length + 1] = model.toString();
        assertEquals(0, cli(given), console.err());
        assertEquals(stored, console.out());
        String[] none = java.util.Arrays.copyOf(outlets, outlets.length + 1);
        none[outlets.length] = "--no-claim-prior";
        assertEquals(0, cli(none), console.err());
        assertNotEquals(stored, console.out(), "the model changes the claims' statuses");
        assertTrue(console.err().contains("scored otherwise (run 1 with words.model"), console.err());
    }

    /** Each claim of {@code run} that {@code compare} printed (at least one) has the status the run gave it. */
    static void sharedClaimsHaveTheRunsStatus(Map<String, JsonNode> run, String compare) {
        int shared = 0;
        for (JsonNode c : run.values()) {
            String line = "  - " + c.get("statement").asText() + " [";
            int at = compare.indexOf(line);
            if (at >= 0) {
                shared++;
                assertTrue(compare.startsWith(line + org.corroborate.core.ClaimStatus.valueOf(c.get("status")
                        .asText()).label() + "]", at), compare);
            }
        }
        assertTrue(shared > 0, compare);
    }

    @Test
    void bothOptionsOrABadModelAreUsageErrors() throws IOException {
        assertEquals(0, runStored(), console.err());
        assertEquals(2, cli("report", "--week", "2025-W09", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--claim-prior", model.toString(), "--no-claim-prior"));
        assertTrue(console.err().contains("--claim-prior and --no-claim-prior exclude each other"), console.err());
        Path bad = dir.resolve("bad.model");
        Files.writeString(bad, "no model here");
        assertEquals(2, cli("compare", "--store", store.toString(), "AFP", "Harbor Daily", "--claim-prior",
                bad.toString()));
        assertTrue(console.err().contains("--claim-prior " + bad + ": not a claim prior model"), console.err());
        // a run stored without a model: the default prior, and nothing said about it
        assertEquals(0, cli("report", "--week", "2025-W09", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--as-of", AS_OF), console.err());
        assertFalse(console.err().contains("claim prior"), console.err());
    }
}
