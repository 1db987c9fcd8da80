package dev.dovetail.benchmarks.report;

import static java.util.Objects.requireNonNull;

/**
 * One measured value of a JMH run.
 *
 * @param score the mean over iterations
 * @param error the half-width of the 99.9% confidence interval; NaN when JMH had too few iterations to say
 * @param unit JMH's unit, e.g. {@code ops/s} or {@code ns/op}
 */
public record Metric(double score, double error, String unit) {
    public Metric {
        requireNonNull(unit, "unit is null");
    }
}
