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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Store schema 4 keeps which evidence states its claim negated (a rival version) and each claim's rival values and
 * whether they are disputed; a store of schema 3 upgrades, flagging its negations from their reasons. On H2 and, when
 * available, PostgreSQL.
 */
class NegationsAndDisputedValuesTest {

    private static final String SENT = "North Korea has sent troops to Russia's Kursk region";
    private static final String NOT_SENT = "North Korea has not sent troops to Russia's Kursk region";
    private static final String KILLED = " North Korean soldiers have been killed in Russia's Kursk region";
    private static final Source PYONGYANG = new Source("kp-government", "Pyongyang", SourceKind.GOVERNMENT, "KP",
            List.of(), "");
    private static final Source KYIV = new Source("ua-government", "Kyiv", SourceKind.GOVERNMENT, "UA", List.of(),
            "");

    /** Pyongyang states the deployment negated; NIS, Kyiv and the West give rival death tolls. */
    private static Corroboration scored() {
        List<AnnotatedArticle> news = List.of(
                StoreFixtures.article("a1", "alpha", "2025-02-27T08:00:00Z", StoreFixtures.NIS, Stance.ASSERTS, SENT),
                StoreFixtures.article("a2", "beta", "2025-02-28T08:00:00Z", PYONGYANG, Stance.ASSERTS, NOT_SENT),
                StoreFixtures.article("a3", "gamma", "2025-03-01T08:00:00Z", StoreFixtures.WEST, Stance.ASSERTS, SENT),
                StoreFixtures.article("b1", "alpha", "2025-03-05T08:00:00Z", StoreFixtures.NIS, Stance.ASSERTS,
                        "about 4,000" + KILLED),
                StoreFixtures.article("b2", "beta", "2025-03-05T09:00:00Z", KYIV, Stance.ASSERTS, "1,000" + KILLED),
                StoreFixtures.article("b3", "gamma", "2025-03-06T08:00:00Z", StoreFixtures.WEST, Stance.ASSERTS,
                        "4,000" + KILLED));
        return new Corroborator(ScoringConfig.DEFAULTS.withSamples(200), TrackRecords.empty()).score(news);
    }

