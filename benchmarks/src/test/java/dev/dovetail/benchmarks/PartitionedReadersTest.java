package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.data.Database;
import dev.dovetail.benchmarks.data.RunningDatabase;
import dev.dovetail.benchmarks.data.Shape;
import dev.dovetail.benchmarks.read.BlackholeSink;
import dev.dovetail.benchmarks.read.PartitionedTable;
import dev.dovetail.benchmarks.read.RawJdbcRead;
import dev.dovetail.harness.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's JDBC readers on small tables of both shapes in both databases (the smoke run in
 * {@code mvn verify} reads H2 only): each reads every row once, with the same splits.
 */
class PartitionedReadersTest {
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    static Stream<Arguments> databasesAndShapes() {
        return Stream.of(Database.values()).flatMap(db -> Stream.of(Shape.values()).map(shape -> Arguments.of(db, shape)));
    }

    @ParameterizedTest
    @MethodSource("databasesAndShapes")
    void rawJdbcAndTheHarnessReadEveryRowOfEverySplit(Database database, Shape shape) throws Exception {
        try (RunningDatabase db = database.start()) {
            db.seed(shape, 1_001);
            PartitionedTable table = new PartitionedTable(db, shape, 1_001, 3);

            long raw;
            try (RawJdbcRead read = table.rawJdbcRead()) {
                raw = read.read(BLACKHOLE);
            }
            List<BlackholeSink> sinks = new CopyOnWriteArrayList<>();
            ReadResult harness = table.harnessRead(table.harness()).stream(split -> {
                BlackholeSink sink = new BlackholeSink(BLACKHOLE);
                sinks.add(sink);
                return sink;
            });

            assertThat(raw).isEqualTo(1_001);
            assertThat(harness.splits()).hasSize(3);
            assertThat(harness.schema().size()).isEqualTo(shape.columns().size());
            assertThat(sinks).hasSize(3);
            assertThat(sinks.stream().mapToLong(BlackholeSink::rows).sum()).isEqualTo(1_001);
            assertThat(harness.rowCount()).isEqualTo(1_001);
        }
    }

    @Test
    void theWideTableHoldsEveryTypeTheIssueAsksForAndSomeNulls() throws Exception {
        assertThat(Shape.WIDE.columns()).hasSize(20);
        assertThat(Shape.NARROW.columns()).hasSize(4);
        assertThat(Shape.WIDE.columns().stream().map(column -> column.kind().name()).distinct())
                .containsExactlyInAnyOrder("LONG", "INT", "DOUBLE", "DECIMAL", "STRING", "DATE", "TIMESTAMP", "BOOLEAN");
        try (RunningDatabase db = Database.H2.start(); var connection = db.connect()) {
            db.seed(Shape.WIDE, 100);
            try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*), COUNT(flag2) FROM bench_wide")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(100);
                assertThat(rs.getLong(2)).isBetween(90L, 99L);
            }
        }
    }

    @Test
    void badParametersSayWhatIsAccepted() {
        assertThatThrownBy(() -> BenchmarkParameters.database("mysql"))
                .hasMessage("parameter database=mysql is none of [h2, postgres]; e.g. -p database=h2");
        assertThatThrownBy(() -> BenchmarkParameters.shape("tall")).hasMessageContaining("parameter shape=tall is none of [narrow, wide]");
        assertThatThrownBy(() -> BenchmarkParameters.rows("lots", Shape.NARROW)).hasMessageContaining("parameter rows=lots is not a row count");
        assertThatThrownBy(() -> BenchmarkParameters.rows("0", Shape.NARROW)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchmarkParameters.splits(0)).hasMessageContaining("parameter splits=0 must be at least 1");
        assertThat(BenchmarkParameters.rows("default", Shape.WIDE)).isEqualTo(200_000);
        assertThat(BenchmarkParameters.rows("100_000", Shape.WIDE)).isEqualTo(100_000);
        assertThat(BenchmarkParameters.database("POSTGRES")).isEqualTo(Database.POSTGRES);
    }
}
