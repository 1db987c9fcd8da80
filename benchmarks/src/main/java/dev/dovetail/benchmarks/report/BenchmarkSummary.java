package dev.dovetail.benchmarks.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JMH runs arranged for the report: rows/s per configuration and reader (from
 * {@code PartitionedReadBenchmark}'s {@code rows} counter), and ns/row per row path (from
 * {@code RowPathBenchmark}'s score). Runs of other benchmarks are left out.
 */
public final class BenchmarkSummary {
    static final String PARTITIONED_READ = "PartitionedReadBenchmark";
    static final String ROW_PATH = "RowPathBenchmark";
    /** The row-path baseline method. */
    static final String VALUES_ONLY = "valuesOnly";
    /** The row path the overhead target is about. */
    static final String HARNESS_ROW_PATH = "harness";

    private final SortedMap<Configuration, Map<Reader, Metric>> throughput;
    private final Map<String, Metric> rowPath;

    private BenchmarkSummary(SortedMap<Configuration, Map<Reader, Metric>> throughput, Map<String, Metric> rowPath) {
        this.throughput = throughput;
        this.rowPath = rowPath;
    }

    /**
     * The summary of {@code runs}.
     *
     * @throws IllegalArgumentException if a partitioned read has no {@code rows} counter or lacks a parameter
     */
    public static BenchmarkSummary of(List<JmhRun> runs) {
        SortedMap<Configuration, Map<Reader, Metric>> throughput = new TreeMap<>();
        Map<String, Metric> rowPath = new LinkedHashMap<>();
        for (JmhRun run : runs) {
            if (run.benchmarkClass().equals(PARTITIONED_READ)) {
                Optional<Reader> reader = Reader.ofMethod(run.method());
                if (reader.isEmpty()) {
                    continue;
                }
                Metric rows = run.rowsPerSecond().orElseThrow(() -> new IllegalArgumentException("run " + PARTITIONED_READ + "."
                        + run.method() + " " + run.params() + " has no rows/s (secondary metric 'rows' of a throughput run)"));
                throughput.computeIfAbsent(Configuration.of(run), ignored -> new EnumMap<>(Reader.class)).put(reader.get(), rows);
            } else if (run.benchmarkClass().equals(ROW_PATH)) {
                rowPath.put(run.method(), run.primary());
            }
        }
        return new BenchmarkSummary(Collections.unmodifiableSortedMap(throughput), Collections.unmodifiableMap(rowPath));
    }

    /** Rows/s per reader, per configuration, in order. */
    public SortedMap<Configuration, Map<Reader, Metric>> throughput() {
        return throughput;
    }

    /** ns/row per row-path benchmark method, in run order. */
    public Map<String, Metric> rowPath() {
        return rowPath;
    }

    /** {@code numerator}'s rows/s over {@code denominator}'s in {@code configuration}; empty unless both ran. */
    public Optional<Double> ratio(Configuration configuration, Reader numerator, Reader denominator) {
        Map<Reader, Metric> readers = throughput.getOrDefault(configuration, Map.of());
        if (!readers.containsKey(numerator) || !readers.containsKey(denominator) || readers.get(denominator).score() == 0) {
            return Optional.empty();
        }
        return Optional.of(readers.get(numerator).score() / readers.get(denominator).score());
    }

    /** What the harness's row path adds to reading the values, in ns/row; empty unless both ran. */
    public Optional<Double> rowPathOverhead() {
        Metric baseline = rowPath.get(VALUES_ONLY);
        Metric harness = rowPath.get(HARNESS_ROW_PATH);
        return baseline == null || harness == null ? Optional.empty() : Optional.of(harness.score() - baseline.score());
    }
}
