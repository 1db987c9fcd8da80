package dev.dovetail.examples.csv;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static dev.dovetail.api.predicate.Predicate.contains;
import static dev.dovetail.api.predicate.Predicate.ge;
import static dev.dovetail.api.predicate.Predicate.in;
import static dev.dovetail.api.predicate.Predicate.isNull;
import static dev.dovetail.api.predicate.Predicate.startsWith;
import static dev.dovetail.examples.csv.CsvFixtures.multiset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Predicates the CSV connector pushes and those the runtime keeps as residual give the rows of the full
 * read filtered in Java; projection and limit hold whatever the splits.
 */
class CsvPushdownTest {
    @TempDir
    Path directory;

    private ConnectorHarness harness;
    private List<Row> all;

    @BeforeEach
    void setUp() {
        CsvFixtures.writeEvents(directory);
        harness = CsvFixtures.harness(directory);
        all = harness.read("events").run().rows();
    }

    @Test
    void aComparisonOnADecimalIsPushed() {
        Predicate predicate = ge("amount", 500);
        ReadResult result = harness.read("events").where(predicate).run();

        SplitResult split = result.splits().get(0);
        assertThat(split.plan().pushed()).isEqualTo(predicate);
        assertThat(split.plan().residual().isAlwaysTrue()).isTrue();
        assertThat(split.plan().request().predicate()).isEqualTo(predicate);
        assertSameRows(result, all.stream().filter(row -> amount(row) != null
                && amount(row).compareTo(BigDecimal.valueOf(500)) >= 0).toList());
        assertThat(result.rows()).isNotEmpty().hasSizeLessThan(all.size());
    }

    @Test
    void inAndIsNullArePushed() {
        Predicate customers = in("customer", "Ada", "Ken", "Nobody");
        Predicate noAmount = isNull("amount");
        ReadResult result = harness.read("events").where(customers).where(noAmount).run();

        SplitResult split = result.splits().get(0);
        assertThat(split.plan().pushed()).isEqualTo(Predicate.and(customers, noAmount));
        assertThat(split.plan().residual().isAlwaysTrue()).isTrue();
        assertSameRows(result, all.stream()
                .filter(row -> Set.of("Ada", "Ken").contains(customer(row)) && amount(row) == null).toList());
        assertThat(result.rows()).isNotEmpty();
    }

    @Test
    void containsIsNotPushedAndStaysResidual() {
        Predicate predicate = contains("customer", "an");
        ReadResult result = harness.read("events").where(predicate).run();

        SplitResult split = result.splits().get(0);
        assertThat(split.plan().pushed().isAlwaysTrue()).isTrue();
        assertThat(split.plan().residual()).isEqualTo(predicate);
        assertSameRows(result, all.stream().filter(row -> customer(row).contains("an")).toList());
        assertThat(result.rows()).extracting(CsvPushdownTest::customer).contains("Alan", "Frances").doesNotContain("Ada");
    }

    @Test
    void aPushedAndAResidualPredicateTogetherOverEightSplits() {
        Predicate pushed = ge("amount", 300);
        Predicate residual = startsWith("customer", "A");
        ReadResult result = harness.read("events").where(pushed).where(residual).hashPartitioned("id", 8).run();

        assertThat(result.splits()).hasSize(8).allSatisfy(split -> {
            assertThat(split.plan().residual()).isEqualTo(residual);
            assertThat(split.plan().pushed()).isEqualTo(Predicate.and(pushed, split.split().predicate()));
        });
        assertSameRows(result, all.stream().filter(row -> customer(row).startsWith("A") && amount(row) != null
                && amount(row).compareTo(BigDecimal.valueOf(300)) >= 0).toList());
        assertThat(result.rows()).isNotEmpty();
    }

    @Test
    void pushedAndResidualPredicatesOverEightRangeSplits() {
        ReadResult result = harness.read("events").where(isNull("amount")).where(contains("note", "1"))
                .rangePartitioned("id", 0, 100, 8).run();

        assertThat(result.splits()).hasSize(8);
        assertSameRows(result, all.stream().filter(row -> amount(row) == null && note(row).contains("1")).toList());
        assertThat(result.rows()).isNotEmpty();
    }

    @Test
    void projectionReturnsExactlyTheColumnsInTheirOrder() {
        ReadResult result = harness.read("events").columns("customer", "id").hashPartitioned("id", 4).run();

        assertThat(result.schema().fieldNames()).containsExactly("customer", "id");
        assertThat(result.splits()).allSatisfy(split ->
                assertThat(split.plan().readSchema().fieldNames()).containsExactly("customer", "id"));
        assertThat(multiset(result.rows())).isEqualTo(multiset(project(all, row -> Row.of(customer(row), row.get(0)))));
    }

    @Test
    void projectionHoldsWhenTheResidualNeedsAnotherColumn() {
        ReadResult result = harness.read("events").columns("customer", "id").where(contains("note", "7")).run();

        assertThat(result.schema().fieldNames()).containsExactly("customer", "id");
        assertThat(result.splits().get(0).plan().readSchema().fieldNames()).containsExactly("customer", "id", "note");
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.size()).isEqualTo(2));
        assertThat(multiset(result.rows())).isEqualTo(multiset(project(
                all.stream().filter(row -> note(row).contains("7")).toList(), row -> Row.of(customer(row), row.get(0)))));
        assertThat(result.rows()).isNotEmpty();
    }

    @Test
    void limitCutsAcrossSplits() {
        ReadResult result = harness.read("events").hashPartitioned("id", 4).limit(5).run();

        assertThat(result.splits()).hasSize(4).allSatisfy(split -> {
            assertThat(split.plan().request().limit()).hasValue(5);
            assertThat(split.rowCount()).isLessThanOrEqualTo(5);
        });
        assertThat(result.rowCount()).isEqualTo(5);
        assertThat(result.rows()).hasSize(5).doesNotHaveDuplicates();
        assertThat(all).containsAll(result.rows());
    }

    @Test
    void limitWithAResidualCountsOnlyMatchingRows() {
        ReadResult result = harness.read("events").where(contains("customer", "an")).rangePartitioned("id", 0, 100, 4)
                .limit(5).run();

        assertThat(result.rows()).hasSize(5).allSatisfy(row -> assertThat(customer(row)).contains("an"));
        assertThat(all).containsAll(result.rows());
    }

    @Test
    void limitLargerThanTheTableReturnsEverything() {
        ReadResult result = harness.read("events").rangePartitioned("id", 0, 100, 4).limit(10_000).run();

        assertThat(result.rowCount()).isEqualTo(all.size());
        assertThat(multiset(result.rows())).isEqualTo(multiset(all));
    }

    private static void assertSameRows(ReadResult result, List<Row> expected) {
        assertThat(multiset(result.rows())).isEqualTo(multiset(expected));
    }

    private static List<Row> project(List<Row> rows, Function<Row, Row> projection) {
        return rows.stream().map(projection).toList();
    }

    private static String customer(Row row) {
        return (String) row.get(1);
    }

    private static BigDecimal amount(Row row) {
        return (BigDecimal) row.get(2);
    }

    private static String note(Row row) {
        return (String) row.get(3);
    }
}
