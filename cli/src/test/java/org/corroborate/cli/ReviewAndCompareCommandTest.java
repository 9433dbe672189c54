package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.core.Verdict;
import org.corroborate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewAndCompareCommandTest {

    @TempDir
    Path dir;

    private WeeklyFixture stored() {
        try {
            WeeklyFixture f = new WeeklyFixture(dir);
            assertEquals(1, f.cli("run", dir.resolve("in").toString(), "--store", f.store.toString(), "--as-of",
                    "2025-03-09T00:00:00Z", "-o", dir.resolve("run-out").toString(), "--threads", "1"));
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void interactiveReviewRecordsSkipsAndQuits() {
        WeeklyFixture f = stored();
        // reviewer; an unknown answer, then skip the first claim; refute the second with a note
        review(f, "dana\nx\ns\nr\ndrone footage was old\n");
        String out = f.out.toString();
        // three claims to review: the Kremlin's denial that North Korean soldiers were fighting is a claim of its
        // own, not part of Ukraine's captures (another event about the same troops)
        assertTrue(out.contains("[1/3]") && out.contains("[3/3]"), out);
        assertTrue(out.contains("is none of c, r, u, s, q"), out);
        assertTrue(out.contains("Recorded 1 verdict."), out);
        // --all brings decided claims back: confirm the first, then quit before the second
        review(f, "c\n\nq\n", "--all", "--reviewer", "eve");
        assertTrue(f.out.toString().contains("current verdict: refuted by dana"), f.out.toString());
        try (Store s = Store.open(f.store.toString())) {
            List<Verdict> all = s.currentVerdicts().values().stream().toList();
            assertEquals(2, all.size(), all.toString());
            assertTrue(all.stream().anyMatch(v -> v.outcome() == Verdict.Outcome.REFUTED
                    && v.note().equals("drone footage was old") && v.reviewer().equals("dana")), all.toString());
            assertTrue(all.stream().anyMatch(v -> v.outcome() == Verdict.Outcome.CONFIRMED && v.note().isEmpty()
                    && v.reviewer().equals("eve") && v.decidedAt().toString().equals("2025-03-10T08:00Z")),
                    all.toString());
        }
        // decided claims leave the queue; --all brings them back for revision
        int before2 = f.out.toString().length();
        assertEquals(0, f.cli("review", "--list", "--all", "--store", f.store.toString()));
        assertTrue(f.out.toString().substring(before2).contains("current verdict: refuted by dana"),
                f.out.toString());
    }

    private static void review(WeeklyFixture f, String input, String... more) {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            List<String> args = new java.util.ArrayList<>(List.of("review", "--store", f.store.toString(),
                    "--as-of", "2025-03-10T08:00:00Z"));
            args.addAll(List.of(more));
            assertEquals(0, f.cli(args.toArray(String[]::new)), f.err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void importRejectsUnknownClaimsAndHistoryShowsRevisions() throws IOException {
        WeeklyFixture f = stored();
        String claim;
        try (Store s = Store.open(f.store.toString())) {
            claim = WeeklyFixture.claim(s, "bridge near Kursk");
        }
        Path json = dir.resolve("v.json");
        Files.writeString(json, "[{\"claim_id\":\"" + claim + "\",\"verdict\":\"refuted\",\"reviewer\":\"ana\","
                + "\"decided_at\":\"2025-03-07\"},{\"claim_id\":\"" + claim + "\",\"verdict\":\"confirmed\","
                + "\"reviewer\":\"ben\",\"note\":\"images\",\"decided_at\":\"2025-03-08\"},"
                + "{\"claim_id\":\"c-unknown\",\"verdict\":\"confirmed\",\"reviewer\":\"ben\"}]");
        assertEquals(1, f.cli("review", "--import", json.toString(), "--store", f.store.toString()));
        assertTrue(f.err.toString().contains("no stored claim has the id 'c-unknown'"), f.err.toString());
        assertTrue(f.out.toString().contains("Recorded 2 verdicts"), f.out.toString());
        assertEquals(0, f.cli("review", "--history", claim, "--store", f.store.toString()));
        String out = f.out.toString();
        assertTrue(out.contains("refuted by ana"), out);
        assertTrue(out.contains("confirmed by ben: images  (in force)"), out);
    }

    @Test
    void compareShowsOutletsSideBySide() {
        WeeklyFixture f = stored();
        Path o = dir.resolve("cmp");
        assertEquals(0, f.cli("compare", "harbor daily", "Northern Ledger", "--store", f.store.toString(), "-o",
                o.toString(), "--samples", "400"), f.err.toString());
        String out = f.out.toString();
        assertTrue(out.contains("Outlets compared, 2025-W09 to 2025-W10"), out);
        assertTrue(out.matches("(?s).*Articles\\s+3\\s+1.*"), out);
        assertTrue(out.contains("Shared claims (2):"), out);
        assertTrue(out.contains("Northern Ledger 2025-02-25T10:00:00Z (first)"), out);
        assertTrue(out.contains("Harbor Daily 2025-02-24T08:00:00Z (first)"), out);
        assertTrue(out.contains("Reliability 2025-W10"), out);
        assertTrue(Files.exists(o.resolve("compare.html")));
        assertEquals(1, f.cli("compare", "Harbor Daily", "Nobody News", "--store", f.store.toString()));
        assertTrue(f.err.toString().contains("no article of outlet 'Nobody News'"), f.err.toString());
    }
}
