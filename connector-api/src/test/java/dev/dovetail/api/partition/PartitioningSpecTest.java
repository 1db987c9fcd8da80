package dev.dovetail.api.partition;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.predicate.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PartitioningSpecTest {

    private static PartitioningSpec from(String... keysAndValues) {
        return PartitioningSpec.fromOptions(ConnectionOptions.of(keysAndValues));
    }

    @Test
    void noPartitioningOptionsReadOneSplit() {
        assertThat(from()).isEqualTo(PartitioningSpec.single()).isInstanceOf(PartitioningSpec.Single.class);
        assertThat(from("dbTable", "orders", "url", "jdbc:h2:mem:")).isEqualTo(new PartitioningSpec.Single());
    }

    @Test
    void allFourColumnRangeOptionsGiveAColumnRange() {
        assertThat(from("partitionColumn", "id", "lowerBound", "0", "upperBound", "100", "numPartitions", "3"))
                .isEqualTo(new PartitioningSpec.ColumnRange("id", "0", "100", 3));
        // Names ignore case, values are trimmed.
        assertThat(from("PARTITIONCOLUMN", " updated_at ", "lowerbound", "2024-01-01", "UpperBound", "2024-12-31",
                "numpartitions", " 12 "))
                .isEqualTo(new PartitioningSpec.ColumnRange("updated_at", "2024-01-01", "2024-12-31", 12));
    }

    @Test
    void hashfieldGivesHashPartitioningWithSevenPartitionsByDefault() {
        assertThat(from("hashfield", "customer")).isEqualTo(new PartitioningSpec.Hash("customer", false, 7));
        assertThat(StandardOptions.DEFAULT_HASH_PARTITIONS).isEqualTo(7);
        assertThat(from("hashfield", "customer", "hashpartitions", "4"))
                .isEqualTo(new PartitioningSpec.Hash("customer", false, 4));
    }

    @Test
    void hashexpressionGivesNativeHashPartitioning() {
        assertThat(from("hashexpression", "MOD(id, 10)")).isEqualTo(new PartitioningSpec.Hash("MOD(id, 10)", true, 7));
        assertThat(from("HashExpression", "id", "HASHPARTITIONS", "2"))
                .isEqualTo(new PartitioningSpec.Hash("id", true, 2));
    }

    @Test
    void numPartitionsAloneIsASplitCount() {
        assertThat(from("numPartitions", "8")).isEqualTo(new PartitioningSpec.SplitCount(8));
        assertThat(from("numPartitions", "1")).isEqualTo(new PartitioningSpec.SplitCount(1));
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                Arguments.of(List.of("hashfield", "a", "hashexpression", "b"), List.of("'hashfield'", "'hashexpression'")),
                Arguments.of(List.of("hashfield", "a", "partitionColumn", "id", "lowerBound", "0", "upperBound", "9",
                        "numPartitions", "2"), List.of("'partitionColumn'", "'hashfield'")),
                Arguments.of(List.of("hashexpression", "a", "partitionColumn", "id"), List.of("'partitionColumn'", "'hashexpression'")),
                Arguments.of(List.of("hashpartitions", "4"), List.of("'hashpartitions'", "'hashfield'")),
                Arguments.of(List.of("hashfield", "a", "numPartitions", "4"), List.of("'numPartitions'", "'hashpartitions'")),
                Arguments.of(List.of("hashpartitions", "4", "partitionColumn", "id", "lowerBound", "0", "upperBound", "9",
                        "numPartitions", "2"), List.of("'hashpartitions'")),
                Arguments.of(List.of("partitionColumn", "id"), List.of("'partitionColumn'", "'lowerBound'", "'upperBound'", "'numPartitions'")),
                Arguments.of(List.of("partitionColumn", "id", "lowerBound", "0", "upperBound", "9"), List.of("'numPartitions'")),
                Arguments.of(List.of("partitionColumn", "id", "lowerBound", "0", "numPartitions", "4"), List.of("'upperBound'")),
                Arguments.of(List.of("partitionColumn", "id", "upperBound", "0", "numPartitions", "4"), List.of("'lowerBound'")),
                Arguments.of(List.of("lowerBound", "0"), List.of("'lowerBound'", "'partitionColumn'")),
                Arguments.of(List.of("upperBound", "10", "numPartitions", "3"), List.of("'upperBound'", "'partitionColumn'")),
                Arguments.of(List.of("lowerBound", "0", "upperBound", "10", "hashfield", "a"), List.of("'lowerBound'", "'partitionColumn'")),
                Arguments.of(List.of("partitionColumn", " ", "lowerBound", "0", "upperBound", "9", "numPartitions", "2"),
                        List.of("'partitionColumn'")));
    }

    @ParameterizedTest
    @MethodSource("contradictions")
    void contradictoryOrIncompleteSetsAreRejectedNamingTheOptions(List<String> options, List<String> named) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> from(options.toArray(String[]::new)));

        assertThat(failure).as("options %s", options).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).startsWith("partitioning options: ");
        for (String name : named) {
            assertThat(failure.getMessage()).as("options %s", options).contains(name);
        }
    }

    @Test
    void countsMustBeWholeAndPositive() {
        assertThatThrownBy(() -> from("numPartitions", "three"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'numPartitions' must be an integer but was 'three'");
        assertThatThrownBy(() -> from("numPartitions", "0"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'numPartitions' must be at least 1 but was 0");
        assertThatThrownBy(() -> from("partitionColumn", "id", "lowerBound", "0", "upperBound", "9", "numPartitions", "-2"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'numPartitions' must be at least 1 but was -2");
        assertThatThrownBy(() -> from("hashfield", "a", "hashpartitions", "0"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'hashpartitions' must be at least 1 but was 0");
        assertThatThrownBy(() -> from("hashfield", "a", "hashpartitions", "2.5"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'hashpartitions' must be an integer but was '2.5'");
    }

    @Test
    void specsCheckTheirOwnInvariants() {
        assertThatThrownBy(() -> new PartitioningSpec.Predicates(List.of()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("at least one predicate");
        assertThatThrownBy(() -> new PartitioningSpec.SplitCount(0)).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> new PartitioningSpec.ColumnRange("id", "0", "1", 0)).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> new PartitioningSpec.Hash("id", false, 0)).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> new PartitioningSpec.ColumnRange(null, "0", "1", 2)).isInstanceOf(NullPointerException.class);
        List<Predicate> predicates = new ArrayList<>(List.of(Predicate.eq("a", 1)));
        PartitioningSpec.Predicates spec = new PartitioningSpec.Predicates(predicates);
        predicates.clear();
        assertThat(spec.predicates()).hasSize(1);
    }
}
