package dev.dovetail.api.partition;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ColumnRangePlannerTest {
    private static final Field ID = Field.of("id", DataType.LONG);

    private static List<Split> plan(Field column, String lower, String upper, int partitions) {
        return ColumnRangePlanner.plan(
                new PartitioningSpec.ColumnRange(column.name(), lower, upper, partitions), column, ZoneOffset.UTC);
    }

    private static List<Split> plan(long lower, long upper, int partitions) {
        return plan(ID, Long.toString(lower), Long.toString(upper), partitions);
    }

    /** A split as the WHERE clause Spark's JDBC source writes for it; {@code null} for no clause. */
    static String sparkWhere(Split split) {
        Predicate predicate = split.predicate();
        if (predicate.isAlwaysTrue()) {
            return null;
        }
        if (predicate instanceof Predicate.Or or && or.operands().size() == 2
                && or.operands().get(0) instanceof Predicate.Comparison lt
                && lt.operator() == ComparisonOperator.LESS_THAN
                && or.operands().get(1) instanceof Predicate.IsNull isNull
                && isNull.column().equals(lt.column())) {
            return lt.column() + " < " + lt.value() + " or " + isNull.column() + " is null";
        }
        if (predicate instanceof Predicate.And and && and.operands().size() == 2
                && and.operands().get(0) instanceof Predicate.Comparison ge
                && ge.operator() == ComparisonOperator.GREATER_THAN_OR_EQUAL
                && and.operands().get(1) instanceof Predicate.Comparison lt
                && lt.operator() == ComparisonOperator.LESS_THAN) {
            return ge.column() + " >= " + ge.value() + " AND " + lt.column() + " < " + lt.value();
        }
        if (predicate instanceof Predicate.Comparison ge && ge.operator() == ComparisonOperator.GREATER_THAN_OR_EQUAL) {
            return ge.column() + " >= " + ge.value();
        }
        throw new AssertionError("split " + split + " has a predicate of a shape Spark never writes");
    }

    private static List<String> sparkWheres(List<Split> splits) {
        List<String> wheres = new ArrayList<>();
        for (Split split : splits) {
            wheres.add(sparkWhere(split));
        }
        return wheres;
    }

    private static void assertNumbered(List<Split> splits) {
        for (int i = 0; i < splits.size(); i++) {
            assertThat(splits.get(i).index()).isEqualTo(i);
            assertThat(splits.get(i).count()).isEqualTo(splits.size());
            assertThat(splits.get(i).properties()).isEmpty();
        }
    }

    @Test
    void sparkExampleZeroToHundredInThree() {
        List<Split> splits = plan(0, 100, 3);

        assertNumbered(splits);
        assertThat(splits).extracting(Split::predicate).containsExactly(
                Predicate.or(Predicate.lt("id", 33L), Predicate.isNull("id")),
                Predicate.and(Predicate.ge("id", 33L), Predicate.lt("id", 66L)),
                Predicate.ge("id", 66L));
        assertThat(splits).extracting(split -> split.predicate().toString()).containsExactly(
                "id < 33 OR id IS NULL", "id >= 33 AND id < 66", "id >= 66");
        assertThat(sparkWheres(splits)).containsExactly("id < 33 or id is null", "id >= 33 AND id < 66", "id >= 66");
    }

    @Test
    void sparkExampleZeroToThousandInSevenHasStride142StartingAt145() {
        assertThat(ColumnRangePlanner.boundaries(0, 1000, 7)).containsExactly(145, 287, 429, 571, 713, 855);

        List<Split> splits = plan(0, 1000, 7);
        assertThat(splits).hasSize(7);
        assertThat(sparkWheres(splits)).containsExactly(
                "id < 145 or id is null",
                "id >= 145 AND id < 287",
                "id >= 287 AND id < 429",
                "id >= 429 AND id < 571",
                "id >= 571 AND id < 713",
                "id >= 713 AND id < 855",
                "id >= 855");
    }

    /**
     * (0, 7, 2): the stride is 3.5 truncated to 3; exact arithmetic would shift the start by
     * round_half_up(0.5 * 2 / 3 / 2 * 3) = round_half_up(0.5) = 1, but Spark computes 1/3 to 34 digits,
     * halves it (a tie, rounded to even: 0.1666...6) and multiplies by 3: 0.4999...98, which rounds to 0.
     */
    @Test
    void decimalArithmeticRoundsToThirtyFourDigitsAsScalaDoes() {
        assertThat(ColumnRangePlanner.boundaries(0, 7, 2)).containsExactly(3);
        assertThat(sparkWheres(plan(0, 7, 2))).containsExactly("id < 3 or id is null", "id >= 3");
        assertThat(SparkColumnPartition.whereClauses("id", 0, 7, 2)).containsExactly("id < 3 or id is null", "id >= 3");
    }

    @Test
    void shiftByHalfTheLostStrides() {
        // (0, 10, 4): stride 2.5 -> 2, lost 0.5 * 4 / 2 = 1 stride, half of it is 1: start at 1.
        assertThat(ColumnRangePlanner.boundaries(0, 10, 4)).containsExactly(3, 5, 7);
        // (0, 100, 7): 14.285714285714285714 -> 14, lost 1.999...998 / 14 strides, shift round(0.999...999) = 1.
        assertThat(ColumnRangePlanner.boundaries(0, 100, 7)).containsExactly(15, 29, 43, 57, 71, 85);
        // Negative bounds: (-100, 0, 3) mirrors (0, 100, 3).
        assertThat(ColumnRangePlanner.boundaries(-100, 0, 3)).containsExactly(-67, -34);
    }

    @Test
    void onePartitionReadsEverythingInOneSplit() {
        assertThat(plan(0, 100, 1)).containsExactly(Split.whole());
        // As in Spark, the bounds are not even compared when only one split is asked for.
        assertThat(plan(100, 0, 1)).containsExactly(Split.whole());
    }

    @Test
    void equalBoundsGiveOneWholeSplit() {
        assertThat(plan(42, 42, 8)).containsExactly(Split.whole());
        assertThat(plan(ID, " 42 ", "42", 8)).containsExactly(Split.whole());
    }

    @Test
    void lowerAboveUpperIsAnErrorNamingBothBounds() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> plan(100, 7, 4));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .contains("lowerBound 100")
                .contains("upperBound 7")
                .contains("'id'")
                .contains("swap");
    }

    @Test
    void moreSplitsThanValuesInTheRangeAreReduced() {
        // (0, 3, 10): upper - lower = 3 < 10, so 3 splits of stride 1.
        List<Split> three = plan(0, 3, 10);
        assertNumbered(three);
        assertThat(sparkWheres(three)).containsExactly("id < 1 or id is null", "id >= 1 AND id < 2", "id >= 2");

        // (0, 1, 10): upper - lower = 1, so one split, read whole.
        assertThat(plan(0, 1, 10)).containsExactly(Split.whole());
        assertThat(ColumnRangePlanner.boundaries(0, 1, 10)).isEmpty();
    }

    @Test
    void extremeBoundsOverflowTheSubtractionButNotTheBoundaries() {
        long min = Long.MIN_VALUE;
        long max = Long.MAX_VALUE;

        // (MIN, MAX, 3): precise stride 6148914691236517205 exactly, no shift.
        assertThat(ColumnRangePlanner.boundaries(min, max, 3))
                .containsExactly(-3074457345618258603L, 3074457345618258602L);
        // (MIN, MAX, 4): stride 4611686018427387903 (.75 truncated); the lost 3/4 strides shift the start by 2.
        assertThat(ColumnRangePlanner.boundaries(min, max, 4))
                .containsExactly(-4611686018427387903L, 0L, 4611686018427387903L);
        // (-10, MAX, 2): MAX + 10 overflows, so 2 splits; stride 4611686018427387908 (.5 truncated), shift 1.
        assertThat(ColumnRangePlanner.boundaries(-10, max, 2)).containsExactly(4611686018427387899L);
        // (MIN, 10, 5): stride 1844674407370955163 (.6 truncated), shift 2.
        assertThat(ColumnRangePlanner.boundaries(min, 10, 5)).containsExactly(
                -7378697629483820643L, -5534023222112865480L, -3689348814741910317L, -1844674407370955154L);

        long[][] cases = {{min, max, 4}, {min, max, 3}, {-10, max, 2}, {min, 10, 5}, {min, max, 64}, {min, max, 2},
                {min + 1, max, 7}, {min, max - 1, 63}, {0, max, 64}, {min, 0, 64}, {max - 64, max, 64}, {min, min + 64, 64}};
        for (long[] c : cases) {
            long lower = c[0];
            long upper = c[1];
            int n = (int) c[2];
            long[] boundaries = ColumnRangePlanner.boundaries(lower, upper, n);
            assertThat(boundaries).as("boundaries of (%d, %d, %d)", lower, upper, n).hasSize(n - 1);
            assertThat(boundaries[0]).as("first boundary of (%d, %d, %d)", lower, upper, n).isGreaterThan(lower);
            for (int i = 1; i < boundaries.length; i++) {
                assertThat(boundaries[i]).as("boundary %d of (%d, %d, %d)", i, lower, upper, n)
                        .isGreaterThan(boundaries[i - 1]);
            }
            assertThat(boundaries[boundaries.length - 1]).as("last boundary of (%d, %d, %d)", lower, upper, n)
                    .isLessThanOrEqualTo(upper);
            assertThat(sparkWheres(plan(lower, upper, n))).as("(%d, %d, %d)", lower, upper, n)
                    .isEqualTo(SparkColumnPartition.whereClauses("id", lower, upper, n));
        }
    }

    /**
     * Bounds 3 apart around 10^18 * 3: lower/3 has 18 integer digits and upper/3 has 19, so their 34-digit
     * quotients keep different numbers of decimals and the stride comes out as 0.9999999999999997, which
     * truncates to 0. Spark then divides by zero; the planner reports the bounds instead of an
     * ArithmeticException.
     */
    @Test
    void boundsWhoseStrideRoundsToZeroAreAnErrorNamingThem() {
        long lower = 2_999_999_999_999_999_998L;
        long upper = 3_000_000_000_000_000_001L;
        assertThatThrownBy(() -> SparkColumnPartition.whereClauses("id", lower, upper, 3))
                .isInstanceOf(ArithmeticException.class);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> plan(lower, upper, 3));
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .contains("'id'")
                .contains(Long.toString(lower))
                .contains(Long.toString(upper))
                .contains("zero")
                .contains("numPartitions");
        assertThatThrownBy(() -> ColumnRangePlanner.boundaries(lower, upper, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
    }

    @Test
    void agreesWithTheSparkReferenceOnRandomBounds() {
        Random random = new Random(20240131);
        long[] interesting = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_000_007L, -65, -1, 0, 1, 2, 3, 7, 64, 65,
                999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (int trial = 0; trial < 3000; trial++) {
            long a = switch (trial % 4) {
                case 0 -> interesting[random.nextInt(interesting.length)];
                case 1 -> random.nextLong();
                default -> random.nextInt(2001) - 1000;
            };
            long b = switch (trial % 3) {
                case 0 -> interesting[random.nextInt(interesting.length)];
                case 1 -> random.nextLong();
                default -> a + random.nextInt(200);
            };
            long lower = Math.min(a, b);
            long upper = Math.max(a, b);
            int n = 1 + random.nextInt(64);
            List<String> expected;
            try {
                expected = SparkColumnPartition.whereClauses("id", lower, upper, n);
            } catch (ArithmeticException sparkFails) {
                assertThatThrownBy(() -> plan(lower, upper, n)).isInstanceOf(ConnectorException.class);
                continue;
            }
            assertThat(sparkWheres(plan(lower, upper, n))).as("(%d, %d, %d)", lower, upper, n).isEqualTo(expected);
        }
    }

    @Test
    void dateBoundsAreEpochDays() {
        Field day = Field.of("day", DataType.DATE);

        List<Split> splits = plan(day, "2024-01-01", "2024-03-31", 5);

        assertThat(splits).extracting(Split::predicate).containsExactly(
                Predicate.or(Predicate.lt("day", LocalDate.of(2024, 1, 19)), Predicate.isNull("day")),
                Predicate.and(Predicate.ge("day", LocalDate.of(2024, 1, 19)), Predicate.lt("day", LocalDate.of(2024, 2, 6))),
                Predicate.and(Predicate.ge("day", LocalDate.of(2024, 2, 6)), Predicate.lt("day", LocalDate.of(2024, 2, 24))),
                Predicate.and(Predicate.ge("day", LocalDate.of(2024, 2, 24)), Predicate.lt("day", LocalDate.of(2024, 3, 13))),
                Predicate.ge("day", LocalDate.of(2024, 3, 13)));
        assertThat(splits.get(1).predicate().toString()).isEqualTo("day >= DATE '2024-01-19' AND day < DATE '2024-02-06'");
    }

    @Test
    void aDateBoundMayCarryATimeWhichIsIgnoredAsSparkDoes() {
        Field day = Field.of("day", DataType.DATE);
        assertThat(plan(day, "2024-01-01T23:59:59", "2024-03-31 08:00:00", 5))
                .isEqualTo(plan(day, "2024-01-01", "2024-03-31", 5));
    }

    @Test
    void localTimestampBoundsAreReadInTheGivenZone() {
        Field at = Field.of("at", DataType.TIMESTAMP);
        PartitioningSpec.ColumnRange spec = new PartitioningSpec.ColumnRange(
                "at", "2024-01-01 00:00:00", "2024-01-01 04:00:00", 4);

        List<Split> newYork = ColumnRangePlanner.plan(spec, at, ZoneId.of("America/New_York"));
        List<Split> utc = ColumnRangePlanner.plan(spec, at, ZoneOffset.UTC);

        assertThat(newYork).extracting(Split::predicate).containsExactly(
                Predicate.or(Predicate.lt("at", Instant.parse("2024-01-01T06:00:00Z")), Predicate.isNull("at")),
                Predicate.and(Predicate.ge("at", Instant.parse("2024-01-01T06:00:00Z")),
                        Predicate.lt("at", Instant.parse("2024-01-01T07:00:00Z"))),
                Predicate.and(Predicate.ge("at", Instant.parse("2024-01-01T07:00:00Z")),
                        Predicate.lt("at", Instant.parse("2024-01-01T08:00:00Z"))),
                Predicate.ge("at", Instant.parse("2024-01-01T08:00:00Z")));
        assertThat(utc).extracting(Split::predicate).containsExactly(
                Predicate.or(Predicate.lt("at", Instant.parse("2024-01-01T01:00:00Z")), Predicate.isNull("at")),
                Predicate.and(Predicate.ge("at", Instant.parse("2024-01-01T01:00:00Z")),
                        Predicate.lt("at", Instant.parse("2024-01-01T02:00:00Z"))),
                Predicate.and(Predicate.ge("at", Instant.parse("2024-01-01T02:00:00Z")),
                        Predicate.lt("at", Instant.parse("2024-01-01T03:00:00Z"))),
                Predicate.ge("at", Instant.parse("2024-01-01T03:00:00Z")));
        // T instead of a space, and a bare date (midnight in the zone), mean the same.
        assertThat(ColumnRangePlanner.plan(new PartitioningSpec.ColumnRange("at", "2024-01-01T00:00", "2024-01-01T04:00", 4),
                at, ZoneId.of("America/New_York"))).isEqualTo(newYork);
        assertThat(ColumnRangePlanner.plan(new PartitioningSpec.ColumnRange("at", "2024-01-01", "2024-01-01 04:00:00", 4),
                at, ZoneId.of("America/New_York"))).isEqualTo(newYork);
    }

    @Test
    void instantBoundsIgnoreTheZone() {
        Field at = Field.of("at", DataType.TIMESTAMP);
        PartitioningSpec.ColumnRange instants = new PartitioningSpec.ColumnRange(
                "at", "2024-01-01T00:00:00Z", "2024-01-01T04:00:00Z", 4);
        PartitioningSpec.ColumnRange offsets = new PartitioningSpec.ColumnRange(
                "at", "2024-01-01 02:00:00+02:00", "2024-01-01T06:00:00+02:00", 4);

        List<Split> utc = ColumnRangePlanner.plan(instants, at, ZoneOffset.UTC);

        assertThat(ColumnRangePlanner.plan(instants, at, ZoneId.of("Asia/Tokyo"))).isEqualTo(utc);
        assertThat(ColumnRangePlanner.plan(offsets, at, ZoneId.of("America/New_York"))).isEqualTo(utc);
        assertThat(utc.get(1).predicate()).isEqualTo(Predicate.and(
                Predicate.ge("at", Instant.parse("2024-01-01T01:00:00Z")),
                Predicate.lt("at", Instant.parse("2024-01-01T02:00:00Z"))));
    }

    @Test
    void timestampBoundsKeepMicroseconds() {
        Field at = Field.of("at", DataType.TIMESTAMP);
        List<Split> splits = plan(at, "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000003Z", 3);
        assertThat(splits).extracting(Split::predicate).containsExactly(
                Predicate.or(Predicate.lt("at", Instant.parse("1970-01-01T00:00:00.000001Z")), Predicate.isNull("at")),
                Predicate.and(Predicate.ge("at", Instant.parse("1970-01-01T00:00:00.000001Z")),
                        Predicate.lt("at", Instant.parse("1970-01-01T00:00:00.000002Z"))),
                Predicate.ge("at", Instant.parse("1970-01-01T00:00:00.000002Z")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LONG      | abc        | 10         | lowerBound | a whole number",
            "LONG      | 0          | 1e3        | upperBound | a whole number",
            "INT       | 1.5        | 10         | lowerBound | a whole number",
            "DOUBLE    | 0.5        | 10         | lowerBound | a whole number",
            "DECIMAL   | 0          | 10.25      | upperBound | a whole number",
            "DATE      | 2024-13-01 | 2024-12-31 | lowerBound | a date",
            "DATE      | 2024-01-01 | yesterday  | upperBound | a date",
            "TIMESTAMP | 2024-01-01 | 24:00      | upperBound | a timestamp",
            "TIMESTAMP | noon       | 2024-01-02 | lowerBound | a timestamp",
    })
    void boundsThatDoNotParseAreAnErrorNamingTheOption(String type, String lower, String upper, String option, String expected) {
        Field column = Field.of("c", DataType.parse(type));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> plan(column, lower, upper, 4));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .startsWith("option '" + option + "' must be " + expected)
                .contains(option.equals("lowerBound") ? "'" + lower + "'" : "'" + upper + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRING", "BOOLEAN", "BINARY", "LIST<LONG>"})
    void columnsWithoutAnOrderedNumberOrDateAreRejectedSuggestingHashfield(String type) {
        Field column = Field.of("code", DataType.parse(type));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> plan(column, "0", "10", 2));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .contains("partitionColumn 'code'")
                .contains(DataType.parse(type).typeName())
                .contains("numeric, DATE or TIMESTAMP")
                .contains("'hashfield'");
    }

    @Test
    void doubleAndDecimalColumnsTakeWholeNumberBoundsAndSplitFractionalValues() {
        for (DataType type : List.of(DataType.DOUBLE, DataType.FLOAT, DataType.decimal(10, 3))) {
            Field amount = Field.of("amount", type);
            EntitySchema schema = EntitySchema.builder("t").field(amount).build();
            List<Split> splits = plan(amount, "0", "100", 3);
            assertThat(sparkWheres(splits)).as(type.typeName())
                    .containsExactly("amount < 33 or amount is null", "amount >= 33 AND amount < 66", "amount >= 66");

            Object[] values = type.kind() == DataType.Kind.DECIMAL
                    ? new Object[] {new BigDecimal("32.999"), new BigDecimal("33.000"), new BigDecimal("65.999"), new BigDecimal("66.000")}
                    : type.kind() == DataType.Kind.FLOAT
                    ? new Object[] {32.999f, 33.0f, 65.999f, 66.0f}
                    : new Object[] {32.999, 33.0, 65.999, 66.0};
            int[] expectedSplit = {0, 1, 1, 2};
            for (int v = 0; v < values.length; v++) {
                Row row = Row.of(values[v]);
                for (Split split : splits) {
                    assertThat(PredicateEvaluator.compile(split.predicate(), schema).test(row))
                            .as("%s %s in split %d", type.typeName(), values[v], split.index())
                            .isEqualTo(split.index() == expectedSplit[v]);
                }
            }
        }
    }

    @Test
    void integralColumnsOfEveryWidthArePartitioned() {
        for (DataType type : List.of(DataType.BYTE, DataType.SHORT, DataType.INT)) {
            Field column = Field.of("n", type);
            assertThat(sparkWheres(plan(column, "-100", "100", 4))).as(type.typeName())
                    .containsExactly("n < -50 or n is null", "n >= -50 AND n < 0", "n >= 0 AND n < 50", "n >= 50");
        }
    }

    @Test
    void theSplitPredicatesUseTheSchemaSpellingOfTheColumn() {
        Field column = Field.of("OrderId", DataType.LONG);
        List<Split> splits = ColumnRangePlanner.plan(
                new PartitioningSpec.ColumnRange("orderid", "0", "100", 2), column, ZoneOffset.UTC);
        assertThat(splits.get(0).predicate().columns()).containsExactly("OrderId");
    }
}
