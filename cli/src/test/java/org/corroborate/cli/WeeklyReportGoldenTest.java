package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report against golden files. Regenerate them with
 * {@code mvn -B -pl cli -am verify -Dtest=WeeklyReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcorroborate.regenerateGolden=true} and review the diff.
 */
class WeeklyReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/corroborate/cli/weekly/golden");

    @TempDir
    Path dir;

    @Test
    void weeklyHtmlAndJsonMatchTheGoldenFiles() throws IOException {
        WeeklyFixture f = new WeeklyFixture(dir);
        Path report = f.build();
        for (String name : new String[] {"report.html", "report.json"}) {
            String actual = f.portable(Files.readString(report.resolve(name)));
            if (Boolean.getBoolean("corroborate.regenerateGolden")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
                continue;
            }
            String expected;
            try (InputStream in = getClass().getResourceAsStream("weekly/golden/" + name)) {
                assertTrue(in != null, "golden file weekly/golden/" + name + " is missing; regenerate it (see the"
                        + " class comment)");
                expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(expected, actual, name + " differs from its golden file; if the change is intended,"
                    + " regenerate (see the class comment)");
        }
    }

    @Test
    void reportIsSafeCompleteAndItsExportsAreConsistent() throws IOException {
        WeeklyFixture f = new WeeklyFixture(dir);
        Path report = f.build();
        String html = Files.readString(report.resolve("report.html"));
        assertFalse(html.contains("<script>alert"), "input text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b&gt;no images&lt;/b&gt;"), "reviewer notes are escaped");
        assertFalse(html.contains("http://") && html.contains("src=\"http"), "no remote load");
        assertTrue(html.contains("script-src 'sha256-"), "the CSP names the script by its hash");
        assertFalse(html.contains(" onclick=") || html.contains(" onload="), "no inline event handlers");
        for (String id : new String[] {"summary", "charts", "claims", "review", "sources", "outlets", "trends",
            "ingest"}) {
            assertTrue(html.contains("id=\"" + id + "\""), "section " + id);
        }
        assertTrue(html.contains("<svg class=\"chart\" id=\"chart-reliability\""), html);
        assertTrue(html.contains("Reviewer's verdict: <strong>confirmed</strong> by ben"), html);
        assertTrue(html.contains("invalid-json"), "the week's ingest diagnostics are shown");

        JsonNode json = JsonMapper.builder().build().readTree(report.resolve("report.json").toFile());
        assertEquals("corroborate.report/1", json.get("schema").asText());
        assertEquals("2025-W09", json.get("week").asText());
        assertEquals(4, json.get("articles").size(), "the four articles published in W09");
        assertEquals(2, json.get("verdicts").size());

        String claims = Files.readString(report.resolve("claims.csv"));
        assertTrue(claims.startsWith("claim_id,status,probability"), claims);
        assertTrue(claims.contains(",confirmed,ben,"), claims);
        String attributions = Files.readString(report.resolve("attributions.csv"));
        assertTrue(attributions.contains("w-ledger-0225"), attributions);
        assertTrue(Files.readString(report.resolve("outlets.csv")).contains("Northern Ledger"));
        assertTrue(Files.readString(report.resolve("sources.csv")).startsWith("source_id,"));

        JsonNode reviews = JsonMapper.builder().build().readTree(report.resolve("claimreview.jsonld").toFile());
        assertEquals(2, reviews.size(), reviews.toString());
        JsonNode confirmed = reviews.get(0).get("reviewRating").get("alternateName").asText().equals("True")
                ? reviews.get(0) : reviews.get(1);
        assertEquals("ClaimReview", confirmed.get("@type").asText());
        assertEquals(3, confirmed.get("reviewRating").get("ratingValue").asInt());
        assertEquals("ben", confirmed.get("author").get("name").asText());
        assertTrue(confirmed.get("itemReviewed").get("appearance").size() >= 2, confirmed.toString());
    }

    @Test
    void storingTheSameInputTwiceChangesNothingAndVerdictsKeepTheirHistory() throws IOException {
        WeeklyFixture f = new WeeklyFixture(dir);
        Path first = f.build();
        String html = Files.readString(first.resolve("report.html"));
        try (Store s = Store.open(f.store.toString())) {
            assertEquals(2, s.runs().size());
            assertEquals(6, s.runs().get(0).articlesNew());
            assertEquals(0, s.runs().get(1).articlesNew());
            assertEquals(6, s.runs().get(1).articlesKnown());
            assertEquals(6, s.counts().articles());
            String kursk = WeeklyFixture.claim(s, "3,000 more soldiers");
            assertEquals(2, s.history(kursk).size());
        }
        // a third identical run changes neither the store's articles nor the report, whatever the thread count
        assertEquals(1, f.cli("run", dir.resolve("in").toString(), "--store", f.store.toString(), "--as-of",
                "2025-03-09T00:00:00Z", "-o", dir.resolve("run-out").toString(), "--threads", "1"));
        Path again = dir.resolve("again");
        assertEquals(0, f.cli("report", "--week", "2025-W09", "--store", f.store.toString(), "-o", again.toString(),
                "--as-of", "2025-03-12T00:00:00Z", "--samples", "400", "--threads", "3"));
        assertEquals(html, Files.readString(again.resolve("report.html")));
    }
}
