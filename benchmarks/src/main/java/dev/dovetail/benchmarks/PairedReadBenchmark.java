package dev.dovetail.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

import static dev.dovetail.benchmarks.JvmFlags.*;

/**
 * The harness against raw JDBC read by read, in one fork: each invocation reads the whole table with both
 * ({@link PartitionedReadBenchmark}'s readers, tables and parameters), one right after the other, the order
 * turning every invocation, and adds each read's time to its counter. Two reads a few hundred milliseconds
 * apart share the machine's state, so the ratio of the counters, {@code rawNanos / harnessNanos} (the
 * harness's throughput over raw JDBC's), is far less exposed than the ratio of two forks to the drift of a
 * shared machine; what stays is the difference between one fork's compilation and another's, a few percent,
 * which more forks average out. Both readers run in the same JVM, so the JIT sees the driver's code used by both.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {HEAP_MIN, HEAP, PRE_TOUCH}) // the heap of PartitionedReadBenchmark's forks; no Spark here
public class PairedReadBenchmark {
    /**
     * A raw JDBC read and a harness read of the same table, in turn; the score is pairs per second, and the
     * {@code rows} counter counts both readers' rows, each read checked to have read the whole table.
     */
    @Benchmark
    public long harnessAgainstRawJdbc(PartitionedReadBenchmark read, Blackhole blackhole, PairTimes times, RowCounter counter) {
        long rows = read.table().rows();
        boolean rawFirst = times.turn();
        if (rawFirst) {
            counter.add(times.timeRaw(read, blackhole), rows, "rawJdbc");
        }
        counter.add(times.timeHarness(read, blackhole), rows, "harness");
        if (!rawFirst) {
            counter.add(times.timeRaw(read, blackhole), rows, "rawJdbc");
        }
        return rows;
    }

    /**
     * The time each reader spent reading, reported by JMH next to the score as the secondary metrics
     * {@code rawNanos} and {@code harnessNanos}: the totals over the measurement iterations (JMH's
     * {@code [Sum]}, unit {@code #}), whose ratio the report gives.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairTimes {
        /** Nanoseconds raw JDBC spent reading in this iteration. */
        public long rawNanos;
        /** Nanoseconds the harness spent reading in this iteration. */
        public long harnessNanos;
        private long pairs;

        @Setup(Level.Iteration)
        public void reset() {
            rawNanos = 0;
            harnessNanos = 0;
        }

        /** Whether raw JDBC reads first in this pair; it does every other pair. */
        boolean turn() {
            return (pairs++ & 1) == 0;
        }

        long timeRaw(PartitionedReadBenchmark read, Blackhole blackhole) {
            long start = System.nanoTime();
            long rows = read.readRawJdbc(blackhole);
            rawNanos += System.nanoTime() - start;
            return rows;
        }

        long timeHarness(PartitionedReadBenchmark read, Blackhole blackhole) {
            long start = System.nanoTime();
            long rows = read.readWithHarness(blackhole);
            harnessNanos += System.nanoTime() - start;
            return rows;
        }
    }
}
