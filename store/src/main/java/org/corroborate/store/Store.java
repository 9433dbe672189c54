package org.corroborate.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Hedge;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.core.TextRef;
import org.corroborate.core.Verdict;
import org.corroborate.scoring.PartyConfirmation;
import org.corroborate.scoring.reliability.TrackRecords;
import org.flywaydb.core.Flyway;

/**
 * A Corroborate store: an H2 file database (the default) or a PostgreSQL database, migrated to the current schema
 * when opened. Not thread-safe: one store per thread, closed when done.
 */
public final class Store implements AutoCloseable {

    /** Articles written per transaction. */
    public static final int BATCH = 200;

    /** Prefix of the track-record key of an outlet (sources are keyed by their id). */
    public static final String OUTLET_KEY = "outlet:";
    /** The reviewer of the verdicts that {@link #partyConfirmations} makes, before the party's id. */
    public static final String PARTY_REVIEWER = "party:";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Attribution.class, AttributionJson.class)
            .build();

    /**
     * An attribution as the store writes and reads it: the JSON object it always was, with {@code id} and
     * {@code contentText} as text, whatever holds them in memory ({@link Attribution#idRef()},
     * {@link Attribution#contentRef()}).
     */
    @JsonPropertyOrder({"id", "articleId", "source", "cue", "content", "contentText", "sentence", "stance", "hedges",
            "relay", "quote", "contentKind", "countries", "factual"})
    private abstract static class AttributionJson {
        @JsonCreator
        AttributionJson(@JsonProperty("id") String id, @JsonProperty("articleId") String articleId,
                        @JsonProperty("source") SourceMention source, @JsonProperty("cue") Cue cue,
                        @JsonProperty("content") Span content, @JsonProperty("contentText") String contentText,
                        @JsonProperty("sentence") Span sentence, @JsonProperty("stance") Stance stance,
                        @JsonProperty("hedges") List<Hedge> hedges, @JsonProperty("relay") List<Source> relay,
                        @JsonProperty("quote") QuoteType quote, @JsonProperty("contentKind") ContentKind contentKind,
                        @JsonProperty("countries") List<String> countries) {
        }

        @JsonIgnore
        abstract TextRef idRef();

        @JsonIgnore
        abstract TextRef contentRef();

        @JsonProperty("id")
        abstract String id();

        @JsonProperty("contentText")
        abstract String contentText();
    }

    /** Flyway logs each migration step at info through java.util.logging when SLF4J is absent: keep it quiet. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final String url;
    private final Connection db;
    private final boolean postgres;

    private Store(String url, Connection db, boolean postgres) {
        this.url = url;
        this.db = db;
        this.postgres = postgres;
    }

    /** {@code ~/.corroborate/store}: the H2 file used when no {@code --store} is given. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".corroborate", "store");
    }

    /**
     * The JDBC URL for a {@code --store} value: a {@code jdbc:} URL as it is, else a path of an H2 file database
     * (without the {@code .mv.db} ending), made absolute.
     */
    public static String jdbcUrl(String spec) {
        if (spec.startsWith("jdbc:")) {
            return spec;
        }
        String path = spec.endsWith(".mv.db") ? spec.substring(0, spec.length() - 6) : spec;
        return "jdbc:h2:file:" + Path.of(path).toAbsolutePath().normalize();
    }

    /**
     * Opens (creating when needed) the store at {@code spec} and migrates it to the current schema.
     *
     * @throws StoreException when it cannot be opened or migrated, saying which store and why
     */
    public static Store open(String spec) {
        return open(spec, true);
    }

    /**
     * Opens the store at {@code spec} like {@link #open(String)}, but an H2 file store must already exist: for the
     * commands that only read or review what {@code run --store} stored.
     *
     * @throws StoreException when there is no such store, or it cannot be opened
     */
    public static Store openExisting(String spec) {
        return open(spec, false);
    }

    private static Store open(String spec, boolean create) {
        String url = jdbcUrl(spec);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new StoreException("unsupported store '" + redact(url) + "': expected a file path, a jdbc:h2: URL"
                    + " or a jdbc:postgresql: URL", null);
        }
        try {
            if (url.startsWith("jdbc:h2:file:")) {
                Path file = Path.of(url.substring("jdbc:h2:file:".length()).replaceAll(";.*", ""));
                if (!create && !Files.exists(Path.of(file + ".mv.db"))) {
                    throw new StoreException("there is no store at " + file + " (no " + file.getFileName()
                            + ".mv.db); store articles first with 'corroborate run INPUT... --store " + spec + "'",
                            null);
                }
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            }
            Flyway flyway = Flyway.configure(Store.class.getClassLoader())
                    .dataSource(new UrlDataSource(url))
                    .locations("classpath:org/corroborate/store/migration")
                    .placeholders(Map.of("text", postgres ? "TEXT" : "CLOB", "binary", postgres ? "BYTEA" : "BLOB"))
                    .load();
            acceptRewrittenMigrations(flyway);
            try {
                flyway.migrate();
            } catch (org.flywaydb.core.api.FlywayException e) {
                if (!undoInterruptedCreation(url)) {
                    throw e;
                }
                flyway.migrate();
            }
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(true);
            return new Store(url, c, postgres);
        } catch (StoreException e) {
            throw e;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw new StoreException("cannot open the store " + redact(url) + ": " + why, e);
        }
    }

    /**
     * The checksums of migrations as first released, by version, for those since rewritten to be safe to run again
     * after a crash (the same schema, reached with {@code IF NOT EXISTS}).
     */
    private static final Map<String, Integer> REWRITTEN_MIGRATIONS = Map.of("3", -2064755295, "4", 708481421);

    /**
     * A store that applied a migration as first released, now rewritten ({@link #REWRITTEN_MIGRATIONS}), records the
     * old checksum, which Flyway's validation would refuse: the checksums recorded are brought up to date first
     * ({@code repair}), only when every mismatch is such a known rewrite.
     */
    private static void acceptRewrittenMigrations(Flyway flyway) {
        boolean rewritten = false;
        for (org.flywaydb.core.api.MigrationInfo m : flyway.info().applied()) {
            Integer applied = m.getAppliedChecksum();
            Integer now = m.getResolvedChecksum();
            if (m.getVersion() == null || applied == null || now == null || now.equals(applied)) {
                continue;
            }
            if (!applied.equals(REWRITTEN_MIGRATIONS.get(m.getVersion().getVersion()))) {
                return; // another mismatch: let validation report it
            }
            rewritten = true;
        }
        if (rewritten) {
            flyway.repair();
        }
    }

    /** The tables of schema 1, dependents first. */
    private static final List<String> SCHEMA_1_TABLES = List.of("claim_evidence", "claim_snapshots", "verdicts",
            "attributions", "articles", "runs");

    /**
     * H2 commits each {@code CREATE TABLE} on its own, so a process killed while the first migration creates the
     * schema leaves some tables and no record that the migration succeeded, and migrating again fails on a table
     * that already exists. Nothing can have been stored before that migration succeeded, so when schema 1 is not
     * recorded as applied and none of its tables holds a row, its tables and the migration history are dropped and
     * the store is created afresh. PostgreSQL's DDL is transactional, yet the crash test once found schema 1's
     * tables there without the migration recorded, after a process was killed while creating them; the same check
     * undoes that too.
     *
     * @return true when an interrupted creation was undone (migrate again), false when the failure is another one
     */
    private static boolean undoInterruptedCreation(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            if (count(st, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND"
                    + " \"success\" = TRUE") > 0) {
                return false;
            }
            for (String t : SCHEMA_1_TABLES) {
                if (count(st, "SELECT COUNT(*) FROM " + t) > 0) {
                    return false;
                }
            }
            for (String t : SCHEMA_1_TABLES) {
                st.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
            st.execute("DROP TABLE IF EXISTS \"flyway_schema_history\"");
            return true;
        }
    }

    /** The count a query gives, 0 when its table does not exist. */
    private static long count(Statement st, String sql) {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The URL without its query (where a password may be). */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    /** The store's JDBC URL, without credentials. */
    public String location() {
        return redact(url);
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + location() + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- runs and articles

    /**
     * Stores a run: its record, its new articles with their attributions (one transaction per {@link #BATCH}
     * articles; an article already stored is left as it is), then a snapshot of its assessments (one transaction).
     * The run's record is written and its counts updated inside those transactions, so a crash at any point leaves
     * whole batches and a run record whose counts match them; rerunning stores the rest.
     *
     * @param progress told the number of articles handled so far, after each batch
     * @return the run as stored
     */
    public StoredRun record(OffsetDateTime startedAt, List<String> inputs, List<AnnotatedArticle> articles,
                            List<Assessment> assessments, IngestSummary ingest, List<Diagnostic> diagnostics,
                            LongConsumer progress) {
        return record(startedAt, inputs, articles, assessments, ingest, diagnostics, Optional.empty(), progress);
    }

    /**
     * Stores a run as {@link #record(OffsetDateTime, List, List, List, IngestSummary, List, LongConsumer)} does, with
     * the claim prior model it scored with ({@link #claimPriors}; the model's bytes are kept once), or the default
     * prior when empty.
     */
    public StoredRun record(OffsetDateTime startedAt, List<String> inputs, List<AnnotatedArticle> articles,
                            List<Assessment> assessments, IngestSummary ingest, List<Diagnostic> diagnostics,
                            Optional<ClaimPriorFile> claimPrior, LongConsumer progress) {
        return record(startedAt, inputs, articles, assessments, ingest, diagnostics, claimPrior, "", progress);
    }

    /**
     * Stores a run as {@link #record(OffsetDateTime, List, List, List, IngestSummary, List, Optional, LongConsumer)}
     * does, with the source kinds' priors it scored with ({@link #sourcePriors}): the text of
     * {@link org.corroborate.scoring.SourcePriors#text}, empty for the defaults.
     */
    public StoredRun record(OffsetDateTime startedAt, List<String> inputs, List<AnnotatedArticle> articles,
                            List<Assessment> assessments, IngestSummary ingest, List<Diagnostic> diagnostics,
                            Optional<ClaimPriorFile> claimPrior, String sourcePriors, LongConsumer progress) {
        Objects.requireNonNull(claimPrior, "claimPrior");
        Objects.requireNonNull(sourcePriors, "sourcePriors");
        try {
            // The run's row is written in its first transaction and its counts in each later one, so that after a
            // crash a stored run's counts always match the articles, attributions and snapshots stored with it.
            long[] totals = new long[4]; // run id, new, known, attributions
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<AnnotatedArticle> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
                inTransaction(() -> {
                    if (totals[0] == 0) {
                        totals[0] = insertRun(startedAt, inputs, articles.size(), ingest, diagnostics, claimPrior,
                                sourcePriors);
                    }
                    long[] r = storeBatch(totals[0], batch);
                    totals[1] += r[0];
                    totals[2] += r[1];
                    totals[3] += r[2];
                    updateRun(totals, 0);
                    return null;
                });
                progress.accept(from + batch.size());
            }
            inTransaction(() -> {
                if (totals[0] == 0) {
                    totals[0] = insertRun(startedAt, inputs, articles.size(), ingest, diagnostics, claimPrior,
                                sourcePriors);
                }
                storeSnapshot(totals[0], articles, assessments);
                updateRun(totals, assessments.size());
                return null;
            });
            long runId = totals[0];
            return run(runId).orElseThrow();
        } catch (SQLException e) {
            throw failure("store the run", e);
        }
    }

    private long insertRun(OffsetDateTime startedAt, List<String> inputs, long read, IngestSummary ingest,
                           List<Diagnostic> diagnostics, Optional<ClaimPriorFile> claimPrior, String sourcePriors)
            throws SQLException {
        if (claimPrior.isPresent()) {
            keepModel(claimPrior.get());
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO runs (started_at, inputs, files,"
                + " files_failed, articles_read, errors, warnings, diagnostics, claim_prior_name,"
                + " claim_prior_sha256, source_priors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(11, sourcePriors.isBlank() ? null : sourcePriors.strip());
            ps.setString(9, claimPrior.map(ClaimPriorFile::name).orElse(null));
            ps.setString(10, claimPrior.map(ClaimPriorFile::sha256).orElse(null));
            ps.setObject(1, startedAt);
            ps.setString(2, json(inputs));
            ps.setLong(3, ingest.files());
            ps.setLong(4, ingest.filesFailed());
            ps.setLong(5, read);
            ps.setLong(6, ingest.errors());
            ps.setLong(7, ingest.warnings());
            ps.setString(8, json(diagnostics));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Keeps a claim prior model's bytes, once per SHA-256. */
    private void keepModel(ClaimPriorFile model) throws SQLException {
        try (PreparedStatement has = db.prepareStatement("SELECT 1 FROM claim_prior_models WHERE sha256 = ?")) {
            has.setString(1, model.sha256());
            try (ResultSet rs = has.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO claim_prior_models (sha256, model) VALUES (?,"
                + " ?)")) {
            ps.setString(1, model.sha256());
            ps.setBytes(2, model.bytes());
            ps.executeUpdate();
        }
    }

    /** The claim prior each run scored with, oldest run first. */
    public List<RunClaimPrior> claimPriors() {
        return claimPriors(Optional.empty(), Optional.empty());
    }

    /**
     * The claim prior each run that covers the weeks {@code from} to {@code to} scored with, oldest run first: the
     * runs that first stored an article published in those weeks, or that assessed a claim first seen in them.
     */
    public List<RunClaimPrior> claimPriors(IsoWeek from, IsoWeek to) {
        return claimPriors(Optional.of(from), Optional.of(to));
    }

    private List<RunClaimPrior> claimPriors(Optional<IsoWeek> from, Optional<IsoWeek> to) {
        return coveringRuns("claim_prior_name, claim_prior_sha256", from, to, "the runs' claim priors", rs -> {
            String sha = rs.getString(3);
            return new RunClaimPrior(rs.getLong(1), sha == null ? "" : rs.getString(2), sha == null ? "" : sha.strip());
        });
    }

    /** The source kinds' priors each run scored with, oldest run first. */
    public List<RunSourcePriors> sourcePriors() {
        return sourcePriors(Optional.empty(), Optional.empty());
    }

    /**
     * The source kinds' priors each run that covers the weeks {@code from} to {@code to} scored with, oldest run
     * first (the runs of {@link #claimPriors(IsoWeek, IsoWeek)}).
     */
    public List<RunSourcePriors> sourcePriors(IsoWeek from, IsoWeek to) {
        return sourcePriors(Optional.of(from), Optional.of(to));
    }

    private List<RunSourcePriors> sourcePriors(Optional<IsoWeek> from, Optional<IsoWeek> to) {
        return coveringRuns("source_priors", from, to, "the runs' source priors", rs -> {
            String text = rs.getString(2);
            return new RunSourcePriors(rs.getLong(1), text == null ? "" : text.strip());
        });
    }

    /** Reads one row of a query. */
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The id and {@code columns} of every run (oldest first), or, with {@code from}, of the runs that cover the weeks
     * {@code from} to {@code to}: that first stored an article published in them, or assessed a claim first seen in
     * them.
     */
    private <T> List<T> coveringRuns(String columns, Optional<IsoWeek> from, Optional<IsoWeek> to, String what,
                                     Row<T> row) {
        String sql = "SELECT id, " + columns + " FROM runs r";
        if (from.isPresent()) {
            sql += " WHERE EXISTS (SELECT 1 FROM articles a WHERE a.first_run = r.id AND a.iso_week >= ? AND"
                    + " a.iso_week <= ?) OR EXISTS (SELECT 1 FROM claim_snapshots c WHERE c.run_id = r.id AND"
                    + " c.iso_week >= ? AND c.iso_week <= ?)";
        }
        try (PreparedStatement ps = db.prepareStatement(sql + " ORDER BY id")) {
            if (from.isPresent()) {
                for (int i = 0; i < 4; i += 2) {
                    ps.setString(i + 1, from.get().toString());
                    ps.setString(i + 2, to.get().toString());
                }
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read " + what, e);
        }
    }

    /** The claim prior model a run scored with ({@link #claimPriors}), bytes and all; empty for the default prior. */
    public Optional<ClaimPriorFile> claimPriorModel(RunClaimPrior run) {
        if (run.isDefault()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT model FROM claim_prior_models WHERE sha256 = ?")) {
            ps.setString(1, run.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the store " + location() + " names the claim prior model "
                            + run.describe() + " for run " + run.runId() + " but does not hold it", null);
                }
                return Optional.of(new ClaimPriorFile(run.name(), run.sha256(), rs.getBytes(1)));
            }
        } catch (SQLException e) {
            throw failure("read the claim prior model of run " + run.runId(), e);
        }
    }

    /** Sets the run's counts: {@code totals} is {run id, new, known, attributions}. */
    private void updateRun(long[] totals, long claims) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE runs SET articles_new = ?, articles_known = ?,"
                + " attributions = ?, claims = ? WHERE id = ?")) {
            ps.setLong(1, totals[1]);
            ps.setLong(2, totals[2]);
            ps.setLong(3, totals[3]);
            ps.setLong(4, claims);
            ps.setLong(5, totals[0]);
            ps.executeUpdate();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T t = work.run();
            db.commit();
            return t;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** {new, known, attributions}. */
    private long[] storeBatch(long runId, List<AnnotatedArticle> batch) throws SQLException {
        long added = 0;
        long known = 0;
        long attrs = 0;
        try (PreparedStatement byId = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
             PreparedStatement byUrl = db.prepareStatement("SELECT 1 FROM articles WHERE url = ? AND url <> ''");
             PreparedStatement byBody = db.prepareStatement("SELECT 1 FROM articles WHERE outlet = ? AND"
                     + " body_hash = ?");
             PreparedStatement insA = db.prepareStatement("INSERT INTO articles (id, url, outlet, published_at,"
                     + " published_text, iso_week, title, body, body_hash, byline, wire, language, claim_id, claim,"
                     + " location_file, location_line, location_offset, first_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insT = db.prepareStatement("INSERT INTO attributions (id, article_id, ordinal,"
                     + " source_id, origin_id, stance, content_kind, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Set<String> seen = new LinkedHashSet<>();
            for (AnnotatedArticle aa : batch) {
                Article a = aa.article();
                String hash = sha256(a.body());
                if (!seen.add(a.id()) || exists(byId, a.id()) || !a.url().isEmpty() && exists(byUrl, a.url())
                        || exists(byBody, a.outlet(), hash)) {
                    known++;
                    continue;
                }
                insA.setString(1, a.id());
                insA.setString(2, a.url());
                insA.setString(3, a.outlet());
                if (a.published().isPresent()) {
                    insA.setObject(4, a.published().get().instant());
                } else {
                    insA.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                insA.setString(5, a.published().map(Published::toString).orElse(""));
                insA.setString(6, week(a));
                insA.setString(7, a.title());
                insA.setString(8, a.body());
                insA.setString(9, hash);
                insA.setString(10, a.byline());
                insA.setString(11, a.wire());
                insA.setString(12, a.language());
                insA.setString(13, a.claimId());
                insA.setString(14, a.claim());
                insA.setString(15, a.location().file());
                insA.setLong(16, a.location().line());
                insA.setLong(17, a.location().offset());
                insA.setLong(18, runId);
                insA.executeUpdate();
                int n = 0;
                for (Attribution t : aa.attributions()) {
                    insT.setString(1, t.id());
                    insT.setString(2, a.id());
                    insT.setInt(3, n++);
                    insT.setString(4, t.source().source().id());
                    insT.setString(5, t.origin().id());
                    insT.setString(6, t.stance().name());
                    insT.setString(7, t.contentKind().name());
                    insT.setString(8, json(t));
                    insT.addBatch();
                }
                if (n > 0) {
                    insT.executeBatch();
                }
                added++;
                attrs += n;
            }
        }
        return new long[] {added, known, attrs};
    }

    private static boolean exists(PreparedStatement ps, String... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static String week(Article a) {
        return a.published().map(p -> IsoWeek.of(p.date()).toString()).orElse("");
    }

    private void storeSnapshot(long runId, List<AnnotatedArticle> articles, List<Assessment> assessments)
            throws SQLException {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (AnnotatedArticle aa : articles) {
            byId.put(aa.article().id(), aa.article());
        }
        try (PreparedStatement insS = db.prepareStatement("INSERT INTO claim_snapshots (run_id, claim_id, statement,"
                + " status, probability, interval_lower, interval_upper, grade, origins, iso_week, first_seen,"
                + " claim_values, values_disputed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insE = db.prepareStatement("INSERT INTO claim_evidence (run_id, claim_id, ordinal,"
                     + " attribution_id, article_id, outlet, published_text, origin_key, origin_source_id,"
                     + " source_name, role, weight, counted, hedged, content_text, reason, superseded, negation)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insP = db.prepareStatement("INSERT INTO party_confirmations (run_id, claim_id,"
                     + " party_id, party_name, attribution_id, outlet) VALUES (?, ?, ?, ?, ?, ?)")) {
            Set<String> seen = new LinkedHashSet<>();
            for (Assessment as : assessments) {
                if (!seen.add(as.claim().id())) {
                    continue;
                }
                Optional<Published> first = Optional.empty();
                for (Evidence e : as.evidence()) {
                    Article a = byId.get(e.attribution().articleId());
                    if (a != null && a.published().isPresent()
                            && (first.isEmpty() || a.published().get().compareTo(first.get()) < 0)) {
                        first = a.published();
                    }
                }
                insS.setLong(1, runId);
                insS.setString(2, as.claim().id());
                insS.setString(3, as.claim().statement());
                insS.setString(4, as.status().name());
                insS.setDouble(5, as.probability());
                insS.setDouble(6, as.interval().lower());
                insS.setDouble(7, as.interval().upper());
                insS.setString(8, as.grade().toString());
                insS.setInt(9, as.origins());
                insS.setString(10, first.map(p -> IsoWeek.of(p.date()).toString()).orElse(""));
                insS.setString(11, first.map(Published::toString).orElse(""));
                insS.setString(12, json(as.claim().values()));
                insS.setBoolean(13, as.valuesDisputed());
                insS.executeUpdate();
                Set<String> negations = new HashSet<>(as.claim().negations());
                int n = 0;
                for (Evidence e : as.evidence()) {
                    Attribution at = e.attribution(); // made once (it may be held by reference only)
                    Article a = byId.get(at.articleId());
                    insE.setLong(1, runId);
                    insE.setString(2, as.claim().id());
                    insE.setInt(3, n++);
                    insE.setString(4, at.id());
                    insE.setString(5, at.articleId());
                    insE.setString(6, e.outlet());
                    insE.setString(7, a == null ? "" : a.published().map(Published::toString).orElse(""));
                    insE.setString(8, e.origin());
                    insE.setString(9, at.origin().id());
                    insE.setString(10, at.source().source().name());
                    insE.setString(11, e.role().name());
                    insE.setDouble(12, e.weight());
                    insE.setBoolean(13, e.counted());
                    insE.setBoolean(14, !at.hedges().isEmpty());
                    insE.setString(15, at.contentText());
                    insE.setString(16, e.reason());
                    insE.setBoolean(17, e.superseded());
                    insE.setBoolean(18, negations.contains(at.id()));
                    insE.addBatch();
                }
                if (n > 0) {
                    insE.executeBatch();
                }
                Optional<PartyConfirmation> pc = PartyConfirmation.of(as);
                if (pc.isPresent()) {
                    insP.setLong(1, runId);
                    insP.setString(2, as.claim().id());
                    insP.setString(3, pc.get().party().id());
                    insP.setString(4, pc.get().party().name());
                    insP.setString(5, pc.get().attributionId());
                    insP.setString(6, pc.get().outlet());
                    insP.executeUpdate();
                }
            }
        }
    }

    /** Every stored run, oldest first. */
    public List<StoredRun> runs() {
        return queryRuns("SELECT * FROM runs ORDER BY id", null);
    }

    /** The run with this id. */
    public Optional<StoredRun> run(long id) {
        List<StoredRun> r = queryRuns("SELECT * FROM runs WHERE id = ?", id);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The runs that first stored an article published in {@code week}, oldest first. */
    public List<StoredRun> runsOf(IsoWeek week) {
        List<StoredRun> out = new ArrayList<>();
        for (StoredRun r : runs()) {
            if (r.articlesNew() > 0 && count("SELECT COUNT(*) FROM articles WHERE first_run = " + r.id()
                    + " AND iso_week = '" + week + "'") > 0) {
                out.add(r);
            }
        }
        return out;
    }

    private List<StoredRun> queryRuns(String sql, Long id) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            List<StoredRun> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredRun(rs.getLong("id"), utc(rs.getObject("started_at", OffsetDateTime.class)),
                            JSON.readValue(rs.getString("inputs"), new TypeReference<List<String>>() { }),
                            rs.getLong("files"), rs.getLong("files_failed"), rs.getLong("articles_read"),
                            rs.getLong("articles_new"), rs.getLong("articles_known"), rs.getLong("attributions"),
                            rs.getLong("claims"), rs.getLong("errors"), rs.getLong("warnings"),
                            JSON.readValue(rs.getString("diagnostics"), new TypeReference<List<Diagnostic>>() { })));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the runs", e);
        }
    }

    /** The weeks that hold at least one stored article, earliest first. */
    public List<IsoWeek> weeks() {
        List<IsoWeek> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT iso_week FROM articles WHERE iso_week <> ''"
                     + " ORDER BY iso_week")) {
            while (rs.next()) {
                IsoWeek.parse(rs.getString(1)).ifPresent(out::add);
            }
        } catch (SQLException e) {
            throw failure("list the weeks", e);
        }
        return out;
    }

    /** The articles published in {@code week}, with their attributions, earliest first. */
    public List<AnnotatedArticle> articles(IsoWeek week) {
        return articles(week, week);
    }

    /** The articles published in the weeks {@code from} to {@code to}, with their attributions, earliest first. */
    public List<AnnotatedArticle> articles(IsoWeek from, IsoWeek to) {
        try {
            return readArticles("a.iso_week >= ? AND a.iso_week <= ? AND a.iso_week <> ''",
                    List.of(from.toString(), to.toString()));
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the articles of " + from + (from.equals(to) ? "" : " to " + to), e);
        }
    }

    /**
     * The articles that {@code where} (a condition on the alias {@code a} of {@code articles}, given {@code params})
     * selects, with their attributions, by publication time then id.
     */
    private List<AnnotatedArticle> readArticles(String where, List<String> params)
            throws SQLException, JsonProcessingException {
        Map<String, List<Attribution>> attrs = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT t.article_id, t.data FROM attributions t JOIN"
                + " articles a ON a.id = t.article_id WHERE " + where + " ORDER BY t.article_id, t.ordinal")) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attrs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(attribution(rs.getString(2)));
                }
            }
        }
        return readArticles(where, params, attrs);
    }

    /**
     * The articles that {@code where} selects, by publication time then id, each with its attributions in
     * {@code attrs} (by article id; none when absent).
     */
    private List<AnnotatedArticle> readArticles(String where, List<String> params,
                                                Map<String, List<Attribution>> attrs) throws SQLException {
        List<AnnotatedArticle> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM articles a WHERE " + where
                + " ORDER BY a.published_at, a.id")) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Article a = Article.builder().id(rs.getString("id")).url(rs.getString("url"))
                            .outlet(rs.getString("outlet"))
                            .published(Published.parse(rs.getString("published_text")))
                            .title(rs.getString("title")).body(rs.getString("body")).byline(rs.getString("byline"))
                            .wire(rs.getString("wire")).language(rs.getString("language"))
                            .claimId(rs.getString("claim_id")).claim(rs.getString("claim"))
                            .location(new Location(rs.getString("location_file"), rs.getLong("location_line"),
                                    rs.getLong("location_offset")))
                            .build();
                    out.add(new AnnotatedArticle(a, attrs.getOrDefault(a.id(), List.of())));
                }
            }
        }
        return out;
    }

    /**
     * A claim's earlier history as the store holds it: the articles published before {@code from} that carry evidence
     * of a claim with evidence published in the weeks {@code from} to {@code to}, as any stored run assessed the
     * claim, each with only the attributions that are that evidence, earliest first (publication time, then id).
     * Found through the weeks' attributions and the index on the evidence's attributions, so what it reads grows
     * with those weeks' claims and their evidence, not with the earlier weeks. A claim that no run assessed over both
     * weeks (runs that each scored their own articles) has no stored history before its own run's weeks.
     */
    public List<AnnotatedArticle> earlierEvidence(IsoWeek from, IsoWeek to) {
        return earlierEvidence(Collections.singletonList(new IsoWeek[] {from, to})).get(0);
    }

    /**
     * {@link #earlierEvidence(IsoWeek, IsoWeek)} of each week of {@code weeks} alone, in their order, each article
     * and attribution read once.
     */
    public List<List<AnnotatedArticle>> earlierEvidenceByWeek(List<IsoWeek> weeks) {
        List<IsoWeek[]> ranges = new ArrayList<>();
        for (IsoWeek w : weeks) {
            ranges.add(new IsoWeek[] {w, w});
        }
        return earlierEvidence(ranges);
    }

    private List<List<AnnotatedArticle>> earlierEvidence(List<IsoWeek[]> ranges) {
        List<Map<String, Set<String>>> each = evidenceBefore(ranges);
        Set<String> articleIds = new TreeSet<>();
        Set<String> attributionIds = new TreeSet<>();
        for (Map<String, Set<String>> m : each) {
            articleIds.addAll(m.keySet());
            m.values().forEach(attributionIds::addAll);
        }
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        try {
            Map<String, List<Attribution>> attrs = attributionsById(attributionIds);
            List<String> ids = List.copyOf(articleIds);
            for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
                List<String> batch = ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY));
                readArticles("a.id IN (" + placeholders(batch.size()) + ")", batch, attrs)
                        .forEach(aa -> byId.put(aa.article().id(), aa));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the earlier evidence", e);
        }
        List<List<AnnotatedArticle>> out = new ArrayList<>();
        for (Map<String, Set<String>> m : each) {
            List<AnnotatedArticle> list = new ArrayList<>();
            m.forEach((article, evidence) -> {
                AnnotatedArticle aa = byId.get(article);
                List<Attribution> kept = new ArrayList<>();
                for (Attribution t : aa.attributions()) {
                    if (evidence.contains(t.id())) {
                        kept.add(t);
                    }
                }
                list.add(new AnnotatedArticle(aa.article(), kept));
            });
            list.sort(Comparator.comparing((AnnotatedArticle aa) -> aa.article().published()
                    .map(Published::toInstant).orElse(java.time.Instant.MAX)).thenComparing(aa -> aa.article().id()));
            out.add(list);
        }
        return out;
    }

    /** Reads the rows of a query. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException, JsonProcessingException;
    }

    /**
     * Runs {@code sql}, whose {@code %s} is replaced by the placeholders of up to {@link #IDS_PER_QUERY} of
     * {@code ids} (then {@code more} parameters follow), once per such batch, giving each row to {@code rows}.
     */
    private void byIds(String sql, List<String> ids, List<String> more, RowReader rows)
            throws SQLException, JsonProcessingException {
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY));
            try (PreparedStatement ps = db.prepareStatement(String.format(Locale.ROOT, sql,
                    placeholders(batch.size())))) {
                for (int k = 0; k < batch.size(); k++) {
                    ps.setString(k + 1, batch.get(k));
                }
                for (int k = 0; k < more.size(); k++) {
                    ps.setString(batch.size() + k + 1, more.get(k));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.read(rs);
                    }
                }
            }
        }
    }

    /** The stored attributions of {@code ids}, by article id, each article's in their order in it. */
    private Map<String, List<Attribution>> attributionsById(Collection<String> ids)
            throws SQLException, JsonProcessingException {
        record Row(int ordinal, Attribution attribution) {
        }
        Map<String, List<Row>> rows = new HashMap<>();
        byIds("SELECT article_id, ordinal, data FROM attributions WHERE id IN (%s)", List.copyOf(ids), List.of(),
                rs -> rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Row(rs.getInt(2), attribution(rs.getString(3)))));
        Map<String, List<Attribution>> out = new HashMap<>();
        rows.forEach((article, list) -> {
            list.sort(Comparator.comparingInt(Row::ordinal));
            out.put(article, list.stream().map(Row::attribution).toList());
        });
        return out;
    }

    /**
     * For each of {@code ranges} ({@code from}, {@code to}): the evidence published before {@code from} of the claims
     * with evidence published in the weeks {@code from} to {@code to}, as any stored run assessed them, the ids of its
     * attributions by article id. One read serves all the ranges (the trend weeks of a weekly report share most of
     * their claims): the ranges' attributions with their week, the stored claims holding them, each claim's evidence
     * once (by the evidence's key, run then claim: one claim a query) and each carrier's week once; each range then
     * keeps its own claims' carriers published before it.
     */
    private List<Map<String, Set<String>>> evidenceBefore(List<IsoWeek[]> ranges) {
        String what = ranges.size() == 1 ? ranges.get(0)[0] + (ranges.get(0)[0].equals(ranges.get(0)[1]) ? ""
                : " to " + ranges.get(0)[1]) : ranges.size() + " weeks";
        try {
            String min = null;
            String max = null;
            for (IsoWeek[] r : ranges) {
                min = min == null || r[0].toString().compareTo(min) < 0 ? r[0].toString() : min;
                max = max == null || r[1].toString().compareTo(max) > 0 ? r[1].toString() : max;
            }
            // the weeks' attributions with their week (by the weeks' index and the attributions' index on their
            // article), kept by the ranges that hold the week
            Map<String, List<Integer>> rangesOf = new HashMap<>();
            List<String> attributions = new ArrayList<>();
            if (min != null) {
                try (PreparedStatement ps = db.prepareStatement("SELECT t.id, a.iso_week FROM articles a JOIN"
                        + " attributions t ON t.article_id = a.id WHERE a.iso_week >= ? AND a.iso_week <= ? AND"
                        + " a.iso_week <> ''")) {
                    ps.setString(1, min);
                    ps.setString(2, max);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String week = rs.getString(2);
                            List<Integer> in = new ArrayList<>(1);
                            for (int i = 0; i < ranges.size(); i++) {
                                if (week.compareTo(ranges.get(i)[0].toString()) >= 0
                                        && week.compareTo(ranges.get(i)[1].toString()) <= 0) {
                                    in.add(i);
                                }
                            }
                            if (!in.isEmpty()) {
                                attributions.add(rs.getString(1));
                                rangesOf.put(rs.getString(1), in);
                            }
                        }
                    }
                }
            }
            // the stored claims holding them, any run's (by the index on the evidence's attributions), by range
            record Claim(long run, String id) {
            }
            List<Set<Claim>> claimsOf = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                claimsOf.add(new HashSet<>());
            }
            Set<Claim> claims = new TreeSet<>(Comparator.comparingLong(Claim::run).thenComparing(Claim::id));
            byIds("SELECT attribution_id, run_id, claim_id FROM claim_evidence WHERE attribution_id IN (%s)",
                    attributions, List.of(), rs -> {
                        Claim c = new Claim(rs.getLong(2), rs.getString(3));
                        claims.add(c);
                        for (int i : rangesOf.get(rs.getString(1))) {
                            claimsOf.get(i).add(c);
                        }
                    });
            // each claim's evidence once: its articles with their attributions
            Map<Claim, Map<String, Set<String>>> carriersOf = new HashMap<>();
            Set<String> carriers = new TreeSet<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT article_id, attribution_id FROM claim_evidence"
                    + " WHERE run_id = ? AND claim_id = ?")) {
                for (Claim c : claims) {
                    ps.setLong(1, c.run());
                    ps.setString(2, c.id());
                    Map<String, Set<String>> m = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            m.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                        }
                    }
                    carriersOf.put(c, m);
                    carriers.addAll(m.keySet());
                }
            }
            // each carrier's week once (by the articles' key)
            Map<String, String> weekOf = new HashMap<>();
            byIds("SELECT id, iso_week FROM articles WHERE id IN (%s) AND iso_week <> ''", List.copyOf(carriers),
                    List.of(), rs -> weekOf.put(rs.getString(1), rs.getString(2)));
            // each range: its claims' carriers published before it
            List<Map<String, Set<String>>> out = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                String from = ranges.get(i)[0].toString();
                Map<String, Set<String>> m = new TreeMap<>();
                for (Claim c : claimsOf.get(i)) {
                    carriersOf.get(c).forEach((article, ids) -> {
                        String week = weekOf.get(article);
                        if (week != null && week.compareTo(from) < 0) {
                            m.computeIfAbsent(article, k -> new TreeSet<>()).addAll(ids);
                        }
                    });
                }
                out.add(m);
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the earlier evidence of " + what, e);
        }
    }

    /** Row counts of every table, for summaries and tests. */
    public record Counts(long runs, long articles, long attributions, long snapshots, long verdicts) {
    }

    public Counts counts() {
        return new Counts(count("SELECT COUNT(*) FROM runs"), count("SELECT COUNT(*) FROM articles"),
                count("SELECT COUNT(*) FROM attributions"), count("SELECT COUNT(*) FROM claim_snapshots"),
                count("SELECT COUNT(*) FROM verdicts"));
    }

    /** Articles stored without a publication date (they belong to no week). */
    public long undatedArticles() {
        return count("SELECT COUNT(*) FROM articles WHERE iso_week = ''");
    }

    private long count(String sql) {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count", e);
        }
    }

    // ---------------------------------------------------------------- claims and verdicts

    /** Each claim as its latest run assessed it, in report order (status, then id). */
    public List<ClaimSnapshot> latestClaims() {
        return snapshots("SELECT s.* FROM claim_snapshots s JOIN (SELECT claim_id, MAX(run_id) AS r FROM"
                + " claim_snapshots GROUP BY claim_id) m ON s.claim_id = m.claim_id AND s.run_id = m.r",
                "SELECT e.* FROM claim_evidence e JOIN (SELECT claim_id, MAX(run_id) AS r FROM claim_snapshots GROUP"
                + " BY claim_id) m ON e.claim_id = m.claim_id AND e.run_id = m.r ORDER BY e.claim_id, e.ordinal",
                List.of());
    }

    /** The claim as its latest run assessed it. */
    public Optional<ClaimSnapshot> latestClaim(String claimId) {
        List<ClaimSnapshot> s = latestClaims(List.of(claimId));
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** Claim ids per query when a query names them ({@code IN (?, ...)}). */
    private static final int IDS_PER_QUERY = 500;

    /** The latest run of the claim of the row: a condition on the alias {@code x}'s {@code run_id}. */
    private static String latestRunOf(String x) {
        return x + ".run_id = (SELECT MAX(l.run_id) FROM claim_snapshots l WHERE l.claim_id = " + x + ".claim_id)";
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * Each of {@code claimIds} that the store holds, as its latest run assessed it, in report order (status, then
     * id): reads only those claims' latest snapshots and evidence.
     */
    public List<ClaimSnapshot> latestClaims(Collection<String> claimIds) {
        List<String> ids = List.copyOf(new TreeSet<>(claimIds));
        List<ClaimSnapshot> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY));
            String in = " IN (" + placeholders(batch.size()) + ")";
            out.addAll(snapshots("SELECT * FROM claim_snapshots s WHERE s.claim_id" + in + " AND " + latestRunOf("s"),
                    "SELECT e.* FROM claim_snapshots s JOIN claim_evidence e ON e.run_id = s.run_id AND e.claim_id ="
                    + " s.claim_id WHERE s.claim_id" + in + " AND " + latestRunOf("s")
                    + " ORDER BY e.claim_id, e.ordinal", batch));
        }
        out.sort(REPORT_ORDER);
        return out;
    }

    private static final Comparator<ClaimSnapshot> REPORT_ORDER = Comparator
            .comparing((ClaimSnapshot c) -> c.status().ordinal()).thenComparing(ClaimSnapshot::claimId);

    /**
     * The snapshots that {@code headSql} selects with the evidence that {@code evidenceSql} selects (grouped by
     * claim id, in its order), each query given {@code params}; in report order.
     */
    private List<ClaimSnapshot> snapshots(String headSql, String evidenceSql, List<String> params) {
        record Head(long run, String id, String statement, ClaimStatus status, double p, double lo, double hi,
                    String grade, int origins, String week, String first, List<String> values, boolean disputed) {
        }
        List<Head> heads = new ArrayList<>();
        try {
            try (PreparedStatement ps = db.prepareStatement(headSql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new Head(rs.getLong("run_id"), rs.getString("claim_id"),
                                rs.getString("statement"), ClaimStatus.valueOf(rs.getString("status")),
                                rs.getDouble("probability"), rs.getDouble("interval_lower"),
                                rs.getDouble("interval_upper"), rs.getString("grade"), rs.getInt("origins"),
                                rs.getString("iso_week"), rs.getString("first_seen"),
                                JSON.readValue(rs.getString("claim_values"), new TypeReference<List<String>>() { }),
                                rs.getBoolean("values_disputed")));
                    }
                }
            }
            // all the evidence of the snapshots in one query, grouped in memory
            Map<String, List<EvidenceRow>> evidence = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement(evidenceSql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        evidence.computeIfAbsent(rs.getString("claim_id"), k -> new ArrayList<>())
                                .add(new EvidenceRow(rs.getString("attribution_id"), rs.getString("article_id"),
                                        rs.getString("outlet"), rs.getString("published_text"),
                                        rs.getString("origin_key"), rs.getString("origin_source_id"),
                                        rs.getString("source_name"), EvidenceRole.valueOf(rs.getString("role")),
                                        rs.getDouble("weight"), rs.getBoolean("counted"), rs.getBoolean("hedged"),
                                        rs.getString("content_text"), rs.getString("reason"),
                                        rs.getBoolean("superseded"), rs.getBoolean("negation")));
                    }
                }
            }
            List<ClaimSnapshot> out = new ArrayList<>();
            for (Head h : heads) {
                out.add(new ClaimSnapshot(h.run(), h.id(), h.statement(), h.status(), h.p(), h.lo(), h.hi(),
                        h.grade(), h.origins(), h.week(), h.first(), evidence.getOrDefault(h.id(), List.of()),
                        h.values(), h.disputed()));
            }
            out.sort(REPORT_ORDER);
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read the claims", e);
        }
    }

    /**
     * The claims that a party to them resolved ({@link PartyConfirmation}), as their latest run assessed them: for
     * each, a verdict whose reviewer is {@code party:} and the party's id, whose note says who confirmed what where,
     * decided when that run started: {@link Verdict.Outcome#CONFIRMED} when the party confirmed the claim,
     * {@link Verdict.Outcome#REFUTED} when it confirmed the claim's opposite (the confirming piece of evidence
     * opposes the claim: a negatively stated claim's plain rival version; rows stored before the scoring resolved
     * such claims are all confirmations, whose piece supports). Not reviewers' verdicts: they are not in
     * {@link #history}, and a reviewer's verdict in force on the claim takes precedence ({@link ReviewState}).
     */
    public Map<String, Verdict> partyConfirmations() {
        String sql = "SELECT p.*, r.started_at, (SELECT MIN(e.role) FROM claim_evidence e WHERE e.run_id = p.run_id"
                + " AND e.claim_id = p.claim_id AND e.attribution_id = p.attribution_id) AS confirming_role"
                + " FROM party_confirmations p JOIN runs r ON r.id = p.run_id WHERE " + latestRunOf("p")
                + " ORDER BY p.claim_id";
        Map<String, Verdict> out = new TreeMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Verdict.Outcome outcome = EvidenceRole.OPPOSES.name().equals(rs.getString("confirming_role"))
                        ? Verdict.Outcome.REFUTED : Verdict.Outcome.CONFIRMED;
                String note = PartyConfirmation.describe(rs.getString("party_name"), rs.getString("outlet"),
                        outcome);
                out.put(rs.getString("claim_id"), new Verdict(rs.getString("claim_id"), outcome,
                        PARTY_REVIEWER + rs.getString("party_id"), note,
                        utc(rs.getObject("started_at", OffsetDateTime.class))));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the party confirmations", e);
        }
    }

    /** Records a verdict; an earlier verdict on the same claim stays in its history. */
    public void recordVerdict(Verdict v) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO verdicts (claim_id, outcome, reviewer, note,"
                + " decided_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, v.claimId());
            ps.setString(2, v.outcome().name());
            ps.setString(3, v.reviewer());
            ps.setString(4, v.note());
            ps.setObject(5, v.decidedAt());
            ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the verdict on " + v.claimId(), e);
        }
    }

    /** The verdicts on a claim, earliest recorded first; the last one is in force. */
    public List<Verdict> history(String claimId) {
        return verdicts("SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", claimId);
    }

    /** The verdict in force on a claim. */
    public Optional<Verdict> verdict(String claimId) {
        List<Verdict> h = history(claimId);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    /** The verdict in force on each claim that has one, by claim id in order. */
    public Map<String, Verdict> currentVerdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        for (Verdict v : verdicts("SELECT * FROM verdicts ORDER BY id", null)) {
            out.put(v.claimId(), v);
        }
        return out;
    }

    private List<Verdict> verdicts(String sql, String claimId) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (claimId != null) {
                ps.setString(1, claimId);
            }
            List<Verdict> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Verdict(rs.getString("claim_id"), Verdict.Outcome.valueOf(rs.getString("outcome")),
                            rs.getString("reviewer"), rs.getString("note"),
                            utc(rs.getObject("decided_at", OffsetDateTime.class))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the verdicts", e);
        }
    }

    /**
     * The claims, verdicts and track records as they stand, from one read of the store: use it when several of
     * {@link #currentClaims}, {@link #verdictsInForce}, {@link #currentClaimVerdicts} and {@link #trackRecords} are
     * needed together (they then also agree with each other, whatever is stored meanwhile).
     */
    public ReviewState reviewState() {
        return new ReviewState(latestClaims(), currentVerdicts(), partyConfirmations());
    }

    /**
     * The claims and verdicts that decide the track records and the verdicts in force, as {@link #reviewState} gives
     * them, from a read of only the claims that can be resolved or carry a verdict ({@link #resolvable}): its
     * {@link ReviewState#trackRecords}, {@link ReviewState#trackRecordsByWeek}, {@link ReviewState#verdictsInForce}
     * and {@link ReviewState#resolutions} are those of {@link #reviewState}, its {@link ReviewState#currentClaims}
     * only those of the claims read. What it reads grows with the reviewed and confirmed claims, not with the store.
     */
    public ReviewState resolutionState() {
        Map<String, Verdict> own = currentVerdicts();
        Map<String, Verdict> byParty = partyConfirmations();
        return new ReviewState(latestClaims(resolvable(own.keySet(), byParty.keySet())), own, byParty);
    }

    /**
     * The claims on which the resolutions depend, of those the store holds: the {@code reviewed} and
     * {@code confirmed} claims; the claims that share a piece of evidence (by attribution) with a reviewed claim, to
     * which its verdict may carry over; and, again and again, the claims of later runs that share one with any of
     * these, which may supersede them ({@link ReviewState#currentClaims}). Each claim as its latest run assessed it.
     */
    private Set<String> resolvable(Set<String> reviewed, Set<String> confirmed) {
        Set<String> members = new HashSet<>();
        Set<String> pending = new TreeSet<>(reviewed);
        pending.addAll(confirmed);
        try {
            while (!pending.isEmpty()) {
                // attribution -> the earliest run after which its holders count (any run for a reviewed claim's)
                Map<String, Long> after = new HashMap<>();
                List<String> batch = List.copyOf(pending);
                pending = new TreeSet<>();
                for (int i = 0; i < batch.size(); i += IDS_PER_QUERY) {
                    List<String> ids = batch.subList(i, Math.min(batch.size(), i + IDS_PER_QUERY));
                    try (PreparedStatement ps = db.prepareStatement("SELECT s.claim_id, s.run_id, e.attribution_id"
                            + " FROM claim_snapshots s LEFT JOIN claim_evidence e ON e.run_id = s.run_id AND"
                            + " e.claim_id = s.claim_id WHERE s.claim_id IN (" + placeholders(ids.size()) + ") AND "
                            + latestRunOf("s"))) {
                        for (int k = 0; k < ids.size(); k++) {
                            ps.setString(k + 1, ids.get(k));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String claim = rs.getString(1);
                                members.add(claim);
                                String a = rs.getString(3);
                                if (a != null) {
                                    after.merge(a, reviewed.contains(claim) ? Long.MIN_VALUE : rs.getLong(2),
                                            Math::min);
                                }
                            }
                        }
                    }
                }
                List<String> attributions = List.copyOf(after.keySet());
                for (int i = 0; i < attributions.size(); i += IDS_PER_QUERY) {
                    List<String> ids = attributions.subList(i, Math.min(attributions.size(), i + IDS_PER_QUERY));
                    try (PreparedStatement ps = db.prepareStatement("SELECT e.claim_id, e.run_id, e.attribution_id"
                            + " FROM claim_evidence e WHERE e.attribution_id IN (" + placeholders(ids.size())
                            + ") AND " + latestRunOf("e"))) {
                        for (int k = 0; k < ids.size(); k++) {
                            ps.setString(k + 1, ids.get(k));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String claim = rs.getString(1);
                                if (!members.contains(claim) && rs.getLong(2) > after.get(rs.getString(3))) {
                                    pending.add(claim);
                                }
                            }
                        }
                    }
                }
            }
            return members;
        } catch (SQLException e) {
            throw failure("read the resolved claims", e);
        }
    }

    /**
     * The claims as they stand: each claim as its latest run assessed it, without the claims a later run
     * superseded ({@link ReviewState#currentClaims}). In report order (status, then id).
     */
    public List<ClaimSnapshot> currentClaims() {
        return ReviewState.current(latestClaims());
    }

    /**
     * The verdict in force on each of {@code claims} (claim id to the ids of the attributions it holds) that has
     * one ({@link ReviewState#verdictsInForce}).
     */
    public Map<String, Verdict> verdictsInForce(Map<String, ? extends Collection<String>> claims) {
        return reviewersState().verdictsInForce(claims);
    }

    /** The verdict in force on each current claim ({@link #currentClaims}) that has one, by claim id. */
    public Map<String, Verdict> currentClaimVerdicts() {
        return reviewersState().currentClaimVerdicts();
    }

    /**
     * The claims and the reviewers' verdicts, without the party confirmations: enough for the verdicts in force,
     * which are reviewers' only, and one query fewer than {@link #reviewState}.
     */
    private ReviewState reviewersState() {
        return new ReviewState(latestClaims(), currentVerdicts(), Map.of());
    }

    /**
     * Track records from the verdicts in force ({@link ReviewState#trackRecords}).
     *
     * @param upTo only claims first seen in this week or earlier (claims without a dated carrier are left out); empty
     *             for every claim
     */
    public TrackRecords trackRecords(Optional<IsoWeek> upTo) {
        return resolutionState().trackRecords(upTo);
    }

    /** {@link #trackRecords(Optional)} up to each of {@code weeks}, reading the store once. */
    public Map<IsoWeek, TrackRecords> trackRecordsByWeek(List<IsoWeek> weeks) {
        return resolutionState().trackRecordsByWeek(weeks);
    }

    // ---------------------------------------------------------------- helpers

    private StoreException failure(String what, Exception e) {
        return new StoreException("cannot " + what + " in the store " + location() + ": " + e.getMessage(), e);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** An attribution as the store reads it back from the JSON that {@link #json} wrote. */
    static Attribution attribution(String json) throws JsonProcessingException {
        return JSON.readValue(json, Attribution.class);
    }

    /** {@code o} as the store writes it (an attribution: see {@link AttributionJson}). */
    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A data source that opens a connection by URL, for Flyway. */
    private static final class UrlDataSource implements DataSource {
        private final String url;

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper of " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

}
