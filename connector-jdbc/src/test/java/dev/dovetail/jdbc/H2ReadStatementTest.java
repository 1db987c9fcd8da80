package dev.dovetail.jdbc;

import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.read.ReadStatement;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReadStatement}: the SELECT of each split of a plan, as the connector issues it, run by hand with
 * plain JDBC, returns exactly the rows the connector returns for that split.
 */
@OnDatabase(TestDatabase.Kind.H2)
class H2ReadStatementTest {
    @BeforeAll
    static void createNumbers(TestDatabase db) {
        JdbcFixtures.numbers(db, "numbers", 1_000);
    }

    private static JdbcSession session(TestDatabase db, Optional<String> filter) throws SQLException {
        return new JdbcSession(db.connect(), Dialects.forUrl(db.url()),
                new JdbcSettings(db.url(), Optional.empty(), filter, Optional.empty(), 1000, 0, Optional.empty()));
    }

    @Test
    void eachSplitsStatementReturnsTheRowsTheConnectorReadsForIt(TestDatabase db) throws SQLException {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("filterPredicate", "id <> 500");
        ReadPlan plan = harness.read("numbers").rangePartitioned("id", 0, 1000, 4).plan();
        ReadResult read = harness.read("numbers").rangePartitioned("id", 0, 1000, 4).count();

        List<Long> counts = new ArrayList<>();
        try (JdbcSession session = session(db, Optional.of("id <> 500"))) {
            for (SplitPlan split : plan.splits()) {
                ReadStatement statement = ReadStatement.of(session, split.request());
                counts.add(count(session.connection(), statement));
            }
            ReadStatement first = ReadStatement.of(session, plan.splits().get(0).request());
            assertThat(first.sql()).startsWith("SELECT ").contains("(id <> 500)").contains(" < ?").contains(" IS NULL")
                    .doesNotContain("250");
            assertThat(first.toString()).isEqualTo(first.sql());
        }
        assertThat(counts).containsExactlyElementsOf(read.splits().stream().map(split -> split.rowCount()).toList());
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(999);
    }

    @Test
    void aStatementWithoutConditionsBindsNothing(TestDatabase db) throws SQLException {
        ReadPlan plan = JdbcFixtures.harness(db).read("numbers").plan();
        try (JdbcSession session = session(db, Optional.empty())) {
            ReadStatement statement = ReadStatement.of(session, plan.splits().get(0).request());

            assertThat(statement.sql()).doesNotContain("WHERE").doesNotContain("?");
            assertThat(count(session.connection(), statement)).isEqualTo(1_000);
        }
    }

    @Test
    void oddNamesAreQuotedInEverySplitsStatement(TestDatabase db) {
        db.execute("CREATE TABLE \"we;ird,ta:ble% =\" (\"id;1\" INT PRIMARY KEY, \"c,2:x\" VARCHAR(10) NOT NULL, \"ü =%\" DATE)",
                "INSERT INTO \"we;ird,ta:ble% =\" VALUES (1, 'a', DATE '2024-01-01'), (2, 'b', NULL), (3, 'c', DATE '2024-01-03')");

        ReadResult result = JdbcFixtures.harness(db).read("we;ird,ta:ble% =").rangePartitioned("id;1", 1, 4, 2).run();

        assertThat(result.splits()).hasSize(2);
        assertThat(result.rows()).extracting(row -> row.get(1)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(result.rows()).extracting(row -> row.get(2)).containsOnly(java.time.LocalDate.of(2024, 1, 1), null,
                java.time.LocalDate.of(2024, 1, 3));
    }

    private static long count(Connection connection, ReadStatement statement) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            int bound = statement.bind(prepared);
            assertThat(bound).isEqualTo(prepared.getParameterMetaData().getParameterCount());
            long rows = 0;
            try (ResultSet rs = prepared.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
