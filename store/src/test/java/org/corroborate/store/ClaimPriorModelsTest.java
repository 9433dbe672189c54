package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema 5: the claim prior model each run scored with, its bytes kept once, found by the weeks a run covers. */
class ClaimPriorModelsTest {

    private static final IsoWeek W09 = IsoWeek.parse("2025-W09").orElseThrow();
    private static final IsoWeek W10 = IsoWeek.parse("2025-W10").orElseThrow();

    private static StoredRun store(Store s, List<AnnotatedArticle> articles, Optional<ClaimPriorFile> model) {
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS.withSamples(200), TrackRecords.empty())
                .score(articles);
        return s.record(OffsetDateTime.parse("2025-03-09T00:00:00Z"), List.of("news.jsonl"), c.articles(),
                c.assessments(), IngestSummary.empty(), List.of(), model, n -> { });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aRunKeepsItsModelOnceAndTheWeeksItCoversFindIt(String db) throws SQLException {
        String url = Databases.freshUrl(db);
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 256); // every byte value, NUL and 0xFF included
        }
        ClaimPriorFile words = ClaimPriorFile.of("words.model", bytes);
        List<AnnotatedArticle> corpus = StoreFixtures.corpus();
        try (Store s = Store.open(url)) {
            StoredRun first = store(s, corpus.subList(0, 2), Optional.of(words)); // 2025-W09
            StoredRun second = store(s, corpus.subList(2, 3), Optional.empty()); // 2025-W10
            // the same bytes under another file name: a run of its own, the bytes not kept again
            StoredRun third = store(s, corpus.subList(0, 2), Optional.of(ClaimPriorFile.of("copy.model", bytes)));
            assertEquals(0, third.articlesNew(), "the W09 articles were stored by the first run");

            List<RunClaimPrior> all = s.claimPriors();
            assertEquals(List.of(new RunClaimPrior(first.id(), "words.model", words.sha256()),
                    new RunClaimPrior(second.id(), "", ""),
                    new RunClaimPrior(third.id(), "copy.model", words.sha256())), all);
            // W09: the run that stored its articles, and the one that assessed its claims again
            assertEquals(List.of(all.get(0), all.get(2)), s.claimPriors(W09, W09));
            assertEquals(List.of(all.get(1)), s.claimPriors(W10, W10));
            assertEquals(all, s.claimPriors(W09, W10));

            ClaimPriorFile kept = s.claimPriorModel(all.get(2)).orElseThrow();
            assertEquals("copy.model", kept.name());
            assertEquals(words.sha256(), kept.sha256());
            assertArrayEquals(bytes, kept.bytes());
            assertEquals("words.model", s.claimPriorModel(all.get(0)).orElseThrow().name());
            assertTrue(s.claimPriorModel(all.get(1)).isEmpty(), "the default prior has no model");
            assertTrue(all.get(1).isDefault());
            assertEquals("the default prior 0.5", all.get(1).describe());
            assertEquals("words.model (sha256 " + words.sha256().substring(0, 12) + ")", all.get(0).describe());
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM claim_prior_models")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "one model's bytes, kept once");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aRunStoredBeforeSchema5ScoredWithTheDefaultPrior(String db) throws SQLException {
        String url = Databases.freshUrlAtSchema(db, "4");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO runs (started_at, inputs, files, files_failed, articles_read, errors, warnings,"
                    + " diagnostics) VALUES (TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00', '[]', 1, 0, 0, 0, 0,"
                    + " '[]')");
        }
        try (Store s = Store.open(url)) {
            long old = s.runs().get(0).id();
            assertEquals(List.of(new RunClaimPrior(old, "", "")), s.claimPriors());
            StoredRun later = store(s, StoreFixtures.corpus(), Optional.of(ClaimPriorFile.of("m", new byte[] {1})));
            assertEquals(List.of(new RunClaimPrior(old, "", ""), new RunClaimPrior(later.id(), "m",
                    ClaimPriorFile.of("m", new byte[] {1}).sha256())), s.claimPriors());
        }
    }
}
