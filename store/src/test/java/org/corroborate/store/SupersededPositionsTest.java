package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Stance;
import org.corroborate.core.Verdict;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source that changed its position on a claim is credited with each position it took once the claim is resolved
 * (store schema 3 keeps the superseded flag of the evidence); on H2 and, when available, PostgreSQL.
 */
class SupersededPositionsTest {

    private static final String KURSK = "North Korean troops were sent to the Kursk region of Russia";
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-06T10:00:00Z");

    /** NIS reports the claim; Western intelligence denies it on day 1 (twice) and confirms it on day 3. */
    private static List<AnnotatedArticle> turnaround() {
        return List.of(
                StoreFixtures.article("a1", "alpha", "2025-02-24T08:00:00Z", StoreFixtures.NIS, Stance.ASSERTS, KURSK),
                StoreFixtures.article("a2", "beta", "2025-02-25T08:00:00Z", StoreFixtures.WEST, Stance.DENIES, KURSK),
                StoreFixtures.article("a3", "delta", "2025-02-25T18:00:00Z", StoreFixtures.WEST, Stance.DENIES,
                        KURSK),
                StoreFixtures.article("a4", "gamma", "2025-02-27T08:00:00Z", StoreFixtures.WEST, Stance.CONFIRMS,
                        KURSK));
    }

