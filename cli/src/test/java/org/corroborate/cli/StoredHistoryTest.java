package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} counts a claim's evidence published before {@code --from} as {@code report --week} counts the
 * evidence before its week, so both give a claim the same status; {@code --earlier-weeks all} counts a claim's whole
 * stored history, however old. The story: the seed (2025-W09, Seoul's spy agency), two relays of Yonhap in 2025-W10
 * (Harbor Daily, Capital Wire) and Harbor Daily repeating the spy agency in 2025-W16, six weeks later; one run
 * stores them all.
 */
class StoredHistoryTest {

    private static final String AS_OF = "2025-04-20T00:00:00Z";

    @TempDir
    Path dir;

    private final InProcessCli console = new InProcessCli();
    private Path store;

    @BeforeEach
    void story() throws IOException {
        store = storeWithSeed(dir, console, AS_OF, line("m1", "Harbor Daily", "2025-03-04", "North Korea has sent"
                + " about 3,000 more soldiers to Russia, Yonhap reported, citing a South Korean military official.")
                + line("m2", "Capital Wire", "2025-03-05", "North Korea has sent about 3,000 more soldiers to Russia,"
                + " a South Korean military official told Yonhap.")
                + line("m3", "Harbor Daily", "2025-04-15", "North Korea has sent more soldiers to Russia and"
                + " re-deployed several to the frontline in Kursk, Seoul's spy agency said again on Tuesday."));
    }

    /**
     * Stores the seed article (2025-02-27, 2025-W09) and the JSON Lines {@code later} in one run at {@code asOf};
     * the store's path.
     */
    static Path storeWithSeed(Path dir, InProcessCli console, String asOf, String later) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(SeedArticleAcceptanceTest.SEED, in.resolve("seed.txt"));
        Files.writeString(in.resolve("later.jsonl"), later, StandardCharsets.UTF_8);
        Path store = dir.resolve("db/store");
        assertEquals(0, console.run("run", in.toString(), "--store", store.toString(), "--as-of", asOf, "-o",
                dir.resolve("run").toString(), "--threads", "1"), console.err());
        return store;
    }

    private static String line(String id, String outlet, String date, String body) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"published\":\"" + date + "\",\"title\":\"T\","
                + "\"body\":\"" + body + "\"}\n";
    }

    private int cli(String... args) {
        return console.run(args);
    }

    private JsonNode week(String week, String name, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", "--week", week, "--store", store.toString(), "-o",
                dir.resolve(name).toString(), "--as-of", AS_OF, "--threads", "1"));
        args.addAll(List.of(more));
        assertEquals(0, cli(args.toArray(String[]::new)), console.err());
        return new ObjectMapper().readTree(dir.resolve(name).resolve("report.json").toFile());
    }

    private String compare(String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", "--store", store.toString(), "--from", from, "--to",
                to, "Harbor Daily", "Capital Wire"));
        args.addAll(List.of(more));
        assertEquals(0, cli(args.toArray(String[]::new)), console.err());
        return console.out();
    }

    /** The statuses of the report's claims, by statement. */
    private static Map<String, JsonNode> byStatement(JsonNode report) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        report.get("claims").forEach(c -> m.put(c.get("statement").asText(), c));
        return m;
    }

    private static Set<String> carriers(JsonNode claim) {
        return WeeklyEarlierWeeksTest.carriers(claim);
    }

    private static Set<String> ids(JsonNode array) {
        return new HashSet<>(WeeklyEarlierWeeksTest.idsOf(array));
    }

    @Test
    void compareGivesAClaimTheStatusTheWeeklyReportGivesIt() throws IOException {
        for (String earlier : new String[] {"4", "0", "all"}) {
            Map<String, JsonNode> report = byStatement(week("2025-W10", "w10-" + earlier, "--earlier-weeks",
                    earlier));
            String table = compare("2025-W10", "2025-W10", "--earlier-weeks", earlier);
            StoredClaimPriorTest.sharedClaimsHaveTheRunsStatus(report, table);
        }
        // the earlier evidence decides: the relays alone are one origin, with the spy agency of 2025-W09 confirmed
        assertTrue(compare("2025-W10", "2025-W10").contains("[corroborated]: Capital Wire"), console.out());
        assertTrue(compare("2025-W10", "2025-W10", "--earlier-weeks", "0").contains("[single source]: Capital Wire"),
                console.out());
    }

    @Test
    void compareMarksEachClaimsEvidenceFromBeforeTheRange() throws IOException {
        Map<String, JsonNode> report = byStatement(week("2025-W10", "w10"));
        String table = compare("2025-W10", "2025-W10", "-o", dir.resolve("cmp").toString());
        String html = Files.readString(dir.resolve("cmp/compare.html"));
        int marked = 0;
        for (JsonNode claim : report.values()) {
            JsonNode sums = claim.get("earlier_evidence");
            String statement = claim.get("statement").asText();
            if (sums == null || !table.contains("  - " + statement + " [")) {
                continue;
            }
            marked++;
            // under the claim's line, the weekly report's sums of its evidence before 2025-W10, then by outlet
            String line = "  - " + statement + " [";
            String after = table.substring(table.indexOf(line));
            after = after.substring(after.indexOf('\n') + 1);
            assertTrue(after.startsWith("      earlier evidence: " + sums.get("pieces").asInt() + " piece"), after);
            assertTrue(after.contains(", before 2025-W10"), after);
            JsonNode top = sums.get("by_outlet").get(0);
            assertTrue(after.contains("        " + top.get("outlet").asText() + " " + top.get("pieces").asInt()
                    + " piece"), after);
            // compare.html: the same sums, and the claim with its evidence, the earlier pieces marked with their week
            assertTrue(html.contains("<article class=\"claim\" id=\"" + claim.get("id").asText() + "\">"), html);
        }
        assertEquals(1, marked, table);
        assertTrue(html.contains("Claims with evidence from before 2025-W10"), html);
        assertTrue(html.contains("(2025-W09, an earlier week)"), html);
        assertTrue(html.contains("earlier evidence</a>: "), html);

        String alone = compare("2025-W10", "2025-W10", "--earlier-weeks", "0", "-o", dir.resolve("cmp0").toString());
        assertFalse(alone.contains("earlier evidence"), alone);
        String html0 = Files.readString(dir.resolve("cmp0/compare.html"));
        assertFalse(html0.contains("earlier"), html0);
        assertFalse(html0.contains("<article"), "no claim shown without earlier evidence");
    }

    @Test
    void theOutletsComparedAreThoseThatPublishedInTheRange() {
        // AFP's seed carries the 2025-W16 claim with its whole history, but AFP published nothing in 2025-W16
        assertEquals(1, cli("compare", "--store", store.toString(), "--from", "2025-W16", "--to", "2025-W16",
                "Harbor Daily", "AFP", "--earlier-weeks", "all"));
        assertTrue(console.err().contains("no article of outlet 'AFP' is stored for 2025-W16 to 2025-W16; outlets"
                + " stored: Harbor Daily"), console.err());
        String table = compare("2025-W10", "2025-W16", "--earlier-weeks", "all");
        assertTrue(table.contains(String.format("%-30s%16s%16s", "Articles", "2", "1")), table);
    }

    @Test
    void allCountsTheClaimsWholeStoredHistoryAndNothingLater() throws IOException {
        Map<String, JsonNode> run = StoredClaimPriorTest.claims(dir.resolve("run/report.json"));
        // six weeks on, four earlier weeks hold nothing of the claim
        JsonNode fixed = week("2025-W16", "w16");
        assertTrue(ids(fixed.get("earlier_articles")).isEmpty());
        for (JsonNode c : fixed.get("claims")) {
            assertEquals(Set.of("m3"), carriers(c));
        }
        JsonNode all = week("2025-W16", "w16-all", "--earlier-weeks", "all");
        assertEquals("all", all.get("earlier_weeks").asText());
        assertEquals(Set.of("seed", "m1", "m2"), ids(all.get("earlier_articles")));
        assertTrue(console.out().contains(": 4 articles (3 of earlier weeks), "), console.out());
        assertEquals(1, all.get("claims").size(), all.get("claims").toString());
        JsonNode c = all.get("claims").get(0);
        assertEquals(Set.of("seed", "m1", "m2", "m3"), carriers(c));
        JsonNode r = run.get(c.get("id").asText());
        for (String field : new String[] {"probability", "interval", "grade", "status", "explanation"}) {
            assertEquals(r.get(field), c.get(field), field + " of " + c.get("id").asText() + ": the run's, which"
                    + " scored every week");
        }
        String html = Files.readString(dir.resolve("w16-all/report.html"));
        assertTrue(html.contains("count their evidence from every earlier week that the store holds it in too (3"
                + " articles of earlier weeks"), html);
        assertTrue(html.contains("(2025-W09, an earlier week)"), "the earlier evidence is marked with its week");

        // 2025-W10 with its whole history: the seed, never 2025-W16's repetition
        JsonNode w10 = week("2025-W10", "w10-all", "--earlier-weeks", "all");
        JsonNode w10fixed = week("2025-W10", "w10");
        assertEquals(ids(w10fixed.get("earlier_articles")), ids(w10.get("earlier_articles")));
        for (JsonNode x : w10.get("claims")) {
            assertFalse(carriers(x).contains("m3"), x.toString());
        }
        assertEquals(w10fixed.get("claims"), w10.get("claims"), "the seed is within four weeks: the same claims");
    }

    @Test
    void anEarlierWeeksCountThatIsNeitherANumberNorAllIsAUsageError() {
        assertEquals(2, cli("report", "--week", "2025-W10", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--earlier-weeks", "some"));
        assertTrue(console.err().contains("--earlier-weeks some: expected 0 or more weeks, or 'all'"),
                console.err());
        assertEquals(2, cli("compare", "--store", store.toString(), "Harbor Daily", "Capital Wire",
                "--earlier-weeks", "-2"));
        assertTrue(console.err().contains("--earlier-weeks -2: expected 0 or more weeks, or 'all'"), console.err());
        assertEquals(0, cli("report", "--week", "2025-W10", "--store", store.toString(), "-o",
                dir.resolve("y").toString(), "--earlier-weeks", "ALL"), console.err());
    }
}
