package dev.dovetail.examples.csv;

import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.spark.testing.LocalSpark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV example connector as a Spark source ({@code dovetail-csv}) on a real {@code local[2]} session:
 * the rows the harness reads, with 1, 2 and 4 partitions, filters pushed, and a write read back.
 */
@ExtendWith(LocalSpark.class)
class CsvSparkTest {
    private static SparkSession spark;
    @TempDir
    static Path directory;
    private static List<Row> events;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
        CsvFixtures.writeEvents(directory);
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key,customer:STRING,\"amount:DECIMAL(10,2)\"", List.of());
        events = CsvFixtures.harness(directory).read("events").run().rows();
    }

    private static DataFrameReader csv() {
        return spark.read().format("dovetail-csv").option("directory", directory.toString());
    }

    private static List<Row> rows(Dataset<org.apache.spark.sql.Row> frame) {
        return frame.collectAsList().stream()
                .map(row -> Row.of(IntStream.range(0, row.size()).mapToObj(row::get).toArray()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void readsTheHarnessRowsWithAnyPartitioning(int partitions) {
        Dataset<org.apache.spark.sql.Row> frame = csv().option("dbTable", "events").option("partitionColumn", "id")
                .option("lowerBound", "0").option("upperBound", "100").option("numPartitions", String.valueOf(partitions)).load();

        assertThat(frame.rdd().getNumPartitions()).isEqualTo(partitions);
        assertThat(events).hasSize(300);
        assertThat(CsvFixtures.multiset(rows(frame))).isEqualTo(CsvFixtures.multiset(events));
    }

    @Test
    void pushesTheFiltersItAppliesAndEvaluatesTheRest() {
        Dataset<org.apache.spark.sql.Row> frame = csv().option("dbTable", "events").load()
                .filter(col("id").geq(50).and(col("customer").startsWith("A")));

        String plan = frame.queryExecution().executedPlan().toString();
        assertThat(plan).contains("pushedFilter=[id IS NOT NULL AND customer IS NOT NULL AND id >= 50]")
                .as("string matching is left to Spark").contains("Filter StartsWith(customer");
        assertThat(CsvFixtures.multiset(rows(frame))).isEqualTo(CsvFixtures.multiset(events.stream()
                .filter(row -> row.get(0) != null && (Long) row.get(0) >= 50 && ((String) row.get(1)).startsWith("A")).toList()));
    }

    @Test
    void writesThenReadsBack() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("customer", DataTypes.StringType)
                .add("amount", DataTypes.createDecimalType(10, 2));
        List<org.apache.spark.sql.Row> orders = LongStream.rangeClosed(1, 12)
                .mapToObj(id -> RowFactory.create(id, CsvFixtures.CUSTOMERS[(int) (id % 8)], BigDecimal.valueOf(id * 125, 2)))
                .toList();

        spark.createDataFrame(orders, schema).coalesce(1).write().format("dovetail-csv").option("directory", directory.toString())
                .option("dbTable", "orders").option("allOrNone", "true").mode("append").save();

        assertThat(csv().option("dbTable", "orders").load().collectAsList()).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(ConnectorHarness.forConnector(CsvConnector.class).withOption("directory", directory.toString())
                .read("orders").run().rows()).hasSize(12);
    }
}
