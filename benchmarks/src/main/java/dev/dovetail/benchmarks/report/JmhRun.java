package dev.dovetail.benchmarks.report;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One entry of JMH's JSON result: a benchmark method with one combination of parameters.
 *
 * @param benchmarkClass the simple name of the benchmark's class, e.g. {@code PartitionedReadBenchmark}
 * @param method the benchmark method, e.g. {@code harness}
 * @param mode JMH's mode: {@code thrpt}, {@code avgt}, ...
 * @param params the parameters, as given
 * @param primary the score
 * @param secondary the secondary metrics by name, e.g. {@code rows} (rows per second) when the benchmark counts rows
 */
public record JmhRun(String benchmarkClass, String method, String mode, Map<String, String> params, Metric primary,
                     Map<String, Metric> secondary) {
    public JmhRun {
        requireNonNull(benchmarkClass, "benchmarkClass is null");
        requireNonNull(method, "method is null");
        requireNonNull(mode, "mode is null");
        params = Map.copyOf(params);
        requireNonNull(primary, "primary is null");
        secondary = Map.copyOf(secondary);
    }

    /** The parameter {@code name}; empty if the benchmark has none of that name. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** Rows per second: the {@code rows} counter of a throughput run; empty for other runs. */
    public Optional<Metric> rowsPerSecond() {
        return mode.equals("thrpt") ? secondary("rows") : Optional.empty();
    }

    /** The secondary metric {@code name}; empty if the run has none of that name. */
    public Optional<Metric> secondary(String name) {
        return Optional.ofNullable(secondary.get(name));
    }
}
