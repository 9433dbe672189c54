package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * A week's report counts the evidence of the weeks before it: a claim first reported in 2025-W09 (the seed, Seoul's
 * spy agency) and reported again in 2025-W10 (a relay of Yonhap) is in the 2025-W10 report with its 2025-W09
 * evidence, marked with its week, and with the probability {@code run} gave over both weeks; evidence published
 * after a week never counts in its report.
 */
class WeeklyEarlierWeeksTest {

    private static final String AS_OF = "2025-03-20T00:00:00Z";

    @TempDir
    Path dir;

    private final InProcessCli console = new InProcessCli();
    private Path store;

    @BeforeEach
    void twoWeeks() throws IOException {
        store = StoredHistoryTest.storeWithSeed(dir, console, AS_OF, "{\"id\":\"m1\",\"outlet\":\"Harbor Daily\","
                + "\"published\":\"2025-03-04\",\"title\":\"Yonhap: more troops\",\"body\":\"North Korea has sent"
                + " about 3,000 more soldiers to Russia, Yonhap reported, citing a South Korean military"
                + " official.\"}\n");
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

    /** The ids of the articles of {@code report} that carry evidence of {@code claim}. */
    static Set<String> carriers(JsonNode claim) {
        Set<String> ids = new HashSet<>();
        claim.get("evidence").forEach(e -> ids.add(e.get("article").asText()));
        return ids;
    }

    @Test
    void aLaterWeeksClaimIsAssessedWithItsEarlierEvidenceAsTheRunAssessedIt() throws IOException {
        Map<String, JsonNode> run = StoredClaimPriorTest.claims(dir.resolve("run/report.json"));
        JsonNode w10 = week("2025-W10", "w10");
        assertTrue(console.out().contains(": 2 articles (1 of earlier weeks), "), console.out());
        assertEquals(4, w10.get("earlier_weeks").asInt());
        assertEquals(List.of("seed"), idsOf(w10.get("earlier_articles")), "the seed, of 2025-W09");
        int spanning = 0;
        for (JsonNode c : w10.get("claims")) {
            Set<String> from = carriers(c);
            assertTrue(from.contains("m1"), "every claim of the week has evidence in it: " + c);
            spanning += from.size() > 1 ? 1 : 0;
            JsonNode r = run.get(c.get("id").asText());
            for (String field : new String[] {"probability", "interval", "grade", "status", "explanation"}) {
                assertEquals(r.get(field), c.get(field), field + " of " + c.get("id").asText());
            }
        }
        assertTrue(spanning > 0, "a claim of 2025-W10 holds evidence of 2025-W09: " + w10.get("claims"));
        String html = Files.readString(dir.resolve("w10/report.html"));
        assertTrue(html.contains("(2025-W09, an earlier week)"), "the earlier evidence is marked with its week");
        assertTrue(html.contains("count their evidence from the 4 weeks before it too (1 article of earlier weeks"),
                html);
        assertTrue(html.contains("2 articles (1 of earlier weeks) from "), "the summary says how many are earlier");

        // the week alone: the same claims lose their earlier evidence
        JsonNode alone = week("2025-W10", "alone", "--earlier-weeks", "0");
        assertTrue(idsOf(alone.get("earlier_articles")).isEmpty());
        for (JsonNode c : alone.get("claims")) {
            assertEquals(Set.of("m1"), carriers(c));
        }
        assertFalse(Files.readString(dir.resolve("alone/report.html")).contains("earlier week"));

        // a week's report never counts what was published after it
        for (JsonNode c : week("2025-W09", "w09").get("claims")) {
            assertFalse(carriers(c).contains("m1"), c.toString());
        }
        assertEquals(2, cli("report", "--week", "2025-W10", "--store", store.toString(), "-o",
                dir.resolve("x").toString(), "--earlier-weeks", "-1"));
    }

    static List<String> idsOf(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }
}
