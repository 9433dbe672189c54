package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // four claims to review: the Kremlin's denial that North Korean soldiers were fighting is a claim of its
        // own, not part of Ukraine's captures (another event about the same troops); the doubled harvest, backed by
        // two origins at probability 0.50 (D4), is not confirmed, so it waits for review too
        assertTrue(out.contains("[1/4]") && out.contains("[3/4]"), out); // the answers run out at the third
        assertTrue(out.contains("backed by independent origins, not confirmed"), out);
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

    @Test
    void aClaimResolvedByAPartysOwnConfirmationLeavesTheQueueAndTheListingSaysWhy() throws IOException {
        WeeklyFixture f = new WeeklyFixture(dir);
        org.corroborate.core.Source nis = new org.corroborate.core.Source("kr-nis", "NIS",
                org.corroborate.core.SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "kr-government");
        org.corroborate.core.Source west = new org.corroborate.core.Source("western-intelligence",
                "Western intelligence", org.corroborate.core.SourceKind.INTELLIGENCE_AGENCY, "", List.of(), "");
        org.corroborate.core.Source moscow = new org.corroborate.core.Source("ru-government", "Moscow",
                org.corroborate.core.SourceKind.GOVERNMENT, "RU", List.of(), "");
        String kursk = "North Korean troops were sent to the Kursk region of Russia";
        List<org.corroborate.core.AnnotatedArticle> news = List.of(
                said("a1", "alpha", "2025-02-24T08:00:00Z", nis, org.corroborate.core.Stance.ASSERTS, kursk),
                said("a2", "beta", "2025-02-25T08:00:00Z", west, org.corroborate.core.Stance.DENIES, kursk),
                said("a3", "gamma", "2025-04-28T08:00:00Z", moscow, org.corroborate.core.Stance.CONFIRMS, kursk));
        org.corroborate.scoring.Corroboration c = new org.corroborate.scoring.Corroborator(
                org.corroborate.scoring.ScoringConfig.DEFAULTS.withSamples(200),
                org.corroborate.scoring.reliability.TrackRecords.empty()).score(news);
        String id;
        try (Store s = Store.open(f.store.toString())) {
            s.record(java.time.OffsetDateTime.parse("2025-05-01T00:00:00Z"), List.of("news.jsonl"), c.articles(),
                    c.assessments(), org.corroborate.core.IngestSummary.empty(), List.of(), n -> { });
            id = s.latestClaims().get(0).claimId();
            assertEquals(org.corroborate.core.ClaimStatus.DISPUTED, s.latestClaims().get(0).status(),
                    "a denial keeps it disputed, so only the party's confirmation takes it out of the queue");
        }
        assertEquals(0, f.cli("review", "--list", "--store", f.store.toString()), f.err.toString());
        String out = f.out.toString();
        assertTrue(out.contains("No unconfirmed claim waits for review"), out);
        assertTrue(out.contains("Resolved by a party's own confirmation, so not waiting for review (1;"), out);
        assertTrue(out.contains(id + " " + kursk), out);
        assertTrue(out.contains("resolved by a party's own confirmation: Moscow, a party to the claim, confirmed it"
                + " (gamma), in the run of 2025-05-01T00:00Z"), out);

        // the party's confirmation resolves it: a judged statement for 'train claim-prior', spoken by the NIS, the
        // origin of the first report in the claim's words
        Path table = dir.resolve("judged.tsv");
        assertEquals(0, f.cli("review", "--export-table", table.toString(), "--store", f.store.toString()),
                f.err.toString());
        assertEquals("source\tstatement\tverdict\toutlet\nkr-nis\t" + kursk + "\tconfirmed\talpha\n",
                Files.readString(table));
        assertTrue(f.out.toString().contains("Wrote 1 judged statement (1 confirmed, 0 refuted) to " + table),
                f.out.toString());

        // --all brings it back, showing how it was resolved, so a reviewer can overrule it
        int before = f.out.toString().length();
        assertEquals(0, f.cli("review", "--list", "--all", "--store", f.store.toString()), f.err.toString());
        String all = f.out.toString().substring(before);
        assertTrue(all.contains("[1/1] " + kursk), all);
        assertTrue(all.contains("  resolved by a party's own confirmation: Moscow"), all);
        assertTrue(!all.contains("Resolved by a party's own confirmation, so not waiting"), all);

        // a reviewer's verdict overrules it: the listing then shows the verdict, not the confirmation
        try (Store s = Store.open(f.store.toString())) {
            s.recordVerdict(new Verdict(id, Verdict.Outcome.REFUTED, "ana", "staged",
                    java.time.OffsetDateTime.parse("2025-05-02T09:00:00Z")));
        }
        before = f.out.toString().length();
        assertEquals(0, f.cli("review", "--list", "--all", "--store", f.store.toString()), f.err.toString());
        String overruled = f.out.toString().substring(before);
        assertTrue(overruled.contains("current verdict: refuted by ana"), overruled);
        assertTrue(!overruled.contains("party's own confirmation"), overruled);
        assertEquals(0, f.cli("review", "--export-table", table.toString(), "--store", f.store.toString()));
        assertEquals("source\tstatement\tverdict\toutlet\nkr-nis\t" + kursk + "\trefuted\talpha\n",
                Files.readString(table), "the reviewer's verdict is the one in force");
        try (Store s = Store.open(f.store.toString())) {
            s.recordVerdict(new Verdict(id, Verdict.Outcome.UNRESOLVABLE, "ana", "",
                    java.time.OffsetDateTime.parse("2025-05-03T09:00:00Z")));
        }
        assertEquals(0, f.cli("review", "--export-table", table.toString(), "--store", f.store.toString()));
        assertEquals("source\tstatement\tverdict\toutlet\n", Files.readString(table),
                "an unresolvable claim says nothing about truth");
    }

    @Test
    void theListingMarksDisputedValuesAndNegatedEvidence() throws IOException {
        WeeklyFixture f = new WeeklyFixture(dir);
        org.corroborate.core.Source nis = new org.corroborate.core.Source("kr-nis", "NIS",
                org.corroborate.core.SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "kr-government");
        org.corroborate.core.Source kyiv = new org.corroborate.core.Source("ua-government", "Kyiv",
                org.corroborate.core.SourceKind.GOVERNMENT, "UA", List.of(), "");
        org.corroborate.core.Source pyongyang = new org.corroborate.core.Source("kp-government", "Pyongyang",
                org.corroborate.core.SourceKind.GOVERNMENT, "KP", List.of(), "");
        org.corroborate.core.Source moscow = new org.corroborate.core.Source("ru-government", "Moscow",
                org.corroborate.core.SourceKind.GOVERNMENT, "RU", List.of(), "");
        String sent = "North Korea has sent troops to Russia's Kursk region";
        String killed = " North Korean soldiers have been killed in Russia's Kursk region";
        org.corroborate.core.Stance asserts = org.corroborate.core.Stance.ASSERTS;
        List<org.corroborate.core.AnnotatedArticle> news = List.of(
                said("a1", "alpha", "2025-02-27T08:00:00Z", nis, asserts, sent),
                said("a2", "beta", "2025-02-28T08:00:00Z", pyongyang, asserts,
                        "North Korea has not sent troops to Russia's Kursk region"),
                said("b1", "alpha", "2025-03-05T08:00:00Z", nis, asserts, "about 4,000" + killed),
                said("b2", "beta", "2025-03-05T09:00:00Z", kyiv, asserts, "1,000" + killed),
                said("b3", "gamma", "2025-03-06T09:00:00Z", moscow, org.corroborate.core.Stance.DENIES,
                        "reports that" + killed));
        org.corroborate.scoring.Corroboration c = new org.corroborate.scoring.Corroborator(
                org.corroborate.scoring.ScoringConfig.DEFAULTS.withSamples(200),
                org.corroborate.scoring.reliability.TrackRecords.empty()).score(news);
        try (Store s = Store.open(f.store.toString())) {
            s.record(java.time.OffsetDateTime.parse("2025-03-07T00:00:00Z"), List.of("news.jsonl"), c.articles(),
                    c.assessments(), org.corroborate.core.IngestSummary.empty(), List.of(), n -> { });
        }
        assertEquals(0, f.cli("review", "--list", "--all", "--store", f.store.toString()), f.err.toString());
        String out = f.out.toString();
        // the claim with rival figures: the marker under its line, the figures in the order first seen
        int figures = out.indexOf("killed in Russia's Kursk region\n");
        assertTrue(figures >= 0, out);
        assertTrue(out.startsWith("  values disputed: about 4,000 / 1,000 (the figure is not corroborated)",
                out.indexOf('\n', out.indexOf('\n', figures) + 1) + 1), out);
        // the deployment: Pyongyang's denial in so many words is its rival version, counted against it
        assertTrue(out.contains("  - Pyongyang (beta, 2025-02-28T08:00Z): \u201CNorth Korea has not sent troops to"
                + " Russia's Kursk region\u201D [states the claim negated, so it counts against it]"), out);
        assertTrue(out.contains("  + NIS (alpha, 2025-02-27T08:00Z): \u201C" + sent + "\u201D\n"), out);
        assertEquals(1, out.split("values disputed", -1).length - 1, "only the claim with rival figures: " + out);
    }

    /** An article in which {@code source} says {@code content} with {@code stance}. */
    private static org.corroborate.core.AnnotatedArticle said(String id, String outlet, String date,
                                                              org.corroborate.core.Source source,
                                                              org.corroborate.core.Stance stance, String content) {
        String body = source.name() + " said " + content + ".";
        int cs = source.name().length() + 6;
        org.corroborate.core.Attribution a = new org.corroborate.core.Attribution(id + "#1", id,
                new org.corroborate.core.SourceMention(org.corroborate.core.Span.of(0, source.name().length()),
                        source.name(), source),
                new org.corroborate.core.Cue(org.corroborate.core.Span.of(source.name().length() + 1, cs - 1), "said",
                        "say", org.corroborate.core.CueKind.REPORTING_VERB),
                org.corroborate.core.Span.of(cs, cs + content.length()), content,
                org.corroborate.core.Span.of(0, body.length()), stance, List.of(), List.of(),
                org.corroborate.core.QuoteType.INDIRECT, org.corroborate.core.ContentKind.FACTUAL, List.of("KP", "RU"));
        return new org.corroborate.core.AnnotatedArticle(org.corroborate.core.Article.builder().id(id)
                .url("https://" + outlet + ".example/" + id).outlet(outlet)
                .published(org.corroborate.core.Published.parse(date).orElseThrow()).title(id).body(body).build(),
                List.of(a));
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
        Path csv = dir.resolve("v.csv");
        Files.writeString(csv, "claim_id,verdict,reviewer\n" + claim + ",confirmed,ana\nc-unknown,refuted,ana\n");
        f.err.getBuffer().setLength(0);
        assertEquals(1, f.cli("review", "--import", csv.toString(), "--store", f.store.toString()));
        assertTrue(f.err.toString().contains(csv + ":3: error [invalid-value] no stored claim has the id 'c-unknown'"),
                "an unknown claim is named with its row's line: " + f.err);
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

    @Test
    void aWeekRangeBackwardsAndTooFewSamplesOrThreadsAreUsageErrors() {
        WeeklyFixture f = stored();
        String store = f.store.toString();
        f.err.getBuffer().setLength(0);
        assertEquals(2, f.cli("compare", "Harbor Daily", "Northern Ledger", "--store", store, "--from", "2025-W10",
                "--to", "2025-W09"));
        assertTrue(f.err.toString().contains("--from 2025-W10 is after --to 2025-W09"), f.err.toString());
        f.err.getBuffer().setLength(0);
        assertEquals(2, f.cli("compare", "Harbor Daily", "Northern Ledger", "--store", store, "--from", "2025-W30"));
        assertTrue(f.err.toString().contains("--from 2025-W30 is after --to 2025-W10 (the latest stored week)"),
                f.err.toString());
        f.err.getBuffer().setLength(0);
        assertEquals(2, f.cli("compare", "Harbor Daily", "Northern Ledger", "--store", store, "--samples", "10"));
        assertTrue(f.err.toString().contains("expected a whole number from 100"), f.err.toString());
        Path o = dir.resolve("weekly");
        for (String[] bad : new String[][] {{"--threads", "0"}, {"--samples", "99"}}) {
            f.err.getBuffer().setLength(0);
            assertEquals(2, f.cli("report", "--week", "2025-W09", "--store", store, "-o", o.toString(), bad[0],
                    bad[1]), String.join(" ", bad));
            assertTrue(f.err.toString().contains("Invalid value for option '" + bad[0] + "'"), f.err.toString());
        }
        assertTrue(Files.notExists(o.resolve("report.json")), "nothing is written on a usage error");
    }

    @Test
    void theWeeklyReportSaysHowManyStoredArticlesHaveNoDate() throws IOException {
        WeeklyFixture f = stored();
        String store = f.store.toString();
        Path o = dir.resolve("weekly");
        assertEquals(0, f.cli("report", "--week", "2025-W09", "--store", store, "-o", o.toString(), "--samples",
                "200"), f.err.toString());
        assertFalse(f.err.toString().contains("no publication date"), f.err.toString());
        Path undated = Files.createDirectories(dir.resolve("undated")).resolve("undated.jsonl");
        Files.writeString(undated, "{\"id\":\"u1\",\"outlet\":\"Harbor Daily\",\"title\":\"Undated\",\"body\":"
                + "\"Officials in Seoul said on Monday that the talks would resume.\"}\n", StandardCharsets.UTF_8);
        assertEquals(0, f.cli("run", undated.toString(), "--store", store, "-o", dir.resolve("run-u").toString()),
                f.err.toString());
        f.err.getBuffer().setLength(0);
        assertEquals(0, f.cli("report", "--week", "2025-W09", "--store", store, "-o", o.toString(), "--samples",
                "200"), f.err.toString());
        assertTrue(f.err.toString().contains("1 stored article has no publication date and belongs to no week's"
                + " report"), f.err.toString());
    }
}
