package dev.dovetail.jdbc;

import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.dovetail.jdbc.JdbcFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partitioned reads through the runtime's planners, the split arriving as a pushed predicate: column range
 * on numeric, DATE and TIMESTAMP columns with NULLs and values outside the bounds, and hash partitioning on
 * a column or a native expression. Every row is read exactly once.
 */
abstract class JdbcPartitionSuite {
    private static final int ROWS = 60;

    /** Row {@code id}: n = 10 id - 100 (so -90..500), d = 2023-12-20 + id days, ts = START + id hours; every 7th NULL. */
    @BeforeAll
    static void createEvents(TestDatabase db) {
        db.execute("CREATE TABLE events (id INT PRIMARY KEY, n INT, d DATE, ts " + JdbcFixtures.timestamp(db) + ", tag VARCHAR(10))");
        List<List<Object>> rows = new ArrayList<>();
        for (int id = 1; id <= ROWS; id++) {
            boolean nulls = id % 7 == 0;
            rows.add(Arrays.asList(id, nulls ? null : id * 10 - 100, nulls ? null : java.time.LocalDate.of(2023, 12, 20).plusDays(id),
                    nulls ? null : START.plusSeconds(3600L * id), nulls ? null : "t" + (id % 13)));
        }
        JdbcFixtures.insert(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?)", rows);
    }

    private static ConnectorHarness harness(TestDatabase db) {
        return JdbcFixtures.harness(db);
    }

    /** Asserts every row of events came exactly once, every split predicate was pushed, and returns the ids per split. */
    private static List<Set<Integer>> assertEveryRowOnce(ReadResult result, int splits) {
        assertThat(result.splits()).hasSize(splits);
        List<Set<Integer>> ids = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (SplitResult split : result.splits()) {
            assertThat(split.plan().residual().isAlwaysTrue()).as("split predicate pushed: %s", split.split()).isTrue();
            Set<Integer> mine = new HashSet<>();
            split.rows().forEach(row -> mine.add((Integer) row.get(0)));
            all.addAll(split.rows().stream().map(row -> (Integer) row.get(0)).toList());
            ids.add(mine);
        }
        assertThat(all).as("coverage and disjointness").hasSize(ROWS).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, ROWS).boxed().toList());
        return ids;
    }

    private static Set<Integer> nullIds() {
        Set<Integer> ids = new HashSet<>();
        for (int id = 7; id <= ROWS; id += 7) {
            ids.add(id);
        }
        return ids;
    }

    @Test
    void numericRangeReadsNullsAndOutOfRangeRowsOnce(TestDatabase db) {
        ReadResult result = harness(db).withOption("partitionColumn", "n").withOption("lowerBound", "0")
                .withOption("upperBound", "400").withOption("numPartitions", "4").read("events").columns("id", "n").run();

        List<Set<Integer>> ids = assertEveryRowOnce(result, 4);
        assertThat(ids.get(0)).as("NULLs and values below the lower bound").containsAll(nullIds()).contains(1, 2, 9);
        assertThat(ids.get(3)).as("values above the upper bound").contains(51, 60);
    }

    @Test
    void dateRange(TestDatabase db) {
        ReadResult result = harness(db).read("events").columns("id").rangePartitioned("d", "2024-01-01", "2024-01-31", 3).run();

        List<Set<Integer>> ids = assertEveryRowOnce(result, 3);
        assertThat(ids.get(0)).containsAll(nullIds()).contains(1, 11);
        assertThat(ids.get(2)).contains(60);
    }

    @Test
    void timestampRange(TestDatabase db) {
        ReadResult result = harness(db).read("events").columns("id")
                .rangePartitioned("ts", "2024-01-01 10:00:00", "2024-01-02 10:00:00", 5).run();

        List<Set<Integer>> ids = assertEveryRowOnce(result, 5);
        assertThat(ids.get(0)).containsAll(nullIds()).contains(1, 9);
        assertThat(ids.get(4)).contains(60);
    }

    @Test
    void hashOnAColumnCoversEveryRowOnce(TestDatabase db) {
        ReadResult byId = harness(db).withOption("hashfield", "id").withOption("hashpartitions", "5").read("events")
                .columns("id").run();
        List<Set<Integer>> ids = assertEveryRowOnce(byId, 5);
        assertThat(ids).as("the hash spreads the rows").filteredOn(Set::isEmpty).hasSizeLessThan(2);

        List<Set<Integer>> byTag = assertEveryRowOnce(harness(db).read("events").columns("id").hashPartitioned("tag", 4).run(), 4);
        assertThat(byTag.stream().filter(split -> split.containsAll(nullIds())).count()).as("all NULLs in one bucket").isEqualTo(1);
        assertEveryRowOnce(harness(db).read("events").columns("id").hashPartitioned("ts", 3).run(), 3);
        assertEveryRowOnce(harness(db).read("events").columns("id").hashPartitioned("d", 3).run(), 3);
    }

    @Test
    void hashOnANativeExpression(TestDatabase db) {
        ReadResult result = harness(db).withOption("hashexpression", JdbcFixtures.folded(db, "id") + " * 3 + 1")
                .withOption("hashpartitions", "4").read("events").columns("id").run();

        List<Set<Integer>> ids = assertEveryRowOnce(result, 4);
        assertThat(ids.get(0)).contains(1, 5); // 3*1+1 = 4, 3*5+1 = 16: both 0 mod 4
    }
}