    private static void store(Store s, List<AnnotatedArticle> articles) {
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS.withSamples(200), TrackRecords.empty())
                .score(articles);
        s.record(T0, List.of("news.jsonl"), c.articles(), c.assessments(), IngestSummary.empty(), List.of(),
                n -> { });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aSourceThatDeniedThenConfirmedGetsOneFailureAndOneSuccess(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, turnaround());
            assertEquals(1, s.latestClaims().size());
            ClaimSnapshot kursk = s.latestClaims().get(0);
            // the flag survives the store: both denials are superseded, the confirmation is counted
            List<EvidenceRow> west = kursk.evidence().stream()
                    .filter(e -> e.originSourceId().equals("western-intelligence")).toList();
            assertEquals(3, west.size());
            assertEquals(List.of(true, true, false), west.stream().map(EvidenceRow::superseded).toList());
            assertEquals(List.of(false, false, true), west.stream().map(EvidenceRow::counted).toList());
            assertTrue(kursk.evidence().stream().filter(e -> e.originSourceId().equals("kr-nis"))
                    .noneMatch(EvidenceRow::superseded));

            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.CONFIRMED, "ana", "",
                    OffsetDateTime.parse("2025-03-07T09:00:00Z")));
            TrackRecords confirmed = s.trackRecords(Optional.empty());
            // wrong on day 1 (one position, however often repeated), right on day 3
            assertEquals(new TrackRecords.Counts(1, 1), confirmed.of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(1, 0), confirmed.of("kr-nis"));
            // outlets carry positions without taking them: one trial each, as before
            assertEquals(new TrackRecords.Counts(0, 1), confirmed.of("outlet:beta"));
            assertEquals(new TrackRecords.Counts(1, 0), confirmed.of("outlet:gamma"));

            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.REFUTED, "ben", "",
                    OffsetDateTime.parse("2025-03-08T09:00:00Z")));
            TrackRecords refuted = s.trackRecords(Optional.empty());
            assertEquals(new TrackRecords.Counts(1, 1), refuted.of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(0, 1), refuted.of("kr-nis"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aSourceThatKeptItsPositionHasOneTrial(String db) {
        try (Store s = Databases.fresh(db)) {
            store(s, List.of(turnaround().get(0), turnaround().get(1), turnaround().get(2)));
            ClaimSnapshot kursk = s.latestClaims().get(0);
            assertTrue(kursk.evidence().stream().noneMatch(EvidenceRow::superseded));
            s.recordVerdict(new Verdict(kursk.claimId(), Verdict.Outcome.CONFIRMED, "ana", "",
                    OffsetDateTime.parse("2025-03-07T09:00:00Z")));
            assertEquals(new TrackRecords.Counts(0, 1), s.trackRecords(Optional.empty()).of("western-intelligence"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aStoreOfSchema2UpgradesKeepingItsDataAndFlagsItsSupersededEvidence(String db) throws SQLException {
        String url = Databases.freshUrlAtSchema(db, "2");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertFalse(columns(c).contains("superseded"), "schema 2 has no flag");
            st.execute("INSERT INTO runs (id, started_at, inputs, files, files_failed, articles_read, errors,"
                    + " warnings, diagnostics) VALUES (1, TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00', '[]', 1,"
                    + " 0, 4, 0, 0, '[]')");
            st.execute("INSERT INTO claim_snapshots (run_id, claim_id, statement, status, probability,"
                    + " interval_lower, interval_upper, grade, origins, iso_week, first_seen) VALUES (1, 'c-1', '"
                    + KURSK + "', 'CORROBORATED', 0.8, 0.6, 0.9, 'B1', 2, '2025-W09', '2025-02-24T08:00Z')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_evidence (run_id, claim_id, ordinal,"
                    + " attribution_id, article_id, outlet, published_text, origin_key, origin_source_id,"
                    + " source_name, role, weight, counted, hedged, content_text, reason) VALUES (1, 'c-1', ?, ?, ?,"
                    + " ?, '', ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")) {
                row(ps, 0, "a1", "alpha", "kr-government", "kr-nis", "NIS", EvidenceRole.SUPPORTS, true,
                        "asserts (intelligence agency); origin kr-government");
                row(ps, 1, "a2", "beta", "western-intelligence", "western-intelligence", "Western intelligence",
                        EvidenceRole.OPPOSES, false, "denies (intelligence agency); origin western-intelligence;"
                                + " superseded: the same origin later confirmed it (gamma, 2025-02-27)");
                row(ps, 2, "a4", "gamma", "western-intelligence", "western-intelligence", "Western intelligence",
                        EvidenceRole.SUPPORTS, true, "confirms (intelligence agency); origin western-intelligence");
                row(ps, 3, "a5", "alpha", "kr-government", "kr-nis", "NIS", EvidenceRole.SUPPORTS, false,
                        "asserts (intelligence agency); origin kr-government; not counted again: origin"
                                + " kr-government already counted");
            }
            st.execute("INSERT INTO verdicts (claim_id, outcome, reviewer, note, decided_at, recorded_at) VALUES"
                    + " ('c-1', 'CONFIRMED', 'ana', '', TIMESTAMP WITH TIME ZONE '2025-03-07 09:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-03-07 09:00:00+00')");
        }
        try (Store s = Store.open(url)) {
            assertEquals(new Store.Counts(1, 0, 0, 1, 1), s.counts(), "nothing was lost");
            ClaimSnapshot c = s.latestClaims().get(0);
            assertEquals(4, c.evidence().size());
            assertEquals(List.of(false, true, false, false),
                    c.evidence().stream().map(EvidenceRow::superseded).toList());
            assertEquals(new TrackRecords.Counts(1, 1), s.trackRecords(Optional.empty()).of("western-intelligence"));
            assertEquals(new TrackRecords.Counts(1, 0), s.trackRecords(Optional.empty()).of("kr-nis"));
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\""
                     + " WHERE \"success\" = TRUE")) {
            assertTrue(rs.next());
            assertEquals("7", rs.getString(1), "and on to the latest schema");
        }
    }

    private static void row(PreparedStatement ps, int ordinal, String article, String outlet, String origin,
                            String source, String name, EvidenceRole role, boolean counted, String reason)
            throws SQLException {
        ps.setInt(1, ordinal);
        ps.setString(2, article + "#1");
        ps.setString(3, article);
        ps.setString(4, outlet);
        ps.setString(5, origin);
        ps.setString(6, source);
        ps.setString(7, name);
        ps.setString(8, role.name());
        ps.setDouble(9, counted ? 1 : 0);
        ps.setBoolean(10, counted);
        ps.setString(11, KURSK);
        ps.setString(12, reason);
        ps.executeUpdate();
    }

    /** The lower-case column names of {@code claim_evidence}. */
    private static List<String> columns(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM claim_evidence"
                + " WHERE 1 = 0")) {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }
}
