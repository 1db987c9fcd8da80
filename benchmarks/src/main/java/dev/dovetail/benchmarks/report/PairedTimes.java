package dev.dovetail.benchmarks.report;

/**
 * The reading times of one configuration's {@code PairedReadBenchmark} runs, pooled: each run's totals added
 * up, so that runs made apart (one fork each, say) count as the forks of one run would.
 *
 * @param rawNanos raw JDBC's total reading time
 * @param harnessNanos the harness's total reading time
 * @param runs how many runs were pooled
 */
public record PairedTimes(double rawNanos, double harnessNanos, int runs) {
    public PairedTimes {
        if (!(rawNanos > 0) || !(harnessNanos > 0) || runs < 1) {
            throw new IllegalArgumentException("paired times are positive, from at least one run: raw " + rawNanos
                    + " ns, harness " + harnessNanos + " ns, " + runs + " runs");
        }
    }

    /** These times and {@code other}'s, pooled. */
    PairedTimes plus(PairedTimes other) {
        return new PairedTimes(rawNanos + other.rawNanos, harnessNanos + other.harnessNanos, runs + other.runs);
    }

    /** Harness / raw JDBC: raw JDBC's reading time over the harness's, the harness's throughput over raw JDBC's. */
    public double ratio() {
        return rawNanos / harnessNanos;
    }
}
