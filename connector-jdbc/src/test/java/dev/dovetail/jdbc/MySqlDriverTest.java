package dev.dovetail.jdbc;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector through MySQL Connector/J ({@code jdbc:mysql:}) on the embedded MariaDB: the URL picks the
 * MySQL dialect, reads push their predicates and writes upsert. MariaDB Connector/J does not take
 * {@code jdbc:mysql:} URLs (unless asked with {@code permitMysqlScheme}), so these connections are Connector/J's.
 */
@OnDatabase(TestDatabase.Kind.MARIADB)
class MySqlDriverTest {
    private static final String MARIADB_PREFIX = "jdbc:mariadb:";

    /** {@code db}'s URL for MySQL Connector/J: {@code jdbc:mysql://localhost:<port>/<db>}. */
    static String mysqlUrl(TestDatabase db) {
        assertThat(db.url()).startsWith(MARIADB_PREFIX);
        return "jdbc:mysql:" + db.url().substring(MARIADB_PREFIX.length());
    }

    private static ConnectorHarness harness(TestDatabase db) {
        return ConnectorHarness.forConnector(JdbcConnector.class)
                .withOptions(Map.of("url", mysqlUrl(db), "user", db.user(), "password", db.password()));
    }

    @BeforeAll
    static void createPeople(TestDatabase db) {
        db.execute("CREATE TABLE people (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, age INT)");
        JdbcFixtures.insert(db, "INSERT INTO people VALUES (?, ?, ?)", List.of(
                Arrays.asList(1L, "Ada", 36), Arrays.asList(2L, "Grace", 85), Arrays.asList(3L, "Alan", 41),
                Arrays.asList(4L, "Edsger", null), Arrays.asList(5L, "Barbara", 61)));
    }

    @Test
    void theUrlPicksTheMySqlDialectAndConnectorJConnects(TestDatabase db) throws SQLException {
        assertThat(Dialects.forUrl(mysqlUrl(db)).name()).isEqualTo("mysql");
        try (Connection connection = DriverManager.getConnection(mysqlUrl(db), db.user(), db.password())) {
            assertThat(connection.getMetaData().getDriverName()).startsWith("MySQL Connector/J");
            assertThat(connection.getClass().getName()).startsWith("com.mysql.cj.");
        }
    }

    @Test
    void readsTheRowsThePushedPredicatesSelect(TestDatabase db) {
        Predicate predicate = Predicate.and(Predicate.gt("age", 40), Predicate.startsWith("name", "A"));
        ReadResult result = harness(db).read("people").columns("id", "name").where(predicate).run();

        for (SplitResult split : result.splits()) {
            assertThat(split.plan().residual().isAlwaysTrue()).as("pushed: %s", predicate).isTrue();
        }
        assertThat(result.rows()).containsExactly(Row.of(3L, "Alan"));
        assertThat(harness(db).read("people").where(Predicate.in("id", 2L, 4L)).run().rows())
                .containsExactlyInAnyOrder(Row.of(2L, "Grace", 85), Row.of(4L, "Edsger", null));
    }

    @Test
    void upsertsThroughTheHarness(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE scores (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, score INT)",
                "INSERT INTO scores VALUES (1, 'one', 10), (2, 'two', 20)");
        WriteResult result = harness(db).write("scores").columns("id", "name", "score").idFields("id")
                .upsert(Row.of(2L, "deux", 22), Row.of(3L, "trois", null));

        assertThat(result.records()).containsExactly(RecordResult.succeeded("2"), RecordResult.succeeded("3"));
        assertThat(scores(db)).containsExactly("1:one:10", "2:deux:22", "3:trois:null");
    }

    private static List<String> scores(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name, score FROM scores ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getObject(3));
            }
        }
        return rows;
    }
}
