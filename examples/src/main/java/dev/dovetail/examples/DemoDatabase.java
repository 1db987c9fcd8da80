package dev.dovetail.examples;

import dev.dovetail.api.read.Row;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The JDBC demo's database: an in-memory H2 database holding table {@code orders} and view
 * {@code open_orders}, created with plain JDBC, and a recorder of the SQL the database executes (H2's
 * {@code INFORMATION_SCHEMA.QUERY_STATISTICS}), to show what the connector sent. Closing it shuts the
 * database down, so a second run in the same JVM starts from an empty one.
 */
final class DemoDatabase implements AutoCloseable {
    /** Unquoted names are stored in lower case, as the demo spells them. */
    static final String URL = "jdbc:h2:mem:dovetail-demo;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    static final String USER = "sa";
    static final String PASSWORD = "demo";
    private static final String[] CUSTOMERS = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"};
    private static final String[] STATUSES = {"open", "paid", "paid", "shipped", "void"};
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final Connection connection;

    private DemoDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Creates the (empty) tables; the demo loads the rows through the connector. */
    static DemoDatabase create() throws SQLException {
        DemoDatabase db = new DemoDatabase(DriverManager.getConnection(URL, USER, PASSWORD));
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer VARCHAR(20) NOT NULL, amount DECIMAL(10,2),"
                + " status VARCHAR(10), updated_at TIMESTAMP NOT NULL)");
        db.execute("CREATE VIEW open_orders AS SELECT id, customer, amount FROM orders WHERE status = 'open'");
        return db;
    }

    /**
     * Orders {@code firstId} and on: a random customer; an amount from 0.00 to 999.99, NULL one time in ten; a
     * status, NULL one time in twelve; updated {@code id / 3} minutes after 2024-01-01 (three orders a minute).
     */
    static List<Row> orders(long firstId, int count, Random random) {
        List<Row> rows = new ArrayList<>(count);
        for (long id = firstId; id < firstId + count; id++) {
            BigDecimal amount = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2);
            String status = random.nextInt(12) == 0 ? null : STATUSES[random.nextInt(STATUSES.length)];
            rows.add(Row.of(id, CUSTOMERS[random.nextInt(CUSTOMERS.length)], amount, status, START.plusSeconds(id / 3 * 60)));
        }
        return rows;
    }

    /** Forgets the statements recorded so far and records from now on. */
    void recordSql() throws SQLException {
        execute("SET QUERY_STATISTICS FALSE");
        execute("SET QUERY_STATISTICS TRUE");
    }

    /** The SELECTs on the demo's tables executed since {@link #recordSql()}, sorted; metadata queries left out. */
    List<String> recordedSql() throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE 'SELECT %'"
                        + " AND SQL_STATEMENT NOT LIKE '%INFORMATION_SCHEMA%' AND SQL_STATEMENT NOT LIKE '% WHERE 1=0'"
                        + " ORDER BY SQL_STATEMENT")) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        }
        return statements;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the database (it would otherwise live as long as the JVM). */
    @Override
    public void close() throws SQLException {
        try (connection) {
            execute("SHUTDOWN");
        }
    }
}
