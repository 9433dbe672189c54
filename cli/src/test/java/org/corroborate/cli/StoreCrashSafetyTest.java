package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.corroborate.core.Verdict;
import org.corroborate.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash safety of the store: {@code corroborate run --store} and {@code review --import} run as child JVMs and are
 * killed with SIGKILL ({@link Process#destroyForcibly()}) after a delay drawn from a seeded {@link Random}. After each
 * kill the store must open, hold no half-written article, run or verdict, and a rerun without killing must reach the
 * same state as an uninterrupted run on a fresh store. Runs on H2 always and on PostgreSQL when
 * {@value #PG_ENV} names a throwaway database (its schema {@code public} is dropped and made again per round).
 */
class StoreCrashSafetyTest {

    private static final String PG_ENV = "CORROBORATE_TEST_PG_URL";
    private static final String AS_OF = "2025-03-09T00:00:00Z";
    private static final int ROUNDS = 5;
    private static final int KILLS_PER_ROUND = 8;
    private static final int REVIEW_KILLS = 10;
    private static final String[] OUTLETS = {"Harbor Daily", "Northern Ledger", "Lakeside Post", "Valley Times",
        "Coastal Wire"};
    private static final String[] FACTS = {
        "North Korea had sent 3,000 more soldiers to Russia",
        "a bridge near Kursk was destroyed overnight by a drone strike",
        "the harvest had doubled this year in the southern provinces",
        "the central bank would raise interest rates in April",
        "two tankers had collided off the northern coast",
        "the border crossing at Rafah would reopen on Monday",
        "the power plant had been shut down after a fire",
        "the minister of finance had resigned over the budget"};
    private static final String[] SPEAKERS = {"The defence ministry", "A local official", "State media",
        "Western intelligence officials", "The spokesman", "Police"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void killedRunsAndImportsLeaveAWholeStoreAndRerunsCatchUp(String db) throws Exception {
        String pg = System.getenv(PG_ENV);
        if (db.equals("postgresql")) {
            assumeTrue(pg != null && !pg.isBlank(), "PostgreSQL crash test skipped: set " + PG_ENV);
        }
        long t0 = System.nanoTime();
        Path in = articles();
        Random random = new Random(20251127L);

        // the reference: uninterrupted run and import on a fresh store
        String ref = store(db, "ref");
        long refStart = System.nanoTime();
        assertEquals(0, complete("run", in.toString(), "--store", ref, "--as-of", AS_OF, "-o",
                dir.resolve("out").toString(), "--threads", "1"));
        long runMillis = (System.nanoTime() - refStart) / 1_000_000;
        State expected = state(ref);
        assertEquals(40, expected.articles().size(), expected.toString());
        assertTrue(expected.claims().size() >= 4, expected.toString());
        Path csv = verdicts(expected.claims());
        List<Verdict> wanted;
        long reviewStart = System.nanoTime();
        assertEquals(0, complete("review", "--import", csv.toString(), "--store", ref, "--as-of", AS_OF));
        long reviewMillis = (System.nanoTime() - reviewStart) / 1_000_000;
        try (Store s = Store.openExisting(ref)) {
            wanted = List.copyOf(s.currentVerdicts().values());
        }
        assertEquals(expected.claims().size(), wanted.size());
        State expectedReviewed = state(ref);

        // kills within the time an uninterrupted run takes, so they land in start-up, migration, ingest and storing
        // (a child that ends before its delay is not counted as a kill, and another is started)
        int bound = (int) Math.max(500, Math.min(4000, runMillis * 9 / 10));
        int kills = 0;
        int finished = 0;
        String last = null;
        for (int round = 0; round < ROUNDS; round++) {
            String s = store(db, "r" + round);
            for (int k = 0, tries = 0; k < KILLS_PER_ROUND && tries < 3 * KILLS_PER_ROUND; tries++) {
                boolean killed = killAfter(50 + random.nextInt(bound - 50), "run", in.toString(), "--store", s,
                        "--as-of", AS_OF, "-o", dir.resolve("out-" + round).toString(), "--threads", "1");
                kills += killed ? 1 : 0;
                finished += killed ? 0 : 1;
                k += killed ? 1 : 0;
                assertWhole(s, expected, wanted, "round " + round + " kill " + k);
            }
            assertEquals(0, complete("run", in.toString(), "--store", s, "--as-of", AS_OF, "-o",
                    dir.resolve("out-" + round).toString(), "--threads", "1"));
            State after = state(s);
            assertEquals(expected.articles(), after.articles(), "round " + round);
            assertEquals(expected.claims(), after.claims(), "round " + round);
            last = s;
        }

        // review: kills during imports on the last store, then one import without killing
        int reviewBound = (int) Math.max(300, Math.min(1500, reviewMillis * 9 / 10));
        for (int k = 0, tries = 0; k < REVIEW_KILLS && tries < 3 * REVIEW_KILLS; tries++) {
            boolean killed = killAfter(50 + random.nextInt(reviewBound - 50), "review", "--import", csv.toString(),
                    "--store", last, "--as-of", AS_OF);
            kills += killed ? 1 : 0;
            finished += killed ? 0 : 1;
            k += killed ? 1 : 0;
            assertWhole(last, expected, wanted, "review kill " + k);
        }
        assertEquals(0, complete("review", "--import", csv.toString(), "--store", last, "--as-of", AS_OF));
        State reviewed = state(last);
        assertEquals(expectedReviewed.articles(), reviewed.articles());
        assertEquals(expectedReviewed.verdicts(), reviewed.verdicts());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        System.out.printf("store crash test (%s): %d processes killed, %d finished before their kill, uninterrupted"
                + " run %d ms and import %d ms, kill delays 50-%d ms (run) and 50-%d ms (review), %d s in all%n", db,
                kills, finished, runMillis, reviewMillis, bound, reviewBound, seconds);
        assertTrue(kills >= ROUNDS * KILLS_PER_ROUND + REVIEW_KILLS, kills + " kills; the children finish too soon to be killed");
    }

    // ---------------------------------------------------------------- invariants

    /** Article id to "body hash / attribution count"; claim ids of the latest snapshots; verdicts in force. */
    record State(Map<String, String> articles, Set<String> claims, Map<String, String> verdicts) {
    }

    private State state(String spec) throws SQLException {
        try (Store s = Store.openExisting(spec)) {
            Set<String> claims = new TreeSet<>();
            s.latestClaims().forEach(c -> claims.add(c.claimId()));
            Map<String, String> verdicts = new TreeMap<>();
            s.currentVerdicts().forEach((k, v) -> verdicts.put(k, v.toString()));
            Map<String, String> articles = new TreeMap<>();
            try (Connection c = DriverManager.getConnection(Store.jdbcUrl(spec)); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT a.id, a.body_hash, (SELECT COUNT(*) FROM attributions t"
                         + " WHERE t.article_id = a.id) FROM articles a")) {
                while (rs.next()) {
                    articles.put(rs.getString(1), rs.getString(2) + " / " + rs.getLong(3));
                }
            }
            return new State(articles, claims, verdicts);
        }
    }

    /**
     * The store opens; every stored article is as the reference stored it (same body hash, all its attributions);
     * each run's counts match its rows; each claim snapshot has its evidence; every verdict is one of the file's.
     */
    private void assertWhole(String spec, State expected, List<Verdict> wanted, String when) throws SQLException {
        if (spec.startsWith("jdbc:") || Files.exists(Path.of(spec + ".mv.db"))) {
            try (Store s = Store.openExisting(spec)) {
                for (Verdict v : s.history(wanted.get(0).claimId())) {
                    assertTrue(wanted.contains(v), when + ": verdict " + v + " is none of " + wanted);
                }
                for (Verdict v : s.currentVerdicts().values()) {
                    assertTrue(wanted.contains(v), when + ": verdict " + v + " is none of " + wanted);
                }
            }
        } else {
            return; // killed before the store file was made
        }
        State now = state(spec);
        now.articles().forEach((id, v) -> assertEquals(expected.articles().get(id), v, when + ": article " + id));
        try (Connection c = DriverManager.getConnection(Store.jdbcUrl(spec)); Statement st = c.createStatement()) {
            List<long[]> runs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, articles_new, attributions, claims FROM runs")) {
                while (rs.next()) {
                    runs.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            for (long[] r : runs) {
                assertEquals(r[1], count(st, "SELECT COUNT(*) FROM articles WHERE first_run = " + r[0]),
                        when + ": articles of run " + r[0]);
                assertEquals(r[2], count(st, "SELECT COUNT(*) FROM attributions t JOIN articles a ON a.id ="
                        + " t.article_id WHERE a.first_run = " + r[0]), when + ": attributions of run " + r[0]);
                assertEquals(r[3], count(st, "SELECT COUNT(*) FROM claim_snapshots WHERE run_id = " + r[0]),
                        when + ": claim snapshots of run " + r[0]);
            }
            assertEquals(0, count(st, "SELECT COUNT(*) FROM claim_snapshots s WHERE NOT EXISTS (SELECT 1 FROM"
                    + " claim_evidence e WHERE e.run_id = s.run_id AND e.claim_id = s.claim_id)"),
                    when + ": claim snapshots without evidence");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM verdicts WHERE claim_id IS NULL OR outcome IS NULL"
                    + " OR reviewer IS NULL OR note IS NULL OR decided_at IS NULL OR recorded_at IS NULL"),
                    when + ": incomplete verdicts");
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---------------------------------------------------------------- child processes

    private static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** Runs the command to its end; its exit code. */
    private int complete(String... args) throws IOException, InterruptedException {
        File log = Files.createTempFile(dir, "child", ".log").toFile();
        Process p = child(args).redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child still running: " + List.of(args));
        int code = p.exitValue();
        if (code != 0) {
            System.err.println(Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
        return code;
    }

    /** Starts the command and kills it with SIGKILL after {@code millis}; whether it was still running then. */
    private static boolean killAfter(int millis, String... args) throws IOException, InterruptedException {
        Process p = child(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = p.waitFor(millis, TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "killed child did not end");
        return !ended;
    }

    // ---------------------------------------------------------------- fixtures

    /** A fresh store: an H2 file in the temporary folder, or the PostgreSQL test database with an empty schema. */
    private String store(String db, String name) throws SQLException {
        if (db.equals("h2")) {
            return dir.resolve(name).resolve("store").toString();
        }
        String url = System.getenv(PG_ENV);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return url;
    }

    /** 40 short articles in four JSON Lines files: eight facts, each told by five outlets. */
    private Path articles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int f = 0; f < 4; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                int n = f * 10 + i;
                String fact = FACTS[n % FACTS.length];
                String outlet = OUTLETS[n / FACTS.length];
                String speaker = SPEAKERS[n % SPEAKERS.length];
                sb.append(String.format(java.util.Locale.ROOT, "{\"id\":\"crash-%02d\",\"url\":\"https://news%d"
                        + ".example/%d\",\"outlet\":\"%s\",\"published\":\"2025-02-%02dT08:00:00Z\",\"title\":"
                        + "\"Report %d\",\"body\":\"%s said on Monday that %s. Officials in the capital declined"
                        + " to comment on the report number %d.\"}%n", n, n % 5, n, outlet, 20 + n % 8, n, speaker,
                        fact, n));
            }
            Files.writeString(in.resolve("news-" + f + ".jsonl"), sb.toString(), StandardCharsets.UTF_8);
        }
        return in;
    }

    /** One verdict per claim, with a comma and a quote in some notes. */
    private Path verdicts(Set<String> claims) throws IOException {
        StringBuilder sb = new StringBuilder("claim_id,verdict,reviewer,note,decided_at\r\n");
        String[] outcomes = {"confirmed", "refuted", "unresolvable"};
        int i = 0;
        for (String c : claims) {
            sb.append(c).append(',').append(outcomes[i % 3]).append(",rev").append(i % 2)
                    .append(",\"note ").append(i).append(", checked\",2025-03-0").append(1 + i % 8).append("\r\n");
            i++;
        }
        Path csv = dir.resolve("verdicts.csv");
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        return csv;
    }
}
