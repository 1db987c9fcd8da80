package dev.dovetail.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rows a benchmark read, reported by JMH next to the score as the secondary metric {@code rows}: a rate
 * (rows/s) in throughput mode. The report reads rows/s from it, so no size parameter has to be trusted.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class RowCounter {
    /** Rows read in this iteration. */
    public long rows;

    @Setup(Level.Iteration)
    public void reset() {
        rows = 0;
    }

    /** Adds a read's rows after checking it read the whole table. */
    void add(long read, long expected, String benchmark) {
        if (read != expected) {
            throw new IllegalStateException(benchmark + " read " + read + " rows of a table of " + expected
                    + "; every benchmark must read each row exactly once");
        }
        rows += read;
    }
}
