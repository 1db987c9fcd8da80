package dev.dovetail.examples.csv;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.ge;
import static dev.dovetail.api.predicate.Predicate.isNull;
import static dev.dovetail.api.predicate.Predicate.lt;
import static dev.dovetail.api.predicate.Predicate.or;
import static dev.dovetail.examples.csv.CsvFixtures.id;
import static dev.dovetail.examples.csv.CsvFixtures.multiset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partitioned reads of a table with NULLs in the partition column and ids outside the bounds 0..100:
 * whatever the partitioning, the splits together return the rows of the one-split read, each once.
 */
class CsvPartitionedReadTest {
    @TempDir
    Path directory;

    private ConnectorHarness harness;
    private List<Row> all;

    @BeforeEach
    void setUp() {
        CsvFixtures.writeEvents(directory);
        harness = CsvFixtures.harness(directory);
        ReadResult whole = harness.read("events").run();
        assertThat(whole.splits()).hasSize(1);
        all = whole.rows();
    }

    @Test
    void theTableHasNullsAndIdsOnBothSidesOfTheBounds() {
        assertThat(all).hasSize(300);
        assertThat(all).filteredOn(row -> id(row) == null).hasSizeGreaterThan(10);
        assertThat(all).filteredOn(row -> id(row) != null && id(row) < 0).hasSizeGreaterThan(10);
        assertThat(all).filteredOn(row -> id(row) != null && id(row) >= 100).hasSizeGreaterThan(10);
        assertThat(multiset(all)).allSatisfy((row, count) -> assertThat(count).isOne());
    }

    @ParameterizedTest(name = "{0} splits")
    @ValueSource(ints = {1, 2, 8})
    void columnRangeSplitsPartitionTheRowsAndNullsLandInSplitZero(int splits) {
        ReadResult result = harness.read("events").rangePartitioned("id", 0, 100, splits).run();

        assertPartition(result, splits);
        List<SplitResult> parts = result.splits();
        assertThat(parts.get(0).rows()).containsAll(all.stream().filter(row -> id(row) == null).toList());
        assertThat(parts.get(0).rows()).containsAll(all.stream().filter(row -> id(row) != null && id(row) < 0).toList());
        assertThat(parts.get(splits - 1).rows())
                .containsAll(all.stream().filter(row -> id(row) != null && id(row) >= 100).toList());
        if (splits > 1) {
            assertThat(parts.subList(1, splits)).allSatisfy(part ->
                    assertThat(part.rows()).noneMatch(row -> id(row) == null || id(row) < 0));
        }
        if (splits == 2) {
            assertThat(parts.get(0).rows()).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(row -> id(row) == null || id(row) < 50).toList());
        }
    }

    @ParameterizedTest(name = "{0} splits")
    @ValueSource(ints = {1, 2, 8})
    void hashSplitsPartitionTheRows(int splits) {
        ReadResult result = harness.read("events").hashPartitioned("id", splits).run();

        assertPartition(result, splits);
        assertThat(result.splits().get(0).rows()).containsAll(all.stream().filter(row -> id(row) == null).toList());
        assertThat(result.splits()).filteredOn(split -> split.rowCount() > 0).hasSizeGreaterThan(splits / 2);
    }

    @ParameterizedTest(name = "{0} splits")
    @ValueSource(ints = {1, 2, 8})
    void explicitPredicateSplitsPartitionTheRows(int splits) {
        Predicate[] predicates = switch (splits) {
            case 1 -> new Predicate[] {Predicate.alwaysTrue()};
            case 2 -> new Predicate[] {or(lt("id", 50), isNull("id")), ge("id", 50)};
            default -> {
                List<Predicate> list = new ArrayList<>();
                list.add(or(lt("id", 0), isNull("id")));
                for (int lower = 0; lower < 120; lower += 20) {
                    list.add(and(ge("id", lower), lt("id", lower + 20)));
                }
                list.add(ge("id", 120));
                yield list.toArray(Predicate[]::new);
            }
        };

        ReadResult result = harness.read("events").splitBy(predicates).run();

        assertPartition(result, splits);
        assertThat(result.splits().get(0).rows()).containsAll(all.stream().filter(row -> id(row) == null).toList());
        if (splits == 8) {
            assertThat(result.splits().get(7).rows()).containsExactlyInAnyOrderElementsOf(
                    all.stream().filter(row -> id(row) != null && id(row) >= 120).toList());
        }
    }

    @ParameterizedTest(name = "numPartitions {0}")
    @ValueSource(ints = {1, 2, 8})
    void glueColumnRangeOptionsGiveTheSameSplits(int splits) {
        ReadResult result = harness.withOption("partitionColumn", "id").withOption("lowerBound", "0")
                .withOption("upperBound", "100").withOption("numPartitions", Integer.toString(splits))
                .read("events").run();

        assertPartition(result, splits);
        assertThat(result.splitDefinitions())
                .isEqualTo(harness.read("events").rangePartitioned("id", 0, 100, splits).run().splitDefinitions());
        assertThat(result.splits().get(0).rows()).containsAll(all.stream().filter(row -> id(row) == null).toList());
    }

    @ParameterizedTest(name = "hashpartitions {0}")
    @ValueSource(ints = {1, 2, 8})
    void glueHashOptionsGiveTheSameSplits(int splits) {
        ReadResult result = harness.withOption("hashfield", "id").withOption("hashpartitions", Integer.toString(splits))
                .read("events").run();

        assertPartition(result, splits);
        ReadResult fluent = harness.read("events").hashPartitioned("id", splits).run();
        assertThat(result.splitDefinitions()).isEqualTo(fluent.splitDefinitions());
        for (int i = 0; i < splits; i++) {
            assertThat(result.splits().get(i).rows()).isEqualTo(fluent.splits().get(i).rows());
        }
    }

    @Test
    void glueHashOptionsDefaultToSevenSplits() {
        ReadResult result = harness.withOption("hashfield", "customer").read("events").run();

        assertPartition(result, 7);
    }

    /**
     * The splits are {@code count}, every split predicate was pushed to the connector, their union is the
     * one-split read as a multiset, and every row is in exactly one split.
     */
    private void assertPartition(ReadResult result, int count) {
        assertThat(result.splits()).hasSize(count);
        assertThat(result.splits()).allSatisfy(split -> {
            assertThat(split.plan().residual().isAlwaysTrue()).as("residual of %s", split.split().describe()).isTrue();
            assertThat(split.rows()).hasSize((int) split.rowCount());
        });
        assertThat(multiset(result.rows())).isEqualTo(multiset(all));
        assertThat(result.rowCount()).isEqualTo(all.size());
        Map<Row, Integer> splitOf = new HashMap<>();
        for (SplitResult split : result.splits()) {
            for (Row row : split.rows()) {
                Integer previous = splitOf.put(row, split.split().index());
                assertThat(previous).as("row %s is in split %s and split %s", row, previous, split.split().index()).isNull();
            }
        }
        assertThat(splitOf.keySet()).containsExactlyInAnyOrderElementsOf(all);
    }
}
