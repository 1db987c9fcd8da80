package dev.dovetail.jdbc;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.conformance.ConformanceContext;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDBC connector's conformance context on one real database: the entity is a table named
 * {@code conformance} (quoted, so every database keeps the lower-case names the suite reads), filled with
 * plain JDBC as another application would fill it. Breaking the entity swaps the table for a view whose
 * {@code score} fails to compute on every row, so the failure happens inside a split's read.
 */
final class JdbcConformanceContext implements ConformanceContext {
    private static final int BATCH = 1_000;

    private final TestDatabase db;

    JdbcConformanceContext(TestDatabase db) {
        this.db = db;
    }

    @Override
    public ConnectorHarness harness() {
        return JdbcFixtures.harness(db).withOption("dbTable", entity());
    }

    @Override
    public void seed(Stream<Row> rows) throws SQLException {
        drop(entity());
        drop("conformance_data");
        db.execute("CREATE TABLE " + quote(entity()) + " (" + quote("id") + " BIGINT PRIMARY KEY, " + quote("name")
                        + " VARCHAR(100), " + quote("score") + " INT, " + quote("updated_at") + " "
                        + JdbcFixtures.timestamp(db) + " NOT NULL)");
        insert(rows.iterator());
    }

    @Override
    public void insert(List<Row> rows) throws SQLException {
        insert(rows.iterator());
    }

    @Override
    public Optional<Map<String, String>> badCredentials() {
        return Optional.of(Map.of("password", "not-the-password-" + db.kind()));
    }

    @Override
    public Optional<ErrorCode> breakEntity() {
        String failingScore = switch (db.kind()) {
            case H2 -> "CAST(CONCAT('x', " + quote("id") + ") AS INT)";
            case POSTGRESQL -> {
                db.execute("CREATE OR REPLACE FUNCTION dovetail_broken(x BIGINT) RETURNS INT AS $$ BEGIN"
                        + " RAISE EXCEPTION 'broken on purpose' USING ERRCODE = '22000'; END $$ LANGUAGE plpgsql");
                yield "dovetail_broken(" + quote("id") + ")";
            }
            case MARIADB -> {
                db.execute("DROP FUNCTION IF EXISTS dovetail_broken",
                        "CREATE FUNCTION dovetail_broken(x BIGINT) RETURNS INT DETERMINISTIC BEGIN"
                                + " SIGNAL SQLSTATE '22000' SET MESSAGE_TEXT = 'broken on purpose'; RETURN 0; END");
                yield "dovetail_broken(" + quote("id") + ")";
            }
        };
        db.execute("ALTER TABLE " + quote(entity()) + " RENAME TO " + quote("conformance_data"),
                "CREATE VIEW " + quote(entity()) + " AS SELECT " + quote("id") + ", " + quote("name") + ", " + failingScore
                        + " AS " + quote("score") + ", " + quote("updated_at") + " FROM " + quote("conformance_data"));
        return Optional.of(ErrorCode.INVALID_ARGUMENT); // SQLSTATE class 22: a data exception
    }

    @Override
    public int largeRowCount() {
        return 100_000;
    }

    /** Drops the table or view {@code name} (a broken entity is a view), if there is one. */
    private void drop(String name) throws SQLException {
        try (Connection connection = db.connect();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
            if (tables.next()) {
                String kind = tables.getString("TABLE_TYPE").toUpperCase(Locale.ROOT).contains("VIEW") ? "VIEW" : "TABLE";
                db.execute("DROP " + kind + " " + quote(name));
            }
        }
    }

    private void insert(Iterator<Row> rows) throws SQLException {
        String sql = "INSERT INTO " + quote(entity()) + " VALUES (?, ?, ?, ?)";
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            int pending = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                statement.setLong(1, (Long) row.get(0));
                statement.setString(2, (String) row.get(1));
                if (row.isNull(2)) {
                    statement.setNull(3, Types.INTEGER);
                } else {
                    statement.setInt(3, (Integer) row.get(2));
                }
                statement.setObject(4, LocalDateTime.ofInstant((Instant) row.get(3), ZoneOffset.UTC));
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
            connection.commit();
        }
    }

    private String quote(String identifier) {
        char quote = db.kind() == TestDatabase.Kind.MARIADB ? '`' : '"';
        return quote + identifier + quote;
    }
}
