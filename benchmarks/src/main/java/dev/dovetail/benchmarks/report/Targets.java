package dev.dovetail.benchmarks.report;

import java.util.Set;

/** The targets of issue 7, in one place for the report. */
final class Targets {
    /** harness / raw JDBC, at every split count. */
    static final double HARNESS_TO_RAW = 0.95;
    /** Spark host / Spark JDBC source, at {@link #SPARK_SPLITS}. */
    static final double SPARK_HOST_TO_SPARK_JDBC = 1.2;
    /** The split counts the Spark target holds at. */
    static final Set<Integer> SPARK_SPLITS = Set.of(2, 4);
    /** The most the row path may add per 4-column row, in ns. */
    static final double ROW_PATH_OVERHEAD_NS = 15;

    private Targets() {
    }
}