    private static Assessment about(Corroboration c, String words) {
        return c.assessments().stream().filter(a -> a.claim().statement().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim about '" + words + "' in " + c.assessments()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void negationsRivalValuesAndTheirDisputeSurviveTheStore(String db) {
        Corroboration c = scored();
        Assessment sent = about(c, "sent troops");
        Assessment killed = about(c, "killed");
        // the scorer's side of it, so that the store's side below is not vacuous
        assertEquals(List.of("a2#1"), sent.claim().negations());
        assertFalse(sent.valuesDisputed());
        assertEquals(List.of("about 4,000", "1,000", "4,000"), killed.claim().values());
        assertTrue(killed.valuesDisputed());
        try (Store s = Databases.fresh(db)) {
            s.record(OffsetDateTime.parse("2025-03-07T10:00:00Z"), List.of("news.jsonl"), c.articles(),
                    c.assessments(), IngestSummary.empty(), List.of(), n -> { });
            ClaimSnapshot storedSent = snapshot(s, sent.claim().id());
            assertEquals(3, storedSent.evidence().size());
            for (EvidenceRow e : storedSent.evidence()) {
                assertEquals(e.attributionId().equals("a2#1"), e.negation(), e.toString());
            }
            EvidenceRow rival = storedSent.evidence().stream().filter(EvidenceRow::negation).findFirst().orElseThrow();
            assertEquals(EvidenceRole.OPPOSES, rival.role(), "an asserted negation counts against the claim");
            assertEquals(List.of(), storedSent.values());
            assertFalse(storedSent.valuesDisputed());

            ClaimSnapshot storedKilled = snapshot(s, killed.claim().id());
            assertEquals(List.of("about 4,000", "1,000", "4,000"), storedKilled.values());
            assertTrue(storedKilled.valuesDisputed());
            assertTrue(storedKilled.evidence().stream().noneMatch(EvidenceRow::negation));
            // the one-claim read gives the same
            assertEquals(storedKilled, s.latestClaim(killed.claim().id()).orElseThrow());
        }
    }

    private static ClaimSnapshot snapshot(Store s, String claimId) {
        return s.latestClaims().stream().filter(x -> x.claimId().equals(claimId)).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + claimId + " not stored: " + s.latestClaims()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void aStoreOfSchema3UpgradesFlaggingNegationsFromTheirReasons(String db) throws SQLException {
        String url = Databases.freshUrlAtSchema(db, "3");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertFalse(columns(c, "claim_evidence").contains("negation"), "schema 3 has no negation flag");
            assertFalse(columns(c, "claim_snapshots").contains("values_disputed"), "nor disputed values");
            st.execute("INSERT INTO runs (id, started_at, inputs, files, files_failed, articles_read, errors,"
                    + " warnings, diagnostics) VALUES (1, TIMESTAMP WITH TIME ZONE '2025-03-06 10:00:00+00', '[]', 1,"
                    + " 0, 4, 0, 0, '[]')");
            st.execute("INSERT INTO claim_snapshots (run_id, claim_id, statement, status, probability,"
                    + " interval_lower, interval_upper, grade, origins, iso_week, first_seen) VALUES (1, 'c-1', '"
                    + SENT.replace("'", "''") + "', 'DISPUTED', 0.5, 0.2, 0.8, 'C3', 1, '2025-W09',"
                    + " '2025-02-27T08:00Z')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_evidence (run_id, claim_id, ordinal,"
                    + " attribution_id, article_id, outlet, published_text, origin_key, origin_source_id,"
                    + " source_name, role, weight, counted, hedged, content_text, reason, superseded) VALUES (1,"
                    + " 'c-1', ?, ?, ?, 'alpha', '', ?, ?, ?, ?, ?, TRUE, FALSE, ?, ?, FALSE)")) {
                row(ps, 0, "a1", "kr-government", "NIS", EvidenceRole.SUPPORTS, SENT,
                        "asserts (intelligence agency); origin kr-government");
                row(ps, 1, "a2", "kp-government", "Pyongyang", EvidenceRole.OPPOSES, NOT_SENT,
                        "asserts (government); states the claim negated (a rival version), so it counts against it;"
                                + " origin kp-government");
                row(ps, 2, "a3", "ru-government", "Moscow", EvidenceRole.SUPPORTS, "reports that troops were not sent",
                        "denies (government); denies the claim's opposite (the claim is stated negated), so it"
                                + " counts for it; origin ru-government");
                row(ps, 3, "a4", "western-intelligence", "Western intelligence", EvidenceRole.OPPOSES,
                        "troops were not sent", "denies (intelligence agency); origin western-intelligence");
            }
        }
        try (Store s = Store.open(url)) {
            assertEquals(new Store.Counts(1, 0, 0, 1, 0), s.counts(), "nothing was lost");
            ClaimSnapshot c = s.latestClaims().get(0);
            assertEquals(List.of(false, true, true, false), c.evidence().stream().map(EvidenceRow::negation).toList());
            assertEquals(List.of(), c.values(), "older snapshots kept no values");
            assertFalse(c.valuesDisputed(), "nor whether they were disputed");
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\""
                     + " WHERE \"success\" = TRUE")) {
            assertTrue(rs.next());
            assertEquals("7", rs.getString(1), "and on to the latest schema");
        }
    }

    private static void row(PreparedStatement ps, int ordinal, String article, String source, String name,
                            EvidenceRole role, String content, String reason) throws SQLException {
        ps.setInt(1, ordinal);
        ps.setString(2, article + "#1");
        ps.setString(3, article);
        ps.setString(4, source);
        ps.setString(5, source);
        ps.setString(6, name);
        ps.setString(7, role.name());
        ps.setDouble(8, 1);
        ps.setString(9, content);
        ps.setString(10, reason);
        ps.executeUpdate();
    }

    /** The lower-case column names of {@code table}. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                + " WHERE 1 = 0")) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return out;
        }
    }
}
