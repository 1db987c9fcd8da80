package dev.dovetail.benchmarks.report;

import java.util.Arrays;
import java.util.Optional;

/** The readers of {@code PartitionedReadBenchmark}, by benchmark method, in the report's column order. */
public enum Reader {
    /** Plain JDBC with the connector's SQL: the baseline. */
    RAW_JDBC("rawJdbc", "raw JDBC (baseline)"),
    /** The JDBC connector through the harness. */
    HARNESS("harness", "harness"),
    /** The JDBC connector through the Spark host, {@code format("dovetail-jdbc")}. */
    SPARK_HOST("sparkDovetail", "Spark host"),
    /** Spark's own {@code jdbc} source. */
    SPARK_JDBC("sparkJdbc", "Spark JDBC source");

    private final String method;
    private final String label;

    Reader(String method, String label) {
        this.method = method;
        this.label = label;
    }

    /** The benchmark method measuring this reader. */
    public String method() {
        return method;
    }

    /** How the report names it. */
    public String label() {
        return label;
    }

    /** The reader {@code method} measures, if any. */
    public static Optional<Reader> ofMethod(String method) {
        return Arrays.stream(values()).filter(reader -> reader.method.equals(method)).findFirst();
    }
}
