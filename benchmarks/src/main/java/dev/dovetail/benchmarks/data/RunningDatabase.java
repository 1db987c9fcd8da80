package dev.dovetail.benchmarks.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A started benchmark database: where to connect and as whom, and how to stop it ({@link #close()}).
 *
 * @param kind which database it is
 * @param url the JDBC URL every reader connects to
 * @param user the user
 * @param password the user's password
 * @param stop stops the database
 */
public record RunningDatabase(Database kind, String url, String user, String password, Stop stop) implements AutoCloseable {
    /** Stops a database. */
    @FunctionalInterface
    public interface Stop {
        void stop() throws Exception;
    }

    private static final int BATCH = 1_000;

    public RunningDatabase {
        requireNonNull(kind, "kind is null");
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(stop, "stop is null");
    }

    /** A new connection as {@link #user()}. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The Glue connection options of this database: {@code url}, {@code user}, {@code password}. */
    public Map<String, String> options() {
        return Map.of("url", url, "user", user, "password", password);
    }

    /**
     * Creates {@code shape}'s table holding ids 1..{@code rows} with batched inserts in one transaction, then
     * lets the database gather its statistics.
     */
    public void seed(Shape shape, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a benchmark table needs at least one row, got rows=" + rows);
        }
        try (Connection connection = DriverManager.getConnection(kind.seedingUrl(url), user, password)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(shape.createTable());
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(shape.insert())) {
                for (long id = 1; id <= rows; id++) {
                    shape.bind(insert, id);
                    insert.addBatch();
                    if (id % BATCH == 0 || id == rows) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            if (kind == Database.POSTGRES) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM ANALYZE " + shape.table());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed " + rows + " rows of " + shape.table() + " in " + url, e);
        }
    }

    /** Stops the database. */
    @Override
    public void close() throws Exception {
        stop.stop();
    }

    @Override
    public String toString() {
        return "RunningDatabase{" + kind + ", " + url + ", user " + user + "}";
    }
}
