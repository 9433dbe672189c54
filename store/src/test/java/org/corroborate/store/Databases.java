package org.corroborate.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases every store test runs against: an in-memory H2 always, and a real PostgreSQL server when
 * {@value #PG_ENV} holds its JDBC URL (see {@code .ci/postgres.sh}); otherwise the PostgreSQL cases are skipped.
 */
public final class Databases {

    /** Environment variable with a PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:55432/db?user=u}. */
    public static final String PG_ENV = "CORROBORATE_TEST_PG_URL";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Databases() {
    }

    /** The names of the databases, for {@code @MethodSource}. */
    public static Stream<String> all() {
        return Stream.of("h2", "postgresql");
    }

    /**
     * A fresh, empty store on the named database. For PostgreSQL, the schema {@code public} is dropped and made
     * again first, so the test database must be a throwaway one.
     */
    public static Store fresh(String name) {
        return Store.open(freshUrl(name));
    }

    /**
     * The JDBC URL of a fresh, empty database of the named kind, not yet a store (for migration tests). For
     * PostgreSQL, the schema {@code public} is dropped and made again first.
     */
    public static String freshUrl(String name) {
        if (name.equals("h2")) {
            return "jdbc:h2:mem:store-test-" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        }
        String url = System.getenv(PG_ENV);
        assumeTrue(url != null && !url.isBlank(), "PostgreSQL tests skipped: set " + PG_ENV
                + " to a throwaway database's JDBC URL (. .ci/postgres.sh starts one)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database " + Store.redact(url) + ": "
                    + e.getMessage(), e);
        }
        return url;
    }

    /**
     * A fresh database of the named kind migrated up to schema {@code version} only, as a store of that schema was
     * left (for the tests of later migrations); its JDBC URL.
     */
    public static String freshUrlAtSchema(String name, String version) {
        String url = freshUrl(name);
        org.flywaydb.core.Flyway.configure(Store.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:org/corroborate/store/migration")
                .placeholders(java.util.Map.of("text", name.equals("h2") ? "CLOB" : "TEXT", "binary",
                        name.equals("h2") ? "BLOB" : "BYTEA"))
                .target(version)
                .load()
                .migrate();
        return url;
    }
}
