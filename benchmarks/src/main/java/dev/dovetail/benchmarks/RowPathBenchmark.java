package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.memory.MemoryConnector;
import dev.dovetail.benchmarks.memory.MemoryTable;
import dev.dovetail.benchmarks.read.BlackholeSink;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.spark.SparkRowPath;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The cost per row of the row path itself, in ns/row, for a 4-column row ({@code BIGINT, INT, DOUBLE,
 * VARCHAR}) held in memory, so that no database is measured:
 * <ul>
 *   <li>{@link #valuesOnly}, the <b>baseline</b>: a loop that only reads the values into the blackhole;</li>
 *   <li>{@link #connectorToSink}: the connector's loop writing each row into a {@code RowSink} that consumes
 *       it (the interface calls alone);</li>
 *   <li>{@link #harness}: the same connector through the harness: runtime, the harness's checking sink, then
 *       the consuming sink, one split (planning and the split's thread are included, spread over the rows);</li>
 *   <li>{@link #sparkInternalRow} and {@link #sparkColumnVector}: the connector's loop writing into the Spark
 *       host's sinks, into its reused {@code SpecificInternalRow}s or {@code OnHeapColumnVector}s
 *       ({@link SparkRowPath}; no split thread, no Spark session).</li>
 * </ul>
 * The row-path overhead is {@code harness - valuesOnly}; a Spark sink's own cost is its time minus
 * {@code connectorToSink}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(RowPathBenchmark.ROWS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmFlags.HEAP_MIN, JvmFlags.HEAP, JvmFlags.PRE_TOUCH})
public class RowPathBenchmark {
    /** Rows per invocation; the score is per row. */
    static final int ROWS = 1_000_000;

    private MemoryTable table;
    private ConnectorHarness harness;

    @Setup(Level.Trial)
    public void setUp() {
        table = MemoryTable.create(ROWS);
        harness = ConnectorHarness.forConnector(MemoryConnector.class).withOption("table", table.name()).withParallelism(1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        table.close();
    }

    /** Baseline: read the values, nothing else. */
    @Benchmark
    public long valuesOnly(Blackhole blackhole) {
        return check(table.consume(blackhole));
    }

    /** Connector loop into a consuming {@code RowSink}, no runtime. */
    @Benchmark
    public long connectorToSink(Blackhole blackhole) {
        return check(table.write(new BlackholeSink(blackhole)));
    }

    /** Connector through the harness into a consuming sink. */
    @Benchmark
    public long harness(Blackhole blackhole) {
        return check(harness.read(MemoryTable.SCHEMA.name()).stream(split -> new BlackholeSink(blackhole)).rowCount());
    }

    /** Connector loop into the Spark host's row sink (reused {@code SpecificInternalRow}s). */
    @Benchmark
    public long sparkInternalRow() {
        SparkRowPath path = SparkRowPath.internalRows(MemoryTable.SCHEMA);
        table.write(path.sink());
        return check(path.rows());
    }

    /** Connector loop into the Spark host's columnar sink (reused {@code OnHeapColumnVector}s). */
    @Benchmark
    public long sparkColumnVector() {
        SparkRowPath path = SparkRowPath.columnVectors(MemoryTable.SCHEMA);
        table.write(path.sink());
        return check(path.rows());
    }

    private static long check(long rows) {
        if (rows != ROWS) {
            throw new IllegalStateException("read " + rows + " rows of " + ROWS);
        }
        return rows;
    }
}
