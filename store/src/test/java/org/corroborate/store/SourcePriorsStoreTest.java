package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.corroborate.scoring.SourcePriors;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema 6: the source kinds' priors each run scored with, found by the weeks a run covers. */
class SourcePriorsStoreTest {

    private static final IsoWeek W09 = IsoWeek.parse("2025-W09").orElseThrow();
    private static final IsoWeek W10 = IsoWeek.parse("2025-W10").orElseThrow();

    private static StoredRun store(Store s, List<AnnotatedArticle> articles, ScoringConfig config) {
        Corroboration c = new Corroborator(config.withSamples(200), TrackRecords.empty()).score(articles);
        return s.record(OffsetDateTime.parse("2025-03-09T00:00:00Z"), List.of("news.jsonl"), c.articles(),
                c.assessments(), IngestSummary.empty(), List.of(), Optional.empty(), SourcePriors.text(config),
                n -> { });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aRunKeepsItsSourcePriorsAndTheWeeksItCoversFindThem(String db) {
        ScoringConfig custom = SourcePriors.apply(ScoringConfig.DEFAULTS, "government=2,8 state_media=0.25,9.5");
        String text = SourcePriors.text(custom);
        assertEquals("government=2,8 state_media=0.25,9.5", text, "the kinds in their declared order");
        List<AnnotatedArticle> corpus = StoreFixtures.corpus();
        try (Store s = Store.open(Databases.freshUrl(db))) {
            StoredRun first = store(s, corpus.subList(0, 2), custom); // 2025-W09
            StoredRun second = store(s, corpus.subList(2, 3), ScoringConfig.DEFAULTS); // 2025-W10
            List<RunSourcePriors> all = s.sourcePriors();
            assertEquals(List.of(new RunSourcePriors(first.id(), text), new RunSourcePriors(second.id(), "")), all);
            assertEquals(List.of(all.get(0)), s.sourcePriors(W09, W09));
            assertEquals(List.of(all.get(1)), s.sourcePriors(W10, W10));
            assertEquals(all, s.sourcePriors(W09, W10));
            assertTrue(all.get(1).isDefault());
            assertEquals("the default source priors", all.get(1).describe());
            assertEquals("source priors government=2,8 state_media=0.25,9.5", all.get(0).describe());
            // read back, the text gives the run's priors exactly
            ScoringConfig back = SourcePriors.apply(ScoringConfig.DEFAULTS, s.sourcePriors(W09, W09).get(0).priors());
            for (org.corroborate.core.SourceKind k : org.corroborate.core.SourceKind.values()) {
                assertEquals(java.util.Arrays.toString(custom.prior(k)), java.util.Arrays.toString(back.prior(k)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aRunStoredBeforeSchema6ScoredWithTheDefaultPriors(String db) throws SQLException {
        String url = Databases.freshUrlAtSchema(db, "5");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO runs (started_at, inputs, files, files_failed, articles_read, errors, warnings,"
                    + " diagnostics) VALUES (TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00', '[]', 1, 0, 0, 0, 0,"
                    + " '[]')");
            try (ResultSet rs = c.getMetaData().getColumns(null, null, db.equals("h2") ? "RUNS" : "runs", null)) {
                boolean has = false;
                while (rs.next()) {
                    has |= rs.getString("COLUMN_NAME").equalsIgnoreCase("source_priors");
                }
                assertFalse(has, "schema 5 has no source priors");
            }
        }
        try (Store s = Store.open(url)) {
            long old = s.runs().get(0).id();
            assertEquals(List.of(new RunSourcePriors(old, "")), s.sourcePriors());
            StoredRun later = store(s, StoreFixtures.corpus(), ScoringConfig.DEFAULTS.withPrior(
                    org.corroborate.core.SourceKind.STATE_MEDIA, 3, 7));
            assertEquals(List.of(new RunSourcePriors(old, ""), new RunSourcePriors(later.id(), "state_media=3,7")),
                    s.sourcePriors());
        }
    }
}
