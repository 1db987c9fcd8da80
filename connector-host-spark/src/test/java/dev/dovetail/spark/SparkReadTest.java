package dev.dovetail.spark;

import dev.dovetail.api.read.Row;
import dev.dovetail.spark.memory.MemoryConnectorSparkSource;
import dev.dovetail.spark.memory.MemoryStore;
import dev.dovetail.spark.testing.LocalSpark;

import java.util.List;
import java.util.function.Predicate;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads through the generated Spark sources on a real {@code local[2]} session: every type, partitions,
 * filters pushed to the connector and not, projection, limit, count, and the errors a user sees.
 */
@ExtendWith(LocalSpark.class)
class SparkReadTest {
    private static final String STORE = "read-test";
    private static SparkSession spark;
    private static MemoryStore store;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
        store = TestTables.seed(STORE);
    }

    @BeforeEach
    void resetCounts() {
        store.resetRowsRead();
    }

    private static DataFrameReader memory() {
        return spark.read().format("dovetail-memory").option("store", STORE);
    }

    private static DataFrameReader plain() {
        return spark.read().format("dovetail-memory-plain").option("store", STORE);
    }

    private static List<Row> expected(Predicate<Row> filter) {
        return TestTables.orders(TestTables.ORDER_COUNT).stream().filter(filter).toList();
    }

    @Test
    void readsEveryTypeAndNullByShortName() {
        Dataset<org.apache.spark.sql.Row> orders = memory().option("dbTable", "orders").load();

        assertThat(orders.schema()).isEqualTo(SparkTypes.toSpark(TestTables.ORDERS));
        assertThat(SparkRows.collect(orders, TestTables.ORDERS))
                .containsExactlyInAnyOrderElementsOf(TestTables.orders(TestTables.ORDER_COUNT));
    }

    @Test
    void readsFlatColumnsAsColumnarBatchesAndNestedOnesAsRows() {
        String[] flat = {"id", "customer", "amount", "quantity", "shipped", "placed_on", "updated_at", "score", "payload"};
        Dataset<org.apache.spark.sql.Row> orders = memory().option("dbTable", "orders").load();
        Dataset<org.apache.spark.sql.Row> columnar = orders.select(flat[0], java.util.Arrays.copyOfRange(flat, 1, flat.length));
        Dataset<org.apache.spark.sql.Row> rows = orders.select("id", "tags");

        assertThat(columnar.queryExecution().executedPlan().toString()).contains("ColumnarToRow");
        assertThat(rows.queryExecution().executedPlan().toString()).doesNotContain("ColumnarToRow");
        assertThat(SparkRows.collect(columnar, TestTables.ORDERS)).containsExactlyInAnyOrderElementsOf(
                SparkRows.project(TestTables.orders(TestTables.ORDER_COUNT), TestTables.ORDERS, flat));
        assertThat(SparkRows.collect(rows, TestTables.ORDERS)).containsExactlyInAnyOrderElementsOf(
                SparkRows.project(TestTables.orders(TestTables.ORDER_COUNT), TestTables.ORDERS, "id", "tags"));
    }

    @Test
    void readsByTheGeneratedClassNameWithOptionNamesInAnyCase() {
        Dataset<org.apache.spark.sql.Row> customers = spark.read().format(MemoryConnectorSparkSource.class.getName())
                .option("STORE", STORE).option("dbtable", "customers").load();

        assertThat(customers.collectAsList()).extracting(row -> row.getString(1))
                .containsExactlyInAnyOrder("ada", "grace", "edsger");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void readsEveryRowOnceWhateverThePartitioning(int partitions) {
        Dataset<org.apache.spark.sql.Row> orders = memory().option("dbTable", "orders")
                .option("partitionColumn", "id").option("lowerBound", "0").option("upperBound", "30")
                .option("numPartitions", String.valueOf(partitions)).load();

        assertThat(orders.rdd().getNumPartitions()).isEqualTo(partitions);
        assertThat(SparkRows.collect(orders, TestTables.ORDERS))
                .containsExactlyInAnyOrderElementsOf(TestTables.orders(TestTables.ORDER_COUNT));
    }

    @Test
    void readsHashPartitions() {
        Dataset<org.apache.spark.sql.Row> orders = memory().option("dbTable", "orders")
                .option("hashfield", "customer").option("hashpartitions", "3").load();

        assertThat(orders.rdd().getNumPartitions()).isEqualTo(3);
        assertThat(SparkRows.collect(orders.select("id"), TestTables.ORDERS)).hasSize(TestTables.ORDER_COUNT)
                .doesNotHaveDuplicates();
    }

    @Test
    void pushesTheFiltersTheConnectorAppliesAndReadsOnlyTheirRows() {
        Dataset<org.apache.spark.sql.Row> filtered = memory().option("dbTable", "orders").load()
                .filter(col("id").gt(10).and(col("customer").startsWith("customer-1")).and(col("quantity").isin(0, 1)));
        List<Row> expected = expected(row -> (Long) row.get(0) > 10 && row.get(1) != null
                && ((String) row.get(1)).startsWith("customer-1") && ((Integer) row.get(3)) < 2);

        String plan = filtered.queryExecution().executedPlan().toString();
        assertThat(SparkRows.collect(filtered, TestTables.ORDERS)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan).contains("pushedFilter=[").contains("id > 10").contains("customer STARTS_WITH 'customer-1'")
                .contains("quantity IN (0, 1)");
        assertThat(store.rowsRead()).isEqualTo(expected.size());
    }

    @Test
    void returnsToSparkTheFiltersTheConnectorCannotApplyWithTheSameRows() {
        Dataset<org.apache.spark.sql.Row> pushing = memory().option("dbTable", "orders").load()
                .filter(col("customer").endsWith("-3").or(col("customer").contains("r-5")));
        Dataset<org.apache.spark.sql.Row> notPushing = plain().option("dbTable", "orders").load()
                .filter(col("customer").endsWith("-3").or(col("customer").contains("r-5")));

        assertThat(pushing.queryExecution().executedPlan().toString()).contains("pushedFilter=[TRUE]");
        List<Row> rows = SparkRows.collect(pushing, TestTables.ORDERS);
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(SparkRows.collect(notPushing, TestTables.ORDERS));
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get(1)).matches("customer-(3|5)"));
    }

    @Test
    void filtersPushedOrNotGiveTheSameRowsWithNullsAndNegations() {
        String condition = "NOT (quantity = 1) AND (customer IS NULL OR amount <= 20.25) AND placed_on >= DATE'2024-01-05'"
                + " AND NOT (shipped <=> true)";
        Dataset<org.apache.spark.sql.Row> pushing = memory().option("dbTable", "orders").load().filter(condition);
        Dataset<org.apache.spark.sql.Row> notPushing = plain().option("dbTable", "orders").load().filter(condition);

        List<Row> rows = SparkRows.collect(pushing, TestTables.ORDERS);
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(SparkRows.collect(notPushing, TestTables.ORDERS));
        assertThat(pushing.queryExecution().executedPlan().toString()).contains("NOT quantity = 1");
        assertThat(notPushing.queryExecution().executedPlan().toString()).contains("pushedFilter=[TRUE]");
    }

    @Test
    void readsOnlyTheColumnsSparkNeeds() {
        Dataset<org.apache.spark.sql.Row> names = memory().option("dbTable", "orders").load().select("customer", "id");

        assertThat(names.queryExecution().executedPlan().toString()).contains("columns=[id, customer]");
        assertThat(SparkRows.collect(names, TestTables.ORDERS)).containsExactlyInAnyOrderElementsOf(
                SparkRows.project(TestTables.orders(TestTables.ORDER_COUNT), TestTables.ORDERS, "customer", "id"));
    }

    @Test
    void pushesALimitToEverySplit() {
        Dataset<org.apache.spark.sql.Row> limited = memory().option("dbTable", "orders")
                .option("partitionColumn", "id").option("lowerBound", "0").option("upperBound", "40")
                .option("numPartitions", "2").load().limit(3);

        assertThat(limited.collectAsList()).hasSize(3);
        assertThat(limited.queryExecution().executedPlan().toString()).contains("pushedLimit=3");
        assertThat(store.rowsRead()).isLessThanOrEqualTo(6);
    }

    @Test
    void countsWithoutReadingAColumnSparkNeeds() {
        assertThat(memory().option("dbTable", "orders").load().count()).isEqualTo(TestTables.ORDER_COUNT);
        assertThat(memory().option("dbTable", "orders").load().filter("id < 7").count()).isEqualTo(7);
    }

    @Test
    void readsTheOnlyEntityWithoutDbTableAndAsksForItOtherwise() {
        MemoryStore.named("single").put(TestTables.CUSTOMERS, List.of(Row.of(9L, "barbara")));

        assertThat(spark.read().format("dovetail-memory").option("store", "single").load().collectAsList())
                .extracting(row -> row.getString(1)).containsExactly("barbara");
        assertThatThrownBy(() -> memory().load())
                .hasMessageContaining("option 'dbTable' names the entity to read or write; give one of:")
                .hasMessageContaining("orders").hasMessageContaining("customers");
    }

    @Test
    void filterPredicateIsANativeConditionTheConnectorMustPush() {
        assertThatThrownBy(() -> memory().option("dbTable", "orders").option("filterPredicate", "id > 3").load().collectAsList())
                .hasMessageContaining("the condition (id > 3) is in the connector's own language, but connector 'memory'"
                        + " does not push native conditions down");
    }

    @Test
    void acceptsSparksPathOption() {
        assertThat(memory().option("dbTable", "customers").load("ignored/path").count()).isEqualTo(3);
    }

    @Test
    void reportsEveryBadOptionAtOnce() {
        assertThatThrownBy(() -> memory().option("dbTable", "orders").option("stor", "x")
                .option("numPartitions", "four").load())
                .hasMessageContaining("option 'stor' is not known; did you mean 'store'?")
                .hasMessageContaining("numPartitions");
    }

    @Test
    void refusesAUserSuppliedSchema() {
        assertThatThrownBy(() -> memory().schema("id BIGINT").option("dbTable", "orders").load())
                .hasMessageContaining("does not support user-specified schema");
    }

    @Test
    void aFailingReadFailsTheJobWithTheConnectorsMessageAndSplit() {
        MemoryStore.named("poisoned").put(TestTables.CUSTOMERS, List.of(Row.of(1L, "ok"), Row.of(2L, "poison")));
        Dataset<org.apache.spark.sql.Row> customers = spark.read().format("dovetail-memory").option("store", "poisoned")
                .option("partitionColumn", "id").option("lowerBound", "1").option("upperBound", "3")
                .option("numPartitions", "2").load();

        assertThatThrownBy(customers::collectAsList)
                .hasMessageContaining("row 2 is poisoned")
                .hasMessageContaining("split #1 of 2 (id >= 2) of entity 'customers' failed");
    }
}
