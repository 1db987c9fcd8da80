package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.TestDatabase;
import dev.dovetail.spark.DovetailInputPartition;
import dev.dovetail.spark.testing.LocalSpark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.Partition;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.v2.DataSourceRDDPartition;
import org.apache.spark.sql.execution.datasources.jdbc.JDBCPartition;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.dovetail.jdbc.JdbcFixtures.START;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC connector as an AWS Glue / Spark connector ({@code dovetail-jdbc}) on a real {@code local[2]}
 * session, against Spark's own {@code jdbc} source as the oracle: the same rows for the same
 * {@code partitionColumn}/bounds/{@code numPartitions}, split boundaries equal to Spark's
 * {@code JDBCRelation.columnPartition}, filters pushed or not, {@code dataTypeMapping}, and a Glue job
 * script's write then read with Glue's option names.
 */
@ExtendWith(LocalSpark.class)
abstract class JdbcSparkSuite {
    private static final int ROWS = 60;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static SparkSession spark;

    /** Row {@code id}: n = 10 id - 100 (-90..500), amount, d, ts, tag; every 7th row NULL but for the id. */
    @BeforeAll
    static void createEvents(SparkSession session, TestDatabase db) {
        spark = session;
        db.execute("CREATE TABLE events (id INT PRIMARY KEY, n INT, amount DECIMAL(10,2), d DATE, ts "
                + JdbcFixtures.timestamp(db) + ", tag VARCHAR(10))");
        List<List<Object>> rows = new ArrayList<>();
        for (int id = 1; id <= ROWS; id++) {
            boolean nulls = id % 7 == 0;
            rows.add(Arrays.asList(id, nulls ? null : id * 10 - 100, nulls ? null : new BigDecimal(id + ".50"),
                    nulls ? null : java.time.LocalDate.of(2023, 12, 20).plusDays(id),
                    nulls ? null : START.plusSeconds(3600L * id + 1), nulls ? null : "t" + (id % 13)));
        }
        JdbcFixtures.insert(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", rows);
        db.execute("CREATE TABLE people (id BIGINT PRIMARY KEY, name VARCHAR(40), born DATE)");
    }

    private static DataFrameReader dovetail(TestDatabase db) {
        return spark.read().format("dovetail-jdbc").options(db.options());
    }

    private static DataFrameReader sparkJdbc(TestDatabase db) {
        return spark.read().format("jdbc").option("url", db.url()).option("user", db.user())
                .option("password", db.password());
    }

    private static String table(TestDatabase db, String name) {
        return JdbcFixtures.folded(db, name);
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 400", "2, 0, 400", "4, 0, 400", "4, 100, 200", "7, 0, 1000", "3, 0, 2"})
    void readsTheRowsAndSplitsOfSparksOwnJdbcSource(int partitions, int lower, int upper, TestDatabase db) {
        Map<String, String> partitioning = Map.of("partitionColumn", "n", "lowerBound", String.valueOf(lower),
                "upperBound", String.valueOf(upper), "numPartitions", String.valueOf(partitions));
        Dataset<Row> ours = dovetail(db).option("dbTable", "events").options(partitioning).load();
        Dataset<Row> theirs = sparkJdbc(db).option("dbtable", "events").options(partitioning).load();

        assertThat(ours.collectAsList()).hasSize(ROWS).containsExactlyInAnyOrderElementsOf(theirs.collectAsList());
        assertThat(boundaries(ours)).isEqualTo(boundaries(theirs));
        assertThat(ours.rdd().getNumPartitions()).isEqualTo(theirs.rdd().getNumPartitions());
    }

    /** Each split's predicate as the numbers in it, in split order: Spark's where clauses, our split predicates. */
    private static List<List<Long>> boundaries(Dataset<Row> frame) {
        List<List<Long>> boundaries = new ArrayList<>();
        for (Partition partition : frame.rdd().partitions()) {
            String predicate;
            if (partition instanceof JDBCPartition jdbc) {
                predicate = jdbc.whereClause() == null ? "" : jdbc.whereClause();
            } else {
                DovetailInputPartition split = (DovetailInputPartition) ((DataSourceRDDPartition) partition).inputPartitions().head();
                predicate = split.split().predicate().isAlwaysTrue() ? "" : split.split().predicate().toString();
            }
            List<Long> numbers = new ArrayList<>();
            Matcher matcher = NUMBER.matcher(predicate);
            while (matcher.find()) {
                numbers.add(Long.parseLong(matcher.group()));
            }
            boundaries.add(numbers);
        }
        return boundaries;
    }

    @Test
    void readsTheSameRowsWhetherFiltersArePushedOrNot(TestDatabase db) {
        Dataset<Row> ours = dovetail(db).option("dbTable", "events").load()
                .filter(col("n").gt(100).and(col("tag").startsWith("t1")).or(col("amount").isNull()));
        Dataset<Row> theirs = sparkJdbc(db).option("dbtable", "events").load()
                .filter(col("n").gt(100).and(col("tag").startsWith("t1")).or(col("amount").isNull()));
        Dataset<Row> notPushed = dovetail(db).option("dbTable", "events").load()
                .filter(col("n").plus(0).gt(100).and(col("tag").substr(1, 2).equalTo("t1")).or(col("amount").isNull()));

        List<Row> rows = ours.collectAsList();
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(theirs.collectAsList())
                .containsExactlyInAnyOrderElementsOf(notPushed.collectAsList());
        assertThat(ours.queryExecution().executedPlan().toString()).contains("pushedFilter=[").containsIgnoringCase("n > 100");
        assertThat(notPushed.queryExecution().executedPlan().toString()).contains("pushedFilter=[TRUE]");
    }

    @Test
    void projectsAndLimits(TestDatabase db) {
        Dataset<Row> ours = dovetail(db).option("dbTable", "events").load().select("tag", "id").filter("id <= 10");

        assertThat(ours.collectAsList()).containsExactlyInAnyOrderElementsOf(
                sparkJdbc(db).option("dbtable", "events").load().select("tag", "id").filter("id <= 10").collectAsList());
        assertThat(dovetail(db).option("dbTable", "events").load().limit(5).collectAsList()).hasSize(5);
    }

    @Test
    void readsAQueryPartitionedLikeSparksJdbcSource(TestDatabase db) {
        Map<String, String> partitioning = Map.of("partitionColumn", "n", "lowerBound", "0", "upperBound", "300",
                "numPartitions", "3");
        Dataset<Row> ours = dovetail(db).option("query", "SELECT id, n, tag FROM events WHERE").options(partitioning).load();
        Dataset<Row> theirs = sparkJdbc(db).option("dbtable", "(SELECT id, n, tag FROM events) q").options(partitioning).load();

        assertThat(ours.rdd().getNumPartitions()).isEqualTo(3);
        assertThat(ours.collectAsList()).hasSize(ROWS).containsExactlyInAnyOrderElementsOf(theirs.collectAsList());
    }

    @Test
    void readsThroughAStoredConnectionWhoseSecretHoldsTheCredentials(TestDatabase db, @TempDir Path directory)
            throws IOException {
        Path secrets = Files.writeString(directory.resolve("secrets.json"), "{\"prod/events-db\": {\"username\": \""
                + db.user() + "\", \"password\": \"" + db.password() + "\"}}");
        Path connections = Files.writeString(directory.resolve("connections.json"), "{\"events-db\": {\"JDBC_CONNECTION_URL\": \""
                + db.url() + "\", \"SECRET_ID\": \"prod/events-db\"}}");

        Dataset<Row> events = spark.read().format("dovetail-jdbc").option("connectionName", "events-db")
                .option("connectionCatalog", connections.toString()).option("secretResolver", "file:" + secrets)
                .option("dbTable", "events").option("partitionColumn", "id").option("lowerBound", "1")
                .option("upperBound", "60").option("numPartitions", "2").load();

        assertThat(events.collectAsList()).containsExactlyInAnyOrderElementsOf(
                sparkJdbc(db).option("dbtable", "events").load().collectAsList());
    }

    @Test
    void mapsTypesAsDataTypeMappingSays(TestDatabase db) {
        Dataset<Row> mapped = dovetail(db).option("dbTable", "events").option("dataTypeMapping", "{\"INTEGER\":\"STRING\"}").load();

        assertThat(mapped.select("n").schema().fields()[0].dataType()).isEqualTo(DataTypes.StringType);
        assertThat(mapped.filter("id = 3").select("n").collectAsList()).extracting(row -> row.get(0)).containsExactly("-70");
    }

    @Test
    void aGlueJobWritesThenReadsBackWithGluesOptionNames(TestDatabase db) {
        Map<String, String> connection = new java.util.HashMap<>(db.options());
        connection.put("className", "dev.dovetail.jdbc.JdbcConnectorSparkSource");
        connection.put("dbTable", table(db, "people"));
        StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType)
                .add("born", DataTypes.DateType);
        List<Row> people = new ArrayList<>();
        for (long id = 1; id <= 25; id++) {
            people.add(RowFactory.create(id, id % 5 == 0 ? null : "person " + id, java.time.LocalDate.of(1990, 1, 1).plusDays(id)));
        }

        spark.createDataFrame(people, schema).repartition(3).write().format("dev.dovetail.jdbc.JdbcConnectorSparkSource")
                .options(connection).option("batchSize", "4").mode("append").save();
        Dataset<Row> back = spark.read().format("dev.dovetail.jdbc.JdbcConnectorSparkSource").options(connection)
                .option("partitionColumn", "id").option("lowerBound", "1").option("upperBound", "25")
                .option("numPartitions", "4").load();

        assertThat(back.collectAsList()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(sparkJdbc(db).option("dbtable", "people").load().collectAsList()).containsExactlyInAnyOrderElementsOf(people);
    }

    @Test
    void overwriteReplacesTheTablesRows(TestDatabase db) {
        db.execute("CREATE TABLE scores (id BIGINT PRIMARY KEY, name VARCHAR(100))");
        db.execute("INSERT INTO scores VALUES (1, 'old one'), (2, 'old two'), (100, 'old hundred')");
        StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);
        List<Row> scores = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            scores.add(RowFactory.create(id, "new " + id));
        }

        spark.createDataFrame(scores, schema).repartition(3).write().format("dovetail-jdbc").options(db.options())
                .option("dbTable", table(db, "scores")).option("batchSize", "4").mode("overwrite").save();
        assertThat(sparkJdbc(db).option("dbtable", "scores").load().collectAsList()).containsExactlyInAnyOrderElementsOf(scores);

        List<Row> fewer = List.of(RowFactory.create(7L, "only seven"));
        spark.createDataFrame(fewer, schema).write().format("dovetail-jdbc").options(db.options())
                .option("dbTable", table(db, "scores")).option("allOrNone", "true").mode("overwrite").save();
        assertThat(sparkJdbc(db).option("dbtable", "scores").load().collectAsList()).containsExactlyElementsOf(fewer);

        spark.createDataFrame(List.of(), schema).write().format("dovetail-jdbc").options(db.options())
                .option("dbTable", table(db, "scores")).mode("overwrite").save();
        assertThat(sparkJdbc(db).option("dbtable", "scores").load().count()).isZero();
    }
}
