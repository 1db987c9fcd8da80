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
 * {@code PartitionedReadBenchmark}'s {@code rows} counter), harness / raw JDBC read by read per configuration
 * (from {@code PairedReadBenchmark}'s {@code rawNanos} and {@code harnessNanos} counters), and ns/row per row
 * path (from {@code RowPathBenchmark}'s score). Runs of other benchmarks are left out.
 *
 * <p>The runs may come from several results. Paired runs of one configuration are pooled ({@link PairedTimes}),
 * as more forks would be; a reader of a partitioned read or a row path measured twice is refused, naming it,
 * since two scores with their own errors make no one score (measure it once, with more forks).
 */
public final class BenchmarkSummary {
    static final String PARTITIONED_READ = "PartitionedReadBenchmark";
    static final String ROW_PATH = "RowPathBenchmark";
    static final String PAIRED_READ = "PairedReadBenchmark";
    static final String RAW_NANOS = "rawNanos";
    static final String HARNESS_NANOS = "harnessNanos";
    /** The row-path baseline method. */
    static final String VALUES_ONLY = "valuesOnly";
    /** The row path the overhead target is about. */
    static final String HARNESS_ROW_PATH = "harness";

    private final SortedMap<Configuration, Map<Reader, Metric>> throughput;
    private final SortedMap<Configuration, PairedTimes> paired;
    private final Map<String, Metric> rowPath;

    private BenchmarkSummary(SortedMap<Configuration, Map<Reader, Metric>> throughput, SortedMap<Configuration, PairedTimes> paired,
                             Map<String, Metric> rowPath) {
        this.throughput = throughput;
        this.paired = paired;
        this.rowPath = rowPath;
    }

    /**
     * The summary of {@code runs}.
     *
     * @throws IllegalArgumentException if a partitioned read has no {@code rows} counter, a paired read lacks
     *     one of its time counters, either lacks a parameter, or a reader of a configuration or a row path is
     *     measured by more than one run
     */
    public static BenchmarkSummary of(List<JmhRun> runs) {
        SortedMap<Configuration, Map<Reader, Metric>> throughput = new TreeMap<>();
        SortedMap<Configuration, PairedTimes> paired = new TreeMap<>();
        Map<String, Metric> rowPath = new LinkedHashMap<>();
        for (JmhRun run : runs) {
            if (run.benchmarkClass().equals(PARTITIONED_READ)) {
                Optional<Reader> reader = Reader.ofMethod(run.method());
                if (reader.isEmpty()) {
                    continue;
                }
                Metric rows = run.rowsPerSecond().orElseThrow(() -> new IllegalArgumentException("run " + PARTITIONED_READ + "."
                        + run.method() + " " + run.params() + " has no rows/s (secondary metric 'rows' of a throughput run)"));
                if (throughput.computeIfAbsent(Configuration.of(run), ignored -> new EnumMap<>(Reader.class))
                        .putIfAbsent(reader.get(), rows) != null) {
                    throw measuredTwice(run);
                }
            } else if (run.benchmarkClass().equals(PAIRED_READ)) {
                paired.merge(Configuration.of(run), new PairedTimes(pairedTime(run, RAW_NANOS), pairedTime(run, HARNESS_NANOS), 1),
                        PairedTimes::plus);
            } else if (run.benchmarkClass().equals(ROW_PATH)) {
                if (rowPath.putIfAbsent(run.method(), run.primary()) != null) {
                    throw measuredTwice(run);
                }
            }
        }
        return new BenchmarkSummary(Collections.unmodifiableSortedMap(throughput), Collections.unmodifiableSortedMap(paired),
                Collections.unmodifiableMap(rowPath));
    }

    private static IllegalArgumentException measuredTwice(JmhRun run) {
        return new IllegalArgumentException("run " + run.benchmarkClass() + "." + run.method() + " " + run.params()
                + " is in the results twice; give each configuration's reader once (more forks of one run, -f, for a"
                + " steadier score)");
    }

    private static double pairedTime(JmhRun run, String counter) {
        double nanos = run.secondary(counter).map(Metric::score).orElseThrow(() -> new IllegalArgumentException("run "
                + PAIRED_READ + "." + run.method() + " " + run.params() + " has no secondary metric '" + counter + "'"));
        if (!(nanos > 0)) {
            throw new IllegalArgumentException("run " + PAIRED_READ + "." + run.method() + " " + run.params() + " has "
                    + counter + " " + nanos + "; a paired read's times are positive");
        }
        return nanos;
    }

    /** Rows/s per reader, per configuration, in order. */
    public SortedMap<Configuration, Map<Reader, Metric>> throughput() {
        return throughput;
    }

    /**
     * The reading times of {@code PairedReadBenchmark} per configuration, pooled over its runs, in order; their
     * {@link PairedTimes#ratio() ratio} is harness / raw JDBC read by read.
     */
    public SortedMap<Configuration, PairedTimes> paired() {
        return paired;
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
