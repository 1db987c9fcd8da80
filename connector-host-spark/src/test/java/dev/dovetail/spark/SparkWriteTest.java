package dev.dovetail.spark;

import dev.dovetail.api.read.Row;
import dev.dovetail.spark.memory.MemoryStore;
import dev.dovetail.spark.testing.LocalSpark;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes through the generated Spark source on a real {@code local[2]} session, then reads back. */
@ExtendWith(LocalSpark.class)
class SparkWriteTest {
    private static final String STORE = "write-test";
    private static final StructType CUSTOMER = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);
    private static SparkSession spark;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
    }

    @BeforeEach
    void seed() {
        TestTables.seed(STORE);
    }

    private static Dataset<org.apache.spark.sql.Row> customers(Object... idsAndNames) {
        List<org.apache.spark.sql.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            rows.add(org.apache.spark.sql.RowFactory.create(idsAndNames[i], idsAndNames[i + 1]));
        }
        return spark.createDataFrame(rows, CUSTOMER).repartition(2);
    }

    private static List<Row> readBack(String entity) {
        return SparkRows.collect(spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", entity).load(),
                entity.equals("orders") ? TestTables.ORDERS : TestTables.CUSTOMERS);
    }

    @Test
    void appendsThenReadsBackEveryType() {
        Dataset<org.apache.spark.sql.Row> orders = spark.read().format("dovetail-memory").option("store", STORE)
                .option("dbTable", "orders").load();
        MemoryStore.named(STORE).put(TestTables.ORDERS, List.of());

        orders.filter(col("id").lt(0)).write().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .mode("append").save();
        TestTables.seed("read-source");
        spark.read().format("dovetail-memory-plain").option("store", "read-source").option("dbTable", "orders").load()
                .write().format("dovetail-memory").option("store", STORE).option("dbTable", "orders").option("batchSize", "7")
                .mode("append").save();

        assertThat(readBack("orders")).containsExactlyInAnyOrderElementsOf(TestTables.orders(TestTables.ORDER_COUNT));
    }

    @Test
    void upsertsByTheIdFieldsAndWidensIntegers() {
        StructType narrow = new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType);
        Dataset<org.apache.spark.sql.Row> changes = spark.createDataFrame(List.of(
                org.apache.spark.sql.RowFactory.create(2, "grace hopper"), org.apache.spark.sql.RowFactory.create(4, "alan")),
                narrow);

        changes.write().format("dovetail-memory").option("store", STORE).option("dbTable", "customers")
                .option("writeOperation", "upsert").option("idFieldNames", "id").mode("append").save();

        assertThat(readBack("customers")).containsExactlyInAnyOrder(
                Row.of(1L, "ada"), Row.of(2L, "grace hopper"), Row.of(3L, "edsger"), Row.of(4L, "alan"));
    }

    @Test
    void aRejectedRecordFailsTheTaskWithItsMessage() {
        assertThatThrownBy(() -> customers(10L, "new", 2L, "duplicate").coalesce(1).write().format("dovetail-memory")
                .option("store", STORE).option("dbTable", "customers").option("batchSize", "1").mode("append").save())
                .hasStackTraceContaining("connector 'memory' failed to INSERT 1 of 1 records into entity 'customers'")
                .hasStackTraceContaining("a row with id [id] = [2] exists");
    }

    @Test
    void allOrNoneWritesNothingOfAFailedTask() {
        assertThatThrownBy(() -> customers(10L, "new", 2L, "duplicate", 11L, "newer").coalesce(1).write()
                .format("dovetail-memory").option("store", STORE).option("dbTable", "customers").option("allOrNone", "true")
                .option("batchSize", "1").mode("append").save())
                .hasStackTraceContaining("failed to INSERT 3 of 3 records");

        assertThat(readBack("customers")).containsExactlyInAnyOrder(Row.of(1L, "ada"), Row.of(2L, "grace"), Row.of(3L, "edsger"));
    }

    @Test
    void refusesAColumnOfTheWrongTypeBeforeAnyTaskStarts() {
        StructType wrong = new StructType().add("id", DataTypes.StringType).add("name", DataTypes.StringType);
        Dataset<org.apache.spark.sql.Row> frame = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("x", "y")), wrong);

        assertThatThrownBy(() -> frame.write().format("dovetail-memory").option("store", STORE).option("dbTable", "customers")
                .mode("append").save())
                .hasMessageContaining("column 'id' is string in the DataFrame, but column 'id' of entity 'customers' is LONG;"
                        + " cast it first, e.g. col(\"id\").cast(\"bigint\")");
    }

    @Test
    void refusesAnOperationTheConnectorDoesNotSupport() {
        assertThatThrownBy(() -> customers(5L, "x").write().format("dovetail-memory").option("store", STORE)
                .option("dbTable", "customers").option("writeOperation", "delete").mode("append").save())
                .hasMessageContaining("connector 'memory' does not DELETE; it supports");
        assertThatThrownBy(() -> customers(5L, "x").write().format("dovetail-memory").option("store", STORE)
                .option("dbTable", "customers").option("writeOperation", "merge").mode("append").save())
                .hasMessageContaining("writeOperation");
        assertThat(readBack("customers")).hasSize(3);
    }

    @Test
    void overwriteIsRefusedNamingAConnectorThatCannotTruncate() {
        assertThatThrownBy(() -> customers(5L, "x").write().format("dovetail-memory").option("store", STORE)
                .option("dbTable", "customers").mode("overwrite").save())
                .hasMessageContaining("connector 'memory' does not support overwrite: it cannot empty entity 'customers'"
                        + " before a write (its @WriteOperation does not declare truncate = true); append instead");
        assertThat(readBack("customers")).containsExactlyInAnyOrder(Row.of(1L, "ada"), Row.of(2L, "grace"), Row.of(3L, "edsger"));
        assertThatThrownBy(() -> customers(5L, "x").write().format("dovetail-memory-plain").option("store", STORE)
                .option("dbTable", "customers").mode("overwrite").save())
                .hasMessageContaining("connector 'memory-plain' does not write (it has no @WriteOperation)");
    }

    @Test
    void aConnectorWithoutWritesIsReadOnlyForSpark() {
        assertThatThrownBy(() -> customers(5L, "x").write().format("dovetail-memory-plain").option("store", STORE)
                .option("dbTable", "customers").mode("append").save())
                .hasMessageContaining("connector 'memory-plain' does not write (it has no @WriteOperation)");
    }
}
