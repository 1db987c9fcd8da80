package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.read.PartitionedTable;
import org.apache.spark.sql.SparkSession;

import java.util.HashMap;
import java.util.Map;

/** The Spark side of the benchmarks: sessions on the loopback, and the options of Spark's own JDBC source. */
final class SparkSessions {
    /** The JDBC connector's short name on the Spark host. */
    static final String DOVETAIL_JDBC = "dovetail-jdbc";

    private SparkSessions() {
    }

    /** A new {@code local[threads]} session: no UI, bound to the loopback, one shuffle partition, warnings only. */
    static SparkSession local(int threads) {
        SparkSession session = SparkSession.builder()
                .appName("dovetail-benchmarks")
                .master("local[" + threads + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /**
     * Spark's {@code jdbc} source options for {@code table}: the same connection, partitioning and fetch size
     * as the harness's Glue options; the aggregate stays in Spark ({@code pushDownAggregate=false}), so every
     * row crosses the source.
     */
    static Map<String, String> jdbcOptions(PartitionedTable table) {
        Map<String, String> glue = table.options();
        Map<String, String> options = new HashMap<>();
        options.put("url", glue.get("url"));
        options.put("user", glue.get("user"));
        options.put("password", glue.get("password"));
        options.put("dbtable", glue.get("dbTable"));
        options.put("partitionColumn", glue.get("partitionColumn"));
        options.put("lowerBound", glue.get("lowerBound"));
        options.put("upperBound", glue.get("upperBound"));
        options.put("numPartitions", glue.get("numPartitions"));
        options.put("fetchsize", glue.get("fetchsize"));
        options.put("pushDownAggregate", "false");
        return Map.copyOf(options);
    }
}
