package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.data.Database;
import dev.dovetail.benchmarks.data.RunningDatabase;
import dev.dovetail.benchmarks.data.Shape;
import dev.dovetail.benchmarks.read.BlackholeSink;
import dev.dovetail.benchmarks.read.PartitionedTable;
import dev.dovetail.benchmarks.read.RawJdbcRead;
import dev.dovetail.benchmarks.read.SparkAggregate;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.dovetail.benchmarks.JvmFlags.*;

/**
 * Partitioned read throughput of one whole table, side by side in one run, every reader partitioned alike
 * ({@link PartitionedTable}: column range on {@code id}, {@code splits} partitions, each read on its own
 * connection, {@code splits} threads) and consuming every value:
 * <ol>
 *   <li>{@link #rawJdbc}, the <b>baseline</b>: plain JDBC with the connector's own per-split SQL;</li>
 *   <li>{@link #harness}: the JDBC connector through the harness, rows streamed into a consuming sink;</li>
 *   <li>{@link #sparkDovetail}: the JDBC connector through the Spark host, {@code format("dovetail-jdbc")} with
 *       the harness's Glue options, on a {@code local[splits]} session, with an aggregate that reads every column;</li>
 *   <li>{@link #sparkJdbc}: Spark's own {@code jdbc} source on a {@code local[splits]} session, with an
 *       aggregate that reads every column.</li>
 * </ol>
 * The score is reads of the whole table per second; the secondary metric {@code rows} is rows per second.
 * The embedded database starts and is seeded once per trial (per parameter combination).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {HEAP_MIN, HEAP, PRE_TOUCH, IGNORE_UNRECOGNIZED, OPEN_LANG, OPEN_INVOKE, OPEN_REFLECT, OPEN_IO,
        OPEN_NET, OPEN_NIO, OPEN_UTIL, OPEN_CONCURRENT, OPEN_ATOMIC, OPEN_REF, OPEN_NIO_CH, OPEN_NIO_CS, OPEN_ACTION,
        OPEN_CALENDAR, DIRECT_METHOD_HANDLE, NETTY_REFLECTION})
public class PartitionedReadBenchmark {
    /** {@code h2} (in memory, in this JVM) or {@code postgres} (embedded server). */
    @Param({"h2", "postgres"})
    public String database;

    /** {@code narrow} (4 columns) or {@code wide} (20 columns). */
    @Param({"narrow", "wide"})
    public String shape;

    /** The table's row count, or {@code default}: 1,000,000 narrow, 200,000 wide. */
    @Param({BenchmarkParameters.DEFAULT_ROWS})
    public String rows;

    /** Partitions, connections and threads of every reader. */
    @Param({"1", "2", "4", "8"})
    public int splits;

    private RunningDatabase running;
    private PartitionedTable table;
    private ConnectorHarness harness;
    private RawJdbcRead raw;

    @Setup(Level.Trial)
    public void setUp() {
        Shape tableShape = BenchmarkParameters.shape(shape);
        Database kind = BenchmarkParameters.database(database);
        int rowCount = BenchmarkParameters.rows(rows, tableShape);
        running = kind.start();
        running.seed(tableShape, rowCount);
        table = new PartitionedTable(running, tableShape, rowCount, BenchmarkParameters.splits(splits));
        harness = table.harness();
        raw = table.rawJdbcRead();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (raw != null) {
            raw.close();
        }
        if (running != null) {
            running.close();
        }
    }

    /** The table, for the Spark session's set-up. */
    PartitionedTable table() {
        return table;
    }

    /** Baseline: plain JDBC, the connector's SQL per split, one connection and thread per split. */
    @Benchmark
    public long rawJdbc(Blackhole blackhole, RowCounter counter) {
        long read = readRawJdbc(blackhole);
        counter.add(read, table.rows(), "rawJdbc");
        return read;
    }

    /** The JDBC connector through the harness: the same splits, rows streamed into consuming sinks. */
    @Benchmark
    public long harness(Blackhole blackhole, RowCounter counter) {
        long read = readWithHarness(blackhole);
        counter.add(read, table.rows(), "harness");
        return read;
    }

    /** One raw JDBC read of the whole table; its row count. */
    long readRawJdbc(Blackhole blackhole) {
        return raw.read(blackhole);
    }

    /** One harness read of the whole table; its row count, checked against the sinks'. */
    long readWithHarness(Blackhole blackhole) {
        List<BlackholeSink> sinks = new CopyOnWriteArrayList<>();
        ReadResult result = table.harnessRead(harness).stream(split -> {
            BlackholeSink sink = new BlackholeSink(blackhole);
            sinks.add(sink);
            return sink;
        });
        long consumed = sinks.stream().mapToLong(BlackholeSink::rows).sum();
        if (consumed != result.rowCount()) {
            throw new IllegalStateException("the harness counted " + result.rowCount() + " rows but its sinks received " + consumed);
        }
        return consumed;
    }

    /** The JDBC connector through the Spark host with the same Glue options, and an aggregate that reads every column. */
    @Benchmark
    public long sparkDovetail(SparkState spark, Blackhole blackhole, RowCounter counter) {
        long read = SparkAggregate.run(spark.session().read().format(SparkSessions.DOVETAIL_JDBC).options(table.options()).load(),
                blackhole);
        counter.add(read, table.rows(), "sparkDovetail");
        return read;
    }

    /** Spark's own JDBC source with the same partitioning, and an aggregate that reads every column. */
    @Benchmark
    public long sparkJdbc(SparkState spark, Blackhole blackhole, RowCounter counter) {
        long read = SparkAggregate.run(spark.session().read().format("jdbc").options(spark.jdbcOptions()).load(), blackhole);
        counter.add(read, table.rows(), "sparkJdbc");
        return read;
    }

    /** A {@code local[splits]} Spark session, started once per trial, only for the benchmarks that take it. */
    @State(Scope.Benchmark)
    public static class SparkState {
        private SparkSession session;
        private java.util.Map<String, String> jdbcOptions;

        @Setup(Level.Trial)
        public void start(PartitionedReadBenchmark read) {
            session = SparkSessions.local(read.table().splits());
            jdbcOptions = SparkSessions.jdbcOptions(read.table());
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (session != null) {
                session.stop();
            }
        }

        SparkSession session() {
            return session;
        }

        java.util.Map<String, String> jdbcOptions() {
            return jdbcOptions;
        }
    }
}
