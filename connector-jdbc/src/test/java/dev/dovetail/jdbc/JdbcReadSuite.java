package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.GlueReadResult;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.dovetail.jdbc.JdbcFixtures.START;
import static dev.dovetail.jdbc.JdbcFixtures.day;
import static dev.dovetail.jdbc.JdbcFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads through the harness: projection, every predicate form, limit, {@code filterPredicate},
 * {@code query} (wrapped, or ending in WHERE), {@code fetchsize} streaming. Every pushed part is checked
 * to be pushed (no residual), so the rows prove the SQL applied it.
 */
abstract class JdbcReadSuite {
    private static final List<String> COLUMNS = List.of("id", "customer", "amount", "status", "created", "updated_at", "note");

    @BeforeAll
    static void createOrders(TestDatabase db) {
        db.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(40) NOT NULL, amount DECIMAL(10,2),"
                + " status VARCHAR(20), created DATE, updated_at " + JdbcFixtures.timestamp(db) + ", note VARCHAR(100))");
        JdbcFixtures.insert(db, "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(
                Arrays.asList(1, "Ada", money("10.50"), "paid", day(1), START.plusSeconds(3600), "50% off"),
                Arrays.asList(2, "Grace", money("200.00"), "open", day(2), START.plusSeconds(7200), "a_b"),
                Arrays.asList(3, "Alan", null, "void", day(3), START.plusSeconds(10800), null),
                Arrays.asList(4, "Edsger", money("99.99"), "paid", null, null, "it's"),
                Arrays.asList(5, "barbara", money("5.00"), "open", day(5), START.plusSeconds(18000), "!bang"),
                Arrays.asList(6, "Donald", money("1000.00"), null, day(6), START.plusSeconds(21600), "A_B")));
        JdbcFixtures.numbers(db, "numbers", 200_000);
    }

    private static ConnectorHarness harness(TestDatabase db) {
        return JdbcFixtures.harness(db);
    }

    /** The ids a read of {@code orders} filtered by {@code predicate} returns, checking the predicate was pushed. */
    private static List<Object> ids(TestDatabase db, Predicate predicate) {
        ReadResult result = harness(db).read("orders").columns("id").where(predicate).run();
        for (SplitResult split : result.splits()) {
            assertThat(split.plan().residual().isAlwaysTrue()).as("pushed: %s", predicate).isTrue();
        }
        return result.rows().stream().map(row -> row.get(0)).sorted().toList();
    }

    @Test
    void readsEveryColumnTyped(TestDatabase db) {
        ReadResult result = harness(db).read("orders").where(Predicate.in("id", 1, 3)).run();

        assertThat(result.schema().fieldNames()).containsExactlyElementsOf(
                COLUMNS.stream().map(name -> JdbcFixtures.folded(db, name)).toList());
        assertThat(result.schema().fields()).extracting(field -> field.type()).containsExactly(DataType.INT, DataType.STRING,
                DataType.decimal(10, 2), DataType.STRING, DataType.DATE, DataType.TIMESTAMP, DataType.STRING);
        assertThat(result.rows()).containsExactlyInAnyOrder(
                Row.of(1, "Ada", money("10.50"), "paid", day(1), START.plusSeconds(3600), "50% off"),
                Row.of(3, "Alan", null, "void", day(3), START.plusSeconds(10800), null));
    }

    @Test
    void projectionIsPushedAndKeepsTheRequestedOrder(TestDatabase db) {
        ReadResult result = harness(db).read("orders").columns("note", "id").where(Predicate.eq("id", 2)).run();

        assertThat(result.splits().get(0).plan().request().projection().fieldNames())
                .containsExactly(JdbcFixtures.folded(db, "note"), JdbcFixtures.folded(db, "id"));
        assertThat(result.rows()).containsExactly(Row.of("a_b", 2));
    }

    @Test
    void comparisonsAreBoundTypedParameters(TestDatabase db) {
        assertThat(ids(db, Predicate.eq("customer", "Ada"))).containsExactly(1);
        assertThat(ids(db, Predicate.ne("status", "paid"))).containsExactly(2, 3, 5);
        assertThat(ids(db, Predicate.lt("amount", 99.99))).containsExactly(1, 5);
        assertThat(ids(db, Predicate.le("amount", money("99.99")))).containsExactly(1, 4, 5);
        assertThat(ids(db, Predicate.gt("created", day(3)))).containsExactly(5, 6);
        assertThat(ids(db, Predicate.ge("updated_at", START.plusSeconds(10800)))).containsExactly(3, 5, 6);
        assertThat(ids(db, Predicate.ge("created", "2024-01-05"))).as("a date as text").containsExactly(5, 6);
        assertThat(ids(db, Predicate.eq("id", "4"))).as("a number as text").containsExactly(4);
    }

    @Test
    void inNullsAndBetween(TestDatabase db) {
        assertThat(ids(db, Predicate.in("status", "void", "open"))).containsExactly(2, 3, 5);
        assertThat(ids(db, Predicate.isNull("amount"))).containsExactly(3);
        assertThat(ids(db, Predicate.isNotNull("status"))).containsExactly(1, 2, 3, 4, 5);
        assertThat(ids(db, Predicate.between("updated_at", START.plusSeconds(7200), START.plusSeconds(18000))))
                .containsExactly(2, 3, 5);
        assertThat(ids(db, Predicate.between("id", 2, 4))).containsExactly(2, 3, 4);
    }

    @Test
    void stringMatchingEscapesWildcardsAndKeepsCase(TestDatabase db) {
        assertThat(ids(db, Predicate.contains("note", "%"))).as("%% is a literal").containsExactly(1);
        assertThat(ids(db, Predicate.contains("note", "_"))).as("_ is a literal").containsExactly(2, 6);
        assertThat(ids(db, Predicate.contains("note", "a_b"))).as("case-sensitive").containsExactly(2);
        assertThat(ids(db, Predicate.startsWith("note", "!"))).as("the escape character is a literal").containsExactly(5);
        assertThat(ids(db, Predicate.startsWith("customer", "B"))).as("case-sensitive").isEmpty();
        assertThat(ids(db, Predicate.endsWith("note", "off"))).containsExactly(1);
        assertThat(ids(db, Predicate.contains("note", "'"))).as("a quote is a literal").containsExactly(4);
    }

    @Test
    void orNotAndNativeConditions(TestDatabase db) {
        assertThat(ids(db, Predicate.or(Predicate.eq("id", 1), Predicate.isNull("status")))).containsExactly(1, 6);
        assertThat(ids(db, Predicate.not(Predicate.eq("status", "paid")))).as("NOT of NULL is not true")
                .containsExactly(2, 3, 5);
        assertThat(ids(db, Predicate.and(Predicate.not(Predicate.in("id", 1, 2)), Predicate.lt("id", 5))))
                .containsExactly(3, 4);
        assertThat(ids(db, Predicate.nativeCondition(JdbcFixtures.folded(db, "amount") + " * 2 > 300")))
                .containsExactly(2, 6);
        assertThat(ids(db, Predicate.alwaysFalse())).isEmpty();
    }

    @Test
    void theLimitIsPushed(TestDatabase db) {
        ReadResult result = harness(db).read("numbers").columns("id").where(Predicate.ge("id", 1_000)).limit(3).run();

        assertThat(result.splits().get(0).plan().request().limit()).hasValue(3);
        assertThat(result.splits().get(0).rowCount()).as("rows the connector returned").isEqualTo(3);
        assertThat(result.rows()).hasSize(3);
    }

    @Test
    void filterPredicateIsAndedToEveryRead(TestDatabase db) {
        ConnectorHarness filtered = harness(db).withOption("filterPredicate", "status = 'paid' OR status IS NULL");

        assertThat(filtered.read("orders").columns("id").run().rows()).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder(1, 4, 6);
        assertThat(filtered.read("orders").columns("id").where(Predicate.gt("id", 1)).run().rows())
                .as("the OR of the filter stays inside its parentheses").extracting(row -> row.get(0))
                .containsExactlyInAnyOrder(4, 6);
    }

    @Test
    void aGlueReadTakesTheTableThePartitionsAndTheFilterFromTheOptionsAlone(TestDatabase db) {
        GlueReadResult result = harness(db).withOption("dbTable", "orders")
                .withOption("filterPredicate", "status = 'paid' OR status IS NULL")
                .withOption("partitionColumn", "id").withOption("lowerBound", "1").withOption("upperBound", "6")
                .withOption("numPartitions", "3")
                .glue().read().select("id").filter(Predicate.gt("id", 1)).run();

        assertThat(result.splits()).hasSize(3);
        assertThat(result.residualFilters()).as("the runtime evaluates nothing: the connector pushes it all")
                .allMatch(Predicate::isAlwaysTrue);
        assertThat(result.rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrder(4, 6);
    }

    @Test
    void aQueryIsReadAsTheQueryEntity(TestDatabase db) {
        ConnectorHarness query = harness(db).withOption("query",
                "SELECT id, customer, amount * 2 AS doubled FROM orders WHERE status = 'paid';");

        assertThat(query.listEntities()).extracting(entity -> entity.name()).containsExactly(JdbcConnector.QUERY_ENTITY);
        EntitySchema schema = query.describe(JdbcConnector.QUERY_ENTITY);
        assertThat(schema.fieldNames()).hasSize(3);
        assertThat(schema.field(0).type()).isEqualTo(DataType.INT);
        assertThat(query.read(JdbcConnector.QUERY_ENTITY).columns("doubled", "id").where(Predicate.gt("id", 1)).run().rows())
                .containsExactly(Row.of(money("199.98"), 4));
    }

    @Test
    void aQueryEndingInWhereGetsThePredicatesAppended(TestDatabase db) {
        ConnectorHarness query = harness(db).withOption("query", "SELECT id, customer FROM orders where  ")
                .withOption("filterPredicate", "id <> 2");

        assertThat(query.read(JdbcConnector.QUERY_ENTITY).run().rowCount()).isEqualTo(5);
        ReadResult split = query.withOption("partitionColumn", "id").withOption("lowerBound", "1")
                .withOption("upperBound", "7").withOption("numPartitions", "3").read(JdbcConnector.QUERY_ENTITY).run();
        assertThat(split.splits()).hasSize(3);
        assertThat(split.rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrder(1, 3, 4, 5, 6);
        assertThat(harness(db).withOption("query", "SELECT id FROM orders WHERE").read(JdbcConnector.QUERY_ENTITY).run().rowCount())
                .as("1=1 without any predicate").isEqualTo(6);
    }

    @Test
    void dbTableAndQueryTogetherAreAnError(TestDatabase db) {
        ConnectorHarness both = harness(db).withOption("query", "SELECT id FROM orders").withOption("dbTable", "orders");

        assertThatThrownBy(() -> both.read("orders").run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'dbTable'").hasMessageContaining("'query'").hasMessageContaining("give one");
    }

    @Test
    void aLargeReadStreamsWithASmallFetchSize(TestDatabase db) {
        ReadResult result = harness(db).withOption("fetchsize", "100").read("numbers").columns("id", "label").count();

        assertThat(result.rowCount()).isEqualTo(200_000);
    }

    @Test
    void stopsWhenTheSinkWantsNoMoreRows(TestDatabase db) {
        ReadResult result = harness(db).withOption("fetchsize", "10").read("numbers").limit(25).run();

        assertThat(result.rows()).hasSize(25);
        assertThat(result.splits().get(0).rowCount()).isLessThanOrEqualTo(25);
    }
}
