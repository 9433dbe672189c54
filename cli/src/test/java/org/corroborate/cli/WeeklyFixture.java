package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.store.ClaimSnapshot;
import org.corroborate.store.Store;
import picocli.CommandLine;

/**
 * Builds a store from the weekly fixtures: two runs (the second repeats the first, so nothing changes), verdicts on
 * two claims, one of them revised, and the report of 2025-W09.
 */
final class WeeklyFixture {

    final Path dir;
    final Path store;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    WeeklyFixture(Path dir) throws IOException {
        this.dir = dir;
        this.store = dir.resolve("db/store");
        Files.createDirectories(dir.resolve("in"));
        for (String f : new String[] {"news.jsonl", "broken.jsonl"}) {
            try (InputStream in = WeeklyFixture.class.getResourceAsStream("weekly/" + f)) {
                Files.copy(in, dir.resolve("in").resolve(f));
            }
        }
    }

    int cli(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Stores the fixtures twice, records verdicts, and writes the W09 report into {@code dir/report}. */
    Path build() throws IOException {
        String[] run = {"run", dir.resolve("in").toString(), "--store", store.toString(), "--as-of",
            "2025-03-09T00:00:00Z", "-o", dir.resolve("run-out").toString(), "--threads", "1"};
        assertEquals(1, cli(run), "the broken line makes the run exit 1: " + err);
        assertEquals(1, cli(run), err.toString());
        String kursk;
        String bridge;
        try (Store s = Store.open(store.toString())) {
            kursk = claim(s, "3,000 more soldiers");
            bridge = claim(s, "bridge near Kursk");
        }
        Path csv = dir.resolve("verdicts.csv");
        Files.writeString(csv, "claim_id,verdict,reviewer,note,decided_at\r\n"
                + kursk + ",refuted,ana,first look,2025-03-06T09:00:00Z\r\n"
                + kursk + ",confirmed,ben,\"Confirmed by the ministry, later\",2025-03-08\r\n"
                + bridge + ",unresolvable,ana,<b>no images</b>,2025-03-08\r\n", StandardCharsets.UTF_8);
        assertEquals(0, cli("review", "--import", csv.toString(), "--store", store.toString()), err.toString());
        Path report = dir.resolve("report");
        assertEquals(0, cli("report", "--week", "2025-W09", "--store", store.toString(), "-o", report.toString(),
                "--as-of", "2025-03-12T00:00:00Z", "--samples", "400", "--threads", "1"), err.toString());
        return report;
    }

    static String claim(Store s, String text) {
        for (ClaimSnapshot c : s.latestClaims()) {
            if (c.statement().contains(text)) {
                return c.claimId();
            }
        }
        throw new AssertionError("no stored claim mentions '" + text + "' in " + s.latestClaims());
    }

    /** The text with the temporary folder written as {@code $TMP}, so outputs compare across machines. */
    String portable(String text) {
        return text.replace(dir.toString(), "$TMP");
    }
}
