package dev.dovetail.api.partition;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link StandardPlanner} and the planners it dispatches to: {@link HashPlanner} and {@link PredicatePlanner}. */
class StandardPlannerTest {
    private static final EntitySchema ORDERS = EntitySchema.builder("orders")
            .field("id", DataType.LONG)
            .field("customer", DataType.STRING)
            .field("placed_at", DataType.TIMESTAMP)
            .build();

    private static List<Split> plan(PartitioningSpec spec) {
        return StandardPlanner.plan(new PartitionRequest(ORDERS, spec, Predicate.alwaysTrue(), ZoneOffset.UTC));
    }

    @Test
    void singleAndSplitCountReadOneWholeSplit() {
        assertThat(plan(PartitioningSpec.single())).containsExactly(Split.whole());
        // With no column to divide by, a bare count is one split, as in Spark's JDBC source.
        assertThat(plan(new PartitioningSpec.SplitCount(8))).containsExactly(Split.whole());
    }

    @Test
    void columnRangeGoesToTheColumnRangePlanner() {
        assertThat(plan(new PartitioningSpec.ColumnRange("id", "0", "100", 3)))
                .isEqualTo(ColumnRangePlanner.plan(new PartitioningSpec.ColumnRange("id", "0", "100", 3),
                        ORDERS.requireField("id"), ZoneOffset.UTC))
                .hasSize(3);
    }

    @Test
    void columnRangeUsesTheRequestZone() {
        PartitioningSpec.ColumnRange spec = new PartitioningSpec.ColumnRange("placed_at", "2024-01-01", "2024-01-02", 2);
        List<Split> tokyo = StandardPlanner.plan(
                new PartitionRequest(ORDERS, spec, Predicate.alwaysTrue(), ZoneId.of("Asia/Tokyo")));
        assertThat(tokyo.get(1).predicate()).isEqualTo(
                Predicate.ge("placed_at", Instant.parse("2024-01-01T03:00:00Z")));
    }

    @Test
    void columnRangeOnAnUnknownColumnSuggestsTheClosest() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> plan(new PartitioningSpec.ColumnRange("idd", "0", "100", 3)));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .isEqualTo("entity 'orders' has no column 'idd'; did you mean 'id'? (its columns: id, customer, placed_at)");
    }

    @Test
    void hashOnAColumnGivesOneBucketPerSplit() {
        List<Split> splits = plan(new PartitioningSpec.Hash("customer", false, 4));

        assertThat(splits).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(splits.get(i)).isEqualTo(Split.of(i, 4, Predicate.HashBucket.ofColumn("customer", 4, i)));
        }
        assertThat(splits.get(2).predicate()).hasToString("HASH(customer) MOD 4 = 2");
        assertThat(splits.get(2).describe()).isEqualTo("#2 of 4 (HASH(customer) MOD 4 = 2)");
    }

    @Test
    void hashWithOnePartitionIsOneWholeSplit() {
        assertThat(plan(new PartitioningSpec.Hash("customer", false, 1))).containsExactly(Split.whole());
        assertThat(HashPlanner.plan(new PartitioningSpec.Hash("whatever()", true, 1))).containsExactly(Split.whole());
    }

    @Test
    void hashOnAnUnknownColumnSuggestsTheClosest() {
        assertThatThrownBy(() -> plan(new PartitioningSpec.Hash("costumer", false, 4)))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("has no column 'costumer'; did you mean 'customer'?");
    }

    @Test
    void hashOnANativeExpressionIsNotCheckedAgainstTheSchema() {
        List<Split> splits = plan(new PartitioningSpec.Hash("MOD(id * 31, 1000)", true, 3));

        assertThat(splits).extracting(Split::predicate).containsExactly(
                Predicate.HashBucket.ofExpression("MOD(id * 31, 1000)", 3, 0),
                Predicate.HashBucket.ofExpression("MOD(id * 31, 1000)", 3, 1),
                Predicate.HashBucket.ofExpression("MOD(id * 31, 1000)", 3, 2));
        assertThat(splits.get(0).predicate().columns()).isEmpty();
    }

    @Test
    void explicitPredicatesBecomeOneSplitEachInOrder() {
        Predicate cheap = Predicate.lt("id", 10);
        Predicate dear = Predicate.ge("id", 10);
        Predicate unknown = Predicate.isNull("id");

        List<Split> splits = plan(new PartitioningSpec.Predicates(List.of(cheap, dear, unknown)));

        assertThat(splits).containsExactly(Split.of(0, 3, cheap), Split.of(1, 3, dear), Split.of(2, 3, unknown));
        assertThat(PredicatePlanner.plan(new PartitioningSpec.Predicates(List.of(cheap))))
                .containsExactly(Split.of(0, 1, cheap));
    }

    @Test
    void plannedListsAreImmutable() {
        List<Split> splits = plan(new PartitioningSpec.Hash("customer", false, 2));
        assertThatThrownBy(() -> splits.add(Split.whole())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void partitionRequestRejectsNulls() {
        assertThatThrownBy(() -> new PartitionRequest(ORDERS, null, Predicate.alwaysTrue(), ZoneOffset.UTC))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PartitionRequest(ORDERS, PartitioningSpec.single(), Predicate.alwaysTrue(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
