package dev.dovetail.jdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * A real database the JDBC tests run against, with the options a Glue job would pass to reach it.
 * Obtain one from {@link TestDatabases}; each test class gets a fresh database (schema) of its own on a
 * server that is started once per test run.
 *
 * @param kind which server this is
 * @param url the JDBC URL of this test's own database
 * @param user the user name
 * @param password the password (a test value, not a secret)
 */
public record TestDatabase(Kind kind, String url, String user, String password) {

    /** The servers the suite runs on. */
    public enum Kind {
        H2, POSTGRESQL, MARIADB
    }

    public TestDatabase {
        requireNonNull(kind, "kind is null");
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
    }

    /** A new connection with autocommit on; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs each statement in its own autocommitted transaction. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test setup SQL failed on " + kind + ": " + e.getMessage(), e);
        }
    }

    /** The Glue options reaching this database: {@code url}, {@code user}, {@code password}. */
    public Map<String, String> options() {
        return Map.of("url", url, "user", user, "password", password);
    }

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    /** A private in-memory H2 database that lives as long as the JVM. */
    static TestDatabase newH2() {
        String name = "dovetail" + H2_DATABASES.incrementAndGet();
        return new TestDatabase(Kind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
