package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Claim;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Location;
import org.corroborate.core.Verdict;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same suite on H2 and, when available, on PostgreSQL. */
class StoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-06T10:00:00Z");
    private static final ScoringConfig FAST = ScoringConfig.DEFAULTS.withSamples(200);

    /** Where this test's H2 stores live; JUnit deletes it afterwards. */
    @TempDir
    java.nio.file.Path tmp;

    private static StoredRun store(Store s, List<AnnotatedArticle> articles) {
        Corroboration c = new Corroborator(FAST, TrackRecords.empty()).score(articles);
        IngestSummary ingest = new IngestSummary(1, 0, articles.size(), 0, 0, 0, 1, java.util.Map.of("limit", 1L));
        List<Diagnostic> diags = List.of(Diagnostic.warning(Location.ofLine("news.jsonl", 3), "limit",
                "body too long <script>", "x"));
        return s.record(T0, List.of("news.jsonl"), c.articles(), c.assessments(), ingest, diags, n -> { });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void storesArticlesAttributionsAndSnapshotsAndReadsThemBack(String db) {
        try (Store s = Databases.fresh(db)) {
            StoredRun run = store(s, StoreFixtures.corpus());
            assertEquals(3, run.articlesNew());
            assertEquals(0, run.articlesKnown());
            assertEquals(4, run.attributions());
            assertEquals(1, run.diagnostics().size());
            assertEquals("body too long <script>", run.diagnostics().get(0).message());
            assertEquals(List.of(IsoWeek.parse("2025-W09").orElseThrow(), IsoWeek.parse("2025-W10").orElseThrow()),
                    s.weeks());
            List<AnnotatedArticle> w9 = s.articles(IsoWeek.parse("2025-W09").orElseThrow());
            assertEquals(List.of("a1", "a2"), w9.stream().map(a -> a.article().id()).toList());
            // attributions come back equal, record by record
            assertEquals(StoreFixtures.corpus().get(1).attributions(), w9.get(1).attributions());
            assertEquals(StoreFixtures.corpus().get(1).article().published(), w9.get(1).article().published());
            assertEquals(StoreFixtures.corpus().get(1).article().body(), w9.get(1).article().body());
            List<ClaimSnapshot> claims = s.latestClaims();
            assertEquals(2, claims.size());
            ClaimSnapshot kursk = claims.stream().filter(c -> c.status() == ClaimStatus.CORROBORATED).findFirst()
                    .orElseThrow();
            assertEquals("2025-W09", kursk.week());
            assertEquals(3, kursk.evidence().size());
            assertEquals(List.of(run.id()), s.runsOf(IsoWeek.parse("2025-W10").orElseThrow()).stream()
                    .map(StoredRun::id).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void storingTheSameArticlesTwiceChangesNothing(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, StoreFixtures.corpus());
            Store.Counts before = s.counts();
            List<AnnotatedArticle> w9 = s.articles(IsoWeek.parse("2025-W09").orElseThrow());
            List<ClaimSnapshot> claims = s.latestClaims();
            StoredRun again = store(s, StoreFixtures.corpus());
            assertEquals(0, again.articlesNew());
            assertEquals(3, again.articlesKnown());
            Store.Counts after = s.counts();
            assertEquals(before.articles(), after.articles());
            assertEquals(before.attributions(), after.attributions());
            assertEquals(before.verdicts(), after.verdicts());
            assertEquals(w9, s.articles(IsoWeek.parse("2025-W09").orElseThrow()));
            // the latest snapshot of each claim says the same, run number aside
            List<ClaimSnapshot> again2 = s.latestClaims();
            assertEquals(claims.size(), again2.size());
            for (int i = 0; i < claims.size(); i++) {
                assertEquals(claims.get(i).claimId(), again2.get(i).claimId());
                assertEquals(claims.get(i).evidence(), again2.get(i).evidence());
                assertEquals(claims.get(i).probability(), again2.get(i).probability());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void anArticleKnownByUrlOrByOutletAndBodyIsNotStoredAgain(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, StoreFixtures.corpus());
            AnnotatedArticle a1 = StoreFixtures.corpus().get(0);
            AnnotatedArticle sameUrl = new AnnotatedArticle(a1.article().toBuilder().id("other-id").build(),
                    List.of());
            AnnotatedArticle sameBody = new AnnotatedArticle(a1.article().toBuilder().id("third-id").url("").build(),
                    List.of());
            AnnotatedArticle otherOutlet = new AnnotatedArticle(a1.article().toBuilder().id("fourth").url("")
                    .outlet("gamma").build(), List.of());
            StoredRun r = store(s, List.of(sameUrl, sameBody, otherOutlet));
            assertEquals(1, r.articlesNew());
            assertEquals(2, r.articlesKnown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void verdictsAreRevisableWithHistoryAndFeedTrackRecords(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, StoreFixtures.corpus());
            ClaimSnapshot kursk = s.latestClaims().stream().filter(c -> c.status() == ClaimStatus.CORROBORATED)
                    .findFirst().orElseThrow();
            assertTrue(s.trackRecords(Optional.empty()).asMap().isEmpty());
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.REFUTED, "ana", "first look",
                    OffsetDateTime.parse("2025-03-07T09:00:00Z")));
            TrackRecords refuted = s.trackRecords(Optional.empty());
            assertEquals(new TrackRecords.Counts(0, 1), refuted.of("kr-nis"));
            assertEquals(new TrackRecords.Counts(0, 1), refuted.of("outlet:alpha"));
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.CONFIRMED, "ben", "satellite images",
                    OffsetDateTime.parse("2025-03-08T09:00:00+01:00")));
            assertEquals(2, s.history(kursk.claimId()).size());
            Verdict now = s.verdict(kursk.claimId()).orElseThrow();
            assertEquals(Verdict.Outcome.CONFIRMED, now.outcome());
            assertEquals("ben", now.reviewer());
            assertEquals(OffsetDateTime.parse("2025-03-08T08:00:00Z"), now.decidedAt());
            TrackRecords confirmed = s.trackRecords(Optional.empty());
            assertEquals(new TrackRecords.Counts(1, 0), confirmed.of("kr-nis"));
            assertEquals(new TrackRecords.Counts(1, 0), confirmed.of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(1, 0), confirmed.of("outlet:beta"));
            // the silent party is credited with nothing
            assertEquals(new TrackRecords.Counts(0, 0), confirmed.of("ru-government"));
            assertTrue(s.trackRecords(IsoWeek.parse("2025-W08")).asMap().isEmpty());
            assertFalse(s.trackRecords(IsoWeek.parse("2025-W09")).asMap().isEmpty());
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.UNRESOLVABLE, "ana", "",
                    OffsetDateTime.parse("2025-03-09T09:00:00Z")));
            assertTrue(s.trackRecords(Optional.empty()).asMap().isEmpty());
            assertEquals(1, s.currentVerdicts().size());
        }
    }

    /** The corpus scored, the ingest summary it was stored with, and its corroborated claim as stored. */
    private record Refuted(Corroboration c, IngestSummary ingest, ClaimSnapshot kursk) {
    }

    /** Stores the corpus as one run and refutes its corroborated claim (Kursk). */
    private static Refuted storeAndRefuteKursk(Store s) {
        Corroboration c = new Corroborator(FAST, TrackRecords.empty()).score(StoreFixtures.corpus());
        IngestSummary ingest = new IngestSummary(1, 0, c.articles().size(), 0, 0, 0, 0, java.util.Map.of());
        s.record(T0, List.of("news.jsonl"), c.articles(), c.assessments(), ingest, List.of(), n -> { });
        ClaimSnapshot kursk = s.latestClaims().stream().filter(x -> x.status() == ClaimStatus.CORROBORATED)
                .findFirst().orElseThrow();
        s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.REFUTED, "ana", "",
                OffsetDateTime.parse("2025-03-07T09:00:00Z")));
        return new Refuted(c, ingest, kursk);
    }

    /** {@code assessments} with the claim {@code from} renamed {@code to}, as scoring again may group it. */
    private static List<Assessment> renamed(List<Assessment> assessments, String from, String to) {
        List<Assessment> out = new ArrayList<>();
        for (Assessment a : assessments) {
            Claim k = a.claim();
            Claim claim = k.id().equals(from) ? new Claim(to, k.statement(), k.attributions(), k.parties(),
                    k.values()) : k;
            out.add(new Assessment(claim, a.probability(), a.interval(), a.grade(), a.status(), a.origins(),
                    a.evidence(), a.silentParties(), a.explanation()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aVerdictCarriesOverWhenScoringAgainGivesTheClaimAnotherId(String db) {
        try (Store s = Databases.fresh(db)) {
            Refuted r = storeAndRefuteKursk(s);
            Corroboration c = r.c();
            IngestSummary ingest = r.ingest();
            ClaimSnapshot kursk = r.kursk();
            TrackRecords before = s.trackRecords(Optional.empty());

            // a later run groups the same evidence under another id
            List<Assessment> renamed = renamed(c.assessments(), kursk.claimId(), "c-renamed");
            s.record(T0.plusDays(1), List.of("news.jsonl"), c.articles(), renamed, ingest, List.of(), n -> { });

            List<String> current = s.currentClaims().stream().map(ClaimSnapshot::claimId).toList();
            assertTrue(current.contains("c-renamed"), current.toString());
            assertFalse(current.contains(kursk.claimId()), "the old id is superseded: " + current);
            Verdict carried = s.currentClaimVerdicts().get("c-renamed");
            assertEquals(Verdict.Outcome.REFUTED, carried.outcome());
            assertEquals(kursk.claimId(), carried.claimId(), "a carried verdict names the claim it was given on");
            // the verdict counts once, whatever id its claim has now
            assertEquals(before.asMap(), s.trackRecords(Optional.empty()).asMap());
            // fresh scores are matched by evidence too; a claim sharing nothing gets nothing
            List<String> evidence = kursk.evidence().stream().map(EvidenceRow::attributionId).toList();
            java.util.Map<String, List<String>> fresh = new java.util.LinkedHashMap<>();
            fresh.put("c-fresh", evidence.subList(0, (evidence.size() + 1) / 2));
            fresh.put("c-other", List.of("no-such-attribution"));
            java.util.Map<String, Verdict> inForce = s.verdictsInForce(fresh);
            assertEquals(Verdict.Outcome.REFUTED, inForce.get("c-fresh").outcome());
            assertFalse(inForce.containsKey("c-other"));
            // the claim's own verdict, once given, takes precedence
            s.recordVerdict(new Verdict("c-renamed", Verdict.Outcome.CONFIRMED, "ben", "",
                    OffsetDateTime.parse("2025-03-08T09:00:00Z")));
            assertEquals("c-renamed", s.currentClaimVerdicts().get("c-renamed").claimId());
            assertEquals(new TrackRecords.Counts(1, 0), s.trackRecords(Optional.empty()).of("kr-nis"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void theResolutionStateReadsTheResolvableClaimsOnlyAndResolvesAsTheWholeState(String db) {
        try (Store s = Databases.fresh(db)) {
            Refuted stored = storeAndRefuteKursk(s);
            ClaimSnapshot kursk = stored.kursk();
            ReviewState one = s.resolutionState();
            assertEquals(List.of(kursk.claimId()), one.currentClaims().stream().map(ClaimSnapshot::claimId).toList(),
                    "the claim sharing no evidence with the reviewed one is not read");
            assertEquals(s.latestClaim(kursk.claimId()).orElseThrow(), one.currentClaims().get(0));
            // later runs group the reviewed claim's evidence under other ids, each superseding the one before
            for (String id : List.of("c-second", "c-third")) {
                List<Assessment> renamed = renamed(stored.c().assessments(), kursk.claimId(), id);
                s.record(T0.plusDays(id.equals("c-second") ? 1 : 2), List.of("news.jsonl"), stored.c().articles(),
                        renamed, stored.ingest(), List.of(), n -> { });
                ReviewState whole = s.reviewState();
                ReviewState part = s.resolutionState();
                assertTrue(whole.currentClaims().containsAll(part.currentClaims()));
                assertTrue(part.currentClaims().size() < whole.currentClaims().size(), part.currentClaims().toString());
                assertEquals(whole.resolutions(), part.resolutions());
                assertEquals(1, part.resolutions().size(), part.resolutions().toString());
                assertTrue(part.resolutions().containsKey(id), part.resolutions().toString());
                assertEquals(whole.trackRecords(Optional.empty()).asMap(), part.trackRecords(Optional.empty()).asMap());
                List<IsoWeek> weeks = List.of(IsoWeek.parse("2025-W08").orElseThrow(),
                        IsoWeek.parse("2025-W09").orElseThrow(), IsoWeek.parse("2025-W10").orElseThrow());
                java.util.Map<IsoWeek, TrackRecords> wholeByWeek = whole.trackRecordsByWeek(weeks);
                java.util.Map<IsoWeek, TrackRecords> partByWeek = part.trackRecordsByWeek(weeks);
                for (IsoWeek w : weeks) {
                    assertEquals(wholeByWeek.get(w).asMap(), partByWeek.get(w).asMap(), w.toString());
                }
                java.util.Map<String, List<String>> claims = new java.util.LinkedHashMap<>();
                for (ClaimSnapshot x : whole.currentClaims()) {
                    claims.put(x.claimId(), x.evidence().stream().map(EvidenceRow::attributionId).toList());
                }
                assertEquals(whole.verdictsInForce(claims), part.verdictsInForce(claims));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aReviewStateAnswersFromOneReadAndAgreesWithTheStore(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, StoreFixtures.corpus());
            ClaimSnapshot kursk = s.latestClaims().stream().filter(c -> c.status() == ClaimStatus.CORROBORATED)
                    .findFirst().orElseThrow();
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.CONFIRMED, "ana", "",
                    OffsetDateTime.parse("2025-03-07T09:00:00Z")));
            ReviewState review = s.reviewState();
            assertEquals(s.currentClaims(), review.currentClaims());
            assertEquals(s.currentClaimVerdicts(), review.currentClaimVerdicts());
            assertEquals(s.trackRecords(Optional.empty()).asMap(), review.trackRecords(Optional.empty()).asMap());
            List<IsoWeek> weeks = List.of(IsoWeek.parse("2025-W08").orElseThrow(), IsoWeek.parse("2025-W09").orElseThrow());
            assertEquals(s.trackRecordsByWeek(weeks).get(weeks.get(1)).asMap(),
                    review.trackRecordsByWeek(weeks).get(weeks.get(1)).asMap());
            assertEquals(new TrackRecords.Counts(1, 0), review.trackRecords(Optional.empty()).of("kr-nis"));

            // a later verdict changes the store's answers, not those of a state read before it
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.REFUTED, "ben", "",
                    OffsetDateTime.parse("2025-03-08T09:00:00Z")));
            assertEquals(new TrackRecords.Counts(0, 1), s.trackRecords(Optional.empty()).of("kr-nis"));
            assertEquals(new TrackRecords.Counts(1, 0), review.trackRecords(Optional.empty()).of("kr-nis"));
            assertEquals(Verdict.Outcome.CONFIRMED, review.currentClaimVerdicts().get(kursk.claimId()).outcome());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aPartysLaterConfirmationResolvesTheClaimUnlessAReviewerDecided(String db) {
        try (Store s = Databases.fresh(db)) {
            List<AnnotatedArticle> corpus = new ArrayList<>(StoreFixtures.corpus());
            corpus.add(StoreFixtures.article("a4", "gamma", "2025-04-28T08:00:00Z", StoreFixtures.MOSCOW,
                    org.corroborate.core.Stance.CONFIRMS, "North Korean troops were sent to the Kursk region of Russia"));
            store(s, corpus);
            ClaimSnapshot kursk = s.latestClaims().stream().filter(c -> c.evidence().size() > 2)
                    .findFirst().orElseThrow();
            java.util.Map<String, Verdict> byParty = s.partyConfirmations();
            assertEquals(java.util.Set.of(kursk.claimId()), byParty.keySet());
            Verdict v = byParty.get(kursk.claimId());
            assertEquals(Verdict.Outcome.CONFIRMED, v.outcome());
            assertEquals("party:ru-government", v.reviewer());
            assertEquals("Moscow, a party to the claim, confirmed it (gamma)", v.note());
            assertTrue(s.currentVerdicts().isEmpty(), "not a reviewer's verdict");
            assertTrue(s.currentClaimVerdicts().isEmpty(), "nor a verdict in force for the review queue");
            ReviewState state = s.reviewState();
            assertEquals(byParty, state.partyResolutions());
            assertEquals(byParty, state.resolutions());
            // computed once per state: every track record (and each week's) starts from the same resolutions
            org.junit.jupiter.api.Assertions.assertSame(state.resolutions(), state.resolutions());

            TrackRecords records = s.trackRecords(Optional.empty());
            assertEquals(new TrackRecords.Counts(1, 0), records.of("kr-nis"));
            assertEquals(new TrackRecords.Counts(1, 0), records.of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(1, 0), records.of("outlet:gamma"));

            // a reviewer's verdict takes precedence, unresolvable included
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.REFUTED, "ana", "staged",
                    OffsetDateTime.parse("2025-05-02T09:00:00Z")));
            assertEquals(new TrackRecords.Counts(0, 1), s.trackRecords(Optional.empty()).of("kr-nis"));
            assertTrue(s.reviewState().partyResolutions().isEmpty(), "overruled by the reviewer");
            assertEquals(Verdict.Outcome.REFUTED, s.currentClaimVerdicts().get(kursk.claimId()).outcome());
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.UNRESOLVABLE, "ana", "",
                    OffsetDateTime.parse("2025-05-03T09:00:00Z")));
            assertTrue(s.trackRecords(Optional.empty()).asMap().isEmpty());
        }
    }

    /**
     * What broke: a party's confirmation of a negatively stated claim's plain opposite weighed as an admission against
     * the claim, but resolved nothing, so the sources that had backed the claim kept clean records.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aPartyConfirmingTheOppositeOfANegatedClaimRefutesIt(String db) {
        try (Store s = Databases.fresh(db)) {
            String notSent = "North Korean troops were not sent to the Kursk region of Russia";
            List<AnnotatedArticle> corpus = List.of(
                    StoreFixtures.article("b1", "alpha", "2025-02-24T08:00:00Z", StoreFixtures.NIS,
                            org.corroborate.core.Stance.ASSERTS, notSent),
                    StoreFixtures.article("b2", "beta", "2025-02-25T08:00:00Z", StoreFixtures.WEST,
                            org.corroborate.core.Stance.ASSERTS, notSent),
                    StoreFixtures.article("b3", "gamma", "2025-04-28T08:00:00Z", StoreFixtures.MOSCOW,
                            org.corroborate.core.Stance.CONFIRMS, "North Korean troops were sent to the Kursk region"
                                    + " of Russia"));
            List<org.corroborate.core.Attribution> carriers = new ArrayList<>();
            java.util.Map<String, org.corroborate.core.Article> byId = new java.util.HashMap<>();
            for (AnnotatedArticle a : corpus) {
                carriers.addAll(a.attributions());
                byId.put(a.article().id(), a.article());
            }
            // the claim as the matcher states it when Moscow's words are its rival version, not its statement
            Claim claim = new Claim("c-not-sent", notSent, carriers, List.of(StoreFixtures.MOSCOW), List.of(),
                    List.of("b3#1"));
            Assessment as = new Corroborator(FAST, TrackRecords.empty()).assess(claim, byId, java.util.Map.of());
            s.record(T0, List.of("news.jsonl"), corpus, List.of(as), IngestSummary.empty(), List.of(), n -> { });
            Verdict v = s.partyConfirmations().get("c-not-sent");
            assertEquals(Verdict.Outcome.REFUTED, v.outcome());
            assertEquals("Moscow, a party to the claim, confirmed its opposite (gamma)", v.note());
            TrackRecords records = s.trackRecords(Optional.empty());
            assertEquals(new TrackRecords.Counts(0, 1), records.of("kr-nis"), "it backed a refuted claim");
            assertEquals(new TrackRecords.Counts(0, 1), records.of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(1, 0), records.of("ru-government"), "it opposed it");
            assertEquals(new TrackRecords.Counts(1, 0), records.of("outlet:gamma"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aBatchThatFailsIsRolledBackWhole(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, StoreFixtures.corpus());
            Store.Counts before = s.counts();
            AnnotatedArticle fine = StoreFixtures.article("n1", "gamma", "2025-02-26",
                    StoreFixtures.WEST, org.corroborate.core.Stance.ASSERTS, "a new statement about troops");
            // a new article whose attribution id collides with a stored one: the insert fails
            AnnotatedArticle clash = StoreFixtures.article("n2", "delta", "2025-02-26",
                    StoreFixtures.NIS, org.corroborate.core.Stance.ASSERTS, "another statement");
            AnnotatedArticle bad = new AnnotatedArticle(clash.article(), List.of(new org.corroborate.core.Attribution(
                    "a1#1", "n2", clash.attributions().get(0).source(), clash.attributions().get(0).cue(),
                    clash.attributions().get(0).content(), "another statement", clash.attributions().get(0)
                    .sentence(), org.corroborate.core.Stance.ASSERTS, List.of(), List.of(),
                    org.corroborate.core.QuoteType.INDIRECT, org.corroborate.core.ContentKind.FACTUAL, List.of())));
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> s.record(T0, List.of("x"), List.of(fine, bad), List.of(),
                            IngestSummary.empty(), List.of(), n -> { }));
            assertTrue(e.getMessage().contains("cannot store the run"), e.getMessage());
            Store.Counts after = s.counts();
            assertEquals(before.articles(), after.articles(), "n1 was rolled back with n2");
            assertEquals(before.attributions(), after.attributions());
        }
    }

    @org.junit.jupiter.api.Test
    void aReadingCommandDoesNotCreateAMissingStore() throws Exception {
        java.nio.file.Path dir = tmp;
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Store.openExisting(dir.resolve("none/store").toString()));
        assertTrue(e.getMessage().contains("there is no store at"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(dir.resolve("none")), "nothing was created");
    }

    @org.junit.jupiter.api.Test
    void aStoreWhoseCreationWasKilledHalfwayOpensAfresh() throws Exception {
        // H2 commits each CREATE TABLE: a kill during the first migration leaves tables and no migration record
        java.nio.file.Path dir = tmp;
        String path = dir.resolve("store").toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Store.jdbcUrl(path));
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE runs (id BIGINT PRIMARY KEY)");
            st.execute("CREATE TABLE articles (id VARCHAR(10) PRIMARY KEY)");
        }
        try (Store s = Store.open(path)) {
            store(s, StoreFixtures.corpus());
            assertEquals(1, s.runs().size());
        }
        // a store with data and a failing migration is never dropped
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Store.jdbcUrl(path));
             java.sql.Statement st = c.createStatement()) {
            st.execute("DELETE FROM \"flyway_schema_history\"");
        }
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Store.open(path));
        assertTrue(e.getMessage().contains("cannot open the store"), e.getMessage());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Store.jdbcUrl(path));
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the stored articles are kept");
        }
    }

    @org.junit.jupiter.api.Test
    void aStoreKilledDuringALaterMigrationOpensWithItsData() throws Exception {
        // H2 commits each ALTER: a kill during schema 4 leaves some of its columns and no record of it (nor of the
        // schemas after it); a kill during schema 5 leaves its table and one of its columns; a kill during schema 6
        // leaves nothing of it; a kill during schema 7 leaves its index
        String path = storedCorpus();
        sql(path, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6', '7')",
                "ALTER TABLE claim_snapshots DROP COLUMN values_disputed",
                "ALTER TABLE runs DROP COLUMN claim_prior_sha256", "ALTER TABLE runs DROP COLUMN source_priors");
        try (Store s = Store.open(path)) {
            assertEquals(3, s.counts().articles());
            assertEquals(1, s.runs().size());
            assertTrue(s.claimPriors().get(0).isDefault());
            assertTrue(s.sourcePriors().get(0).isDefault());
        }
        assertEquals("7", one(path, "SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\""));
    }

    @org.junit.jupiter.api.Test
    void aStoreMigratedBeforeItsMigrationsWereRewrittenOpensButNotOneWithAnotherMismatch() throws Exception {
        String path = storedCorpus();
        String v3 = one(path, "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '3'");
        // the checksums that schemas 3 and 4 had as first released, before IF NOT EXISTS
        sql(path, "UPDATE \"flyway_schema_history\" SET \"checksum\" = -2064755295 WHERE \"version\" = '3'",
                "UPDATE \"flyway_schema_history\" SET \"checksum\" = 708481421 WHERE \"version\" = '4'");
        try (Store s = Store.open(path)) {
            assertEquals(3, s.counts().articles());
        }
        assertEquals(v3, one(path, "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '3'"));
        // any other mismatch is still refused
        sql(path, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '2'");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Store.open(path));
        assertTrue(e.getMessage().contains("cannot open the store"), e.getMessage());
    }

    /** A new H2 store holding the fixture corpus, by path. */
    private String storedCorpus() {
        String path = tmp.resolve("store").toString();
        try (Store s = Store.open(path)) {
            store(s, StoreFixtures.corpus());
        }
        return path;
    }

    private static void sql(String path, String... statements) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Store.jdbcUrl(path));
             java.sql.Statement st = c.createStatement()) {
            for (String q : statements) {
                st.execute(q);
            }
        }
    }

    private static String one(String path, String query) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Store.jdbcUrl(path));
             java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getString(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void reopeningAMigratedStoreKeepsItsData(String db) throws Exception {
        if (db.equals("h2")) {
            java.nio.file.Path dir = tmp;
            String path = dir.resolve("sub/store").toString();
            try (Store s = Store.open(path)) {
                store(s, StoreFixtures.corpus());
            }
            try (Store s = Store.open(path)) {
                assertEquals(3, s.counts().articles());
                assertFalse(s.isPostgres());
            }
        } else {
            try (Store s = Databases.fresh(db)) {
                store(s, StoreFixtures.corpus());
                assertTrue(s.isPostgres());
            }
            try (Store s = Store.open(System.getenv(Databases.PG_ENV))) {
                assertEquals(3, s.counts().articles());
            }
        }
    }
}
