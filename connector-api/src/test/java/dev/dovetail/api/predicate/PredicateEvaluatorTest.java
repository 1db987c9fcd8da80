package dev.dovetail.api.predicate;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.between;
import static dev.dovetail.api.predicate.Predicate.eq;
import static dev.dovetail.api.predicate.Predicate.ge;
import static dev.dovetail.api.predicate.Predicate.gt;
import static dev.dovetail.api.predicate.Predicate.in;
import static dev.dovetail.api.predicate.Predicate.le;
import static dev.dovetail.api.predicate.Predicate.lt;
import static dev.dovetail.api.predicate.Predicate.ne;
import static dev.dovetail.api.predicate.Predicate.not;
import static dev.dovetail.api.predicate.Predicate.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PredicateEvaluatorTest {

    private static EntitySchema schema(String name, DataType type) {
        return EntitySchema.builder("t").field(name, type).build();
    }

    /** The rows among {@code values} (one column {@code v} of {@code type}) that pass {@code predicate}. */
    private static List<Object> passing(DataType type, Predicate predicate, Object... values) {
        CompiledPredicate compiled = PredicateEvaluator.compile(predicate, schema("v", type));
        return Arrays.stream(values).filter(value -> compiled.test(Row.of(value))).toList();
    }

    private static Truth truth(DataType type, Predicate predicate, Object value) {
        return PredicateEvaluator.compile(predicate, schema("v", type)).evaluate(Row.of(value));
    }

    private static ConnectorException compileFailure(Predicate predicate, EntitySchema schema) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> PredicateEvaluator.compile(predicate, schema));
        assertThat(failure).as("compiling %s", predicate).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        return failure;
    }

    // ---- three-valued logic ----

    private static final EntitySchema AB = EntitySchema.builder("t").field("a", DataType.LONG).field("b", DataType.LONG).build();
    private static final Predicate A = eq("a", 1);
    private static final Predicate B = eq("b", 1);

    /** A value of column a or b giving TRUE, FALSE or UNKNOWN for {@code = 1}. */
    private static Long valueFor(Truth truth) {
        return switch (truth) {
            case TRUE -> 1L;
            case FALSE -> 2L;
            case UNKNOWN -> null;
        };
    }

    @Test
    void andFollowsSqlsTruthTable() {
        Truth[][] table = {
                // AND   TRUE           FALSE        UNKNOWN
                /* T */ {Truth.TRUE, Truth.FALSE, Truth.UNKNOWN},
                /* F */ {Truth.FALSE, Truth.FALSE, Truth.FALSE},
                /* U */ {Truth.UNKNOWN, Truth.FALSE, Truth.UNKNOWN}};
        assertTruthTable(and(A, B), table);
    }

    @Test
    void orFollowsSqlsTruthTable() {
        Truth[][] table = {
                // OR    TRUE        FALSE          UNKNOWN
                /* T */ {Truth.TRUE, Truth.TRUE, Truth.TRUE},
                /* F */ {Truth.TRUE, Truth.FALSE, Truth.UNKNOWN},
                /* U */ {Truth.TRUE, Truth.UNKNOWN, Truth.UNKNOWN}};
        assertTruthTable(or(A, B), table);
    }

    private static void assertTruthTable(Predicate predicate, Truth[][] table) {
        CompiledPredicate compiled = PredicateEvaluator.compile(predicate, AB);
        Truth[] order = {Truth.TRUE, Truth.FALSE, Truth.UNKNOWN};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Row row = Row.of(valueFor(order[i]), valueFor(order[j]));
                assertThat(compiled.evaluate(row)).as("%s with a %s and b %s", predicate, order[i], order[j])
                        .isEqualTo(table[i][j]);
                assertThat(compiled.test(row)).isEqualTo(table[i][j] == Truth.TRUE);
            }
        }
    }

    @Test
    void notOfUnknownIsUnknownAndDoesNotPass() {
        CompiledPredicate notFive = PredicateEvaluator.compile(not(eq("a", 5)), AB);

        assertThat(notFive.evaluate(Row.of(null, 0L))).isEqualTo(Truth.UNKNOWN);
        assertThat(notFive.test(Row.of(null, 0L))).isFalse();
        assertThat(notFive.evaluate(Row.of(5L, 0L))).isEqualTo(Truth.FALSE);
        assertThat(notFive.evaluate(Row.of(6L, 0L))).isEqualTo(Truth.TRUE);
        // x != 5 is not the same as NOT(x = 5) OR x IS NULL
        assertThat(PredicateEvaluator.compile(ne("a", 5), AB).test(Row.of(null, 0L))).isFalse();
        // Over a three-valued OR, NOT keeps unknown unknown: NOT(a = 1 OR b = 1) with a NULL, b = 2.
        assertThat(PredicateEvaluator.compile(not(or(A, B)), AB).evaluate(Row.of(null, 2L))).isEqualTo(Truth.UNKNOWN);
        assertThat(PredicateEvaluator.compile(not(or(A, B)), AB).evaluate(Row.of(null, 1L))).isEqualTo(Truth.FALSE);
    }

    @Test
    void isNullAndIsNotNullAreNeverUnknown() {
        assertThat(truth(DataType.LONG, Predicate.isNull("v"), null)).isEqualTo(Truth.TRUE);
        assertThat(truth(DataType.LONG, Predicate.isNull("v"), 1L)).isEqualTo(Truth.FALSE);
        assertThat(truth(DataType.STRING, Predicate.isNotNull("v"), null)).isEqualTo(Truth.FALSE);
        assertThat(truth(DataType.STRING, Predicate.isNotNull("v"), "x")).isEqualTo(Truth.TRUE);
        assertThat(truth(DataType.LONG, Predicate.alwaysTrue(), null)).isEqualTo(Truth.TRUE);
        assertThat(truth(DataType.LONG, Predicate.alwaysFalse(), null)).isEqualTo(Truth.FALSE);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.Kind.class, names = {"BOOLEAN", "BYTE", "SHORT", "INT", "LONG", "FLOAT", "DOUBLE",
            "DECIMAL", "STRING", "DATE", "TIMESTAMP"})
    void aComparisonWithNullIsUnknownForEveryKind(DataType.Kind kind) {
        DataType type = kind == DataType.Kind.DECIMAL ? DataType.decimal(10, 2) : DataType.parse(kind.name());
        Object literal = switch (kind) {
            case BOOLEAN -> true;
            case STRING -> "x";
            case DATE -> LocalDate.EPOCH;
            case TIMESTAMP -> Instant.EPOCH;
            default -> 1;
        };
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            assertThat(truth(type, Predicate.compare("v", operator, literal), null)).as("%s %s", kind, operator)
                    .isEqualTo(Truth.UNKNOWN);
        }
        assertThat(truth(type, in("v", literal), null)).isEqualTo(Truth.UNKNOWN);
        if (kind != DataType.Kind.BOOLEAN) {
            assertThat(truth(type, between("v", literal, literal), null)).isEqualTo(Truth.UNKNOWN);
        }
    }

    // ---- every kind ----

    @Test
    void booleans() {
        assertThat(passing(DataType.BOOLEAN, eq("v", true), true, false, null)).containsExactly(true);
        assertThat(passing(DataType.BOOLEAN, eq("v", "FALSE"), true, false)).containsExactly(false);
        assertThat(passing(DataType.BOOLEAN, ne("v", true), true, false)).containsExactly(false);
        assertThat(passing(DataType.BOOLEAN, in("v", true, false), true, false, null)).containsExactly(true, false);
    }

    @Test
    void integralKindsCompareAsNumbers() {
        Object[][] values = {
                {(byte) -128, (byte) -1, (byte) 0, (byte) 5, (byte) 127},
                {(short) -300, (short) -1, (short) 0, (short) 5, (short) 300},
                {Integer.MIN_VALUE, -1, 0, 5, Integer.MAX_VALUE},
                {Long.MIN_VALUE, -1L, 0L, 5L, Long.MAX_VALUE}};
        DataType[] types = {DataType.BYTE, DataType.SHORT, DataType.INT, DataType.LONG};
        for (int t = 0; t < types.length; t++) {
            DataType type = types[t];
            Object[] v = values[t];
            assertThat(passing(type, eq("v", 5), v)).as(type.typeName()).containsExactly(v[3]);
            assertThat(passing(type, ne("v", 5), v)).containsExactly(v[0], v[1], v[2], v[4]);
            assertThat(passing(type, lt("v", 0), v)).containsExactly(v[0], v[1]);
            assertThat(passing(type, le("v", 0), v)).containsExactly(v[0], v[1], v[2]);
            assertThat(passing(type, gt("v", 0), v)).containsExactly(v[3], v[4]);
            assertThat(passing(type, ge("v", 5), v)).containsExactly(v[3], v[4]);
            assertThat(passing(type, in("v", 5, -1, 42), v)).containsExactly(v[1], v[3]);
            assertThat(passing(type, between("v", -1, 5), v)).containsExactly(v[1], v[2], v[3]);
            assertThat(passing(type, eq("v", "5"), v)).as("a numeric string").containsExactly(v[3]);
        }
    }

    @Test
    void fractionalLiteralsAgainstIntegralColumnsCompareNumerically() {
        Object[] ints = {4, 5, 6, 7};
        assertThat(passing(DataType.INT, gt("v", 5.5), ints)).containsExactly(6, 7);
        assertThat(passing(DataType.INT, le("v", 5.5), ints)).containsExactly(4, 5);
        assertThat(passing(DataType.INT, eq("v", 5.5), ints)).isEmpty();
        assertThat(passing(DataType.INT, ne("v", 5.5), ints)).containsExactly(ints);
        assertThat(passing(DataType.INT, eq("v", 5.0), ints)).containsExactly(5);
        assertThat(passing(DataType.INT, gt("v", new BigDecimal("5.000")), ints)).containsExactly(6, 7);
        assertThat(passing(DataType.INT, in("v", 5.5, 6, new BigDecimal("7.0")), ints)).containsExactly(6, 7);
        assertThat(passing(DataType.INT, between("v", 4.5, 6.5), ints)).containsExactly(5, 6);
        assertThat(passing(DataType.INT, gt("v", "5.5"), ints)).containsExactly(6, 7);
        // Literals beyond the column's range compare correctly too.
        assertThat(passing(DataType.INT, lt("v", 3_000_000_000L), ints)).containsExactly(ints);
        assertThat(passing(DataType.BYTE, gt("v", 1000), (byte) 127)).isEmpty();
        assertThat(passing(DataType.LONG, lt("v", new BigDecimal("1e30")), Long.MAX_VALUE)).containsExactly(Long.MAX_VALUE);
        assertThat(passing(DataType.LONG, gt("v", new BigDecimal("-1e30")), Long.MIN_VALUE)).containsExactly(Long.MIN_VALUE);
        assertThat(passing(DataType.LONG, in("v", new BigDecimal("1e30"), 1), 1L, 2L)).containsExactly(1L);
    }

    @Test
    void floatingKinds() {
        Object[] doubles = {-1.5, 0.0, 0.1, 2.5, Double.NaN};
        assertThat(passing(DataType.DOUBLE, gt("v", 0), doubles)).containsExactly(0.1, 2.5, Double.NaN);
        assertThat(passing(DataType.DOUBLE, eq("v", 0.1), doubles)).containsExactly(0.1);
        assertThat(passing(DataType.DOUBLE, in("v", 2.5, -1.5), doubles)).containsExactly(-1.5, 2.5);
        assertThat(passing(DataType.DOUBLE, between("v", "-2", 1), doubles)).containsExactly(-1.5, 0.0, 0.1);
        // NaN equals NaN and is above every number, as in Spark.
        assertThat(passing(DataType.DOUBLE, eq("v", Double.NaN), doubles)).containsExactly(Double.NaN);

        Object[] floats = {-1.5f, 0.1f, 2.5f};
        assertThat(passing(DataType.FLOAT, eq("v", 0.1), floats)).as("0.1 is compared as a float").containsExactly(0.1f);
        assertThat(passing(DataType.FLOAT, gt("v", 0.1f), floats)).containsExactly(2.5f);
        assertThat(passing(DataType.FLOAT, in("v", 0.1, 2.5), floats)).containsExactly(0.1f, 2.5f);
        assertThat(passing(DataType.FLOAT, le("v", 0), floats)).containsExactly(-1.5f);
    }

    @Test
    void negativeZeroEqualsZeroAsInSql() {
        assertThat(passing(DataType.DOUBLE, eq("v", 0.0), -0.0, 0.0)).containsExactly(-0.0, 0.0);
        assertThat(passing(DataType.DOUBLE, lt("v", 0.0), -0.0, 0.0)).isEmpty();
        assertThat(passing(DataType.DOUBLE, in("v", -0.0, 7.0), -0.0, 0.0)).containsExactly(-0.0, 0.0);
        assertThat(passing(DataType.FLOAT, eq("v", -0.0), -0.0f, 0.0f)).containsExactly(-0.0f, 0.0f);
    }

    @Test
    void decimalsCompareByValueWhateverTheScale() {
        Object[] values = {new BigDecimal("-1.00"), new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("10")};
        DataType type = DataType.decimal(10, 2);
        assertThat(passing(type, eq("v", new BigDecimal("1.500")), values)).containsExactly(values[1], values[2]);
        assertThat(passing(type, eq("v", 1.5), values)).containsExactly(values[1], values[2]);
        assertThat(passing(type, eq("v", "1.5"), values)).containsExactly(values[1], values[2]);
        assertThat(passing(type, gt("v", 1), values)).containsExactly(values[1], values[2], values[3]);
        assertThat(passing(type, in("v", -1, "10.0"), values)).containsExactly(values[0], values[3]);
        assertThat(passing(type, between("v", 0, 2), values)).containsExactly(values[1], values[2]);
    }

    @Test
    void stringsCompareByUtf16CodeUnit() {
        Object[] values = {"", "B", "a", "ab", "b", "\uD83D\uDE00", "\uFFFF"};
        assertThat(passing(DataType.STRING, lt("v", "a"), values)).containsExactly("", "B");
        assertThat(passing(DataType.STRING, ge("v", "b"), values)).containsExactly("b", "\uD83D\uDE00", "\uFFFF");
        assertThat(passing(DataType.STRING, eq("v", "ab"), values)).containsExactly("ab");
        assertThat(passing(DataType.STRING, in("v", "B", "b", "zz"), values)).containsExactly("B", "b");
        assertThat(passing(DataType.STRING, between("v", "a", "b"), values)).containsExactly("a", "ab", "b");
        assertThat(passing(DataType.STRING, ne("v", ""), values)).hasSize(values.length - 1);
    }

    @Test
    void stringMatchesAreCaseSensitiveAndUnknownOnNull() {
        Object[] values = {"Apple pie", "apple", "pineapple", "grape", null};
        assertThat(passing(DataType.STRING, Predicate.startsWith("v", "apple"), values)).containsExactly("apple");
        assertThat(passing(DataType.STRING, Predicate.contains("v", "apple"), values)).containsExactly("apple", "pineapple");
        assertThat(passing(DataType.STRING, Predicate.endsWith("v", "pe"), values)).containsExactly("grape");
        assertThat(passing(DataType.STRING, Predicate.contains("v", ""), values)).hasSize(4);
        assertThat(truth(DataType.STRING, Predicate.contains("v", "x"), null)).isEqualTo(Truth.UNKNOWN);
        assertThat(truth(DataType.STRING, not(Predicate.contains("v", "x")), null)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void datesCompareWithDatesAndDateStrings() {
        Object[] days = {LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1)};
        assertThat(passing(DataType.DATE, eq("v", "2024-01-31"), days)).containsExactly(days[1]);
        assertThat(passing(DataType.DATE, ge("v", LocalDate.of(2024, 1, 1)), days)).containsExactly(days[1], days[2]);
        assertThat(passing(DataType.DATE, lt("v", " 2024-01-31 "), days)).containsExactly(days[0]);
        assertThat(passing(DataType.DATE, in("v", "2023-12-31", LocalDate.of(2024, 2, 1)), days)).containsExactly(days[0], days[2]);
        assertThat(passing(DataType.DATE, between("v", "2024-01-01", "2024-12-31"), days)).containsExactly(days[1], days[2]);
    }

    @Test
    void timestampsCompareWithInstantsStringsAndDates() {
        Instant before = Instant.parse("2024-01-30T23:59:59.999999Z");
        Instant midnight = Instant.parse("2024-01-31T00:00:00Z");
        Instant later = Instant.parse("2024-01-31T10:15:30.000001Z");
        Object[] values = {before, midnight, later};

        assertThat(passing(DataType.TIMESTAMP, eq("v", midnight), values)).containsExactly(midnight);
        assertThat(passing(DataType.TIMESTAMP, ge("v", LocalDate.of(2024, 1, 31)), values)).as("a date is midnight UTC")
                .containsExactly(midnight, later);
        assertThat(passing(DataType.TIMESTAMP, gt("v", "2024-01-31T10:15:30Z"), values)).containsExactly(later);
        assertThat(passing(DataType.TIMESTAMP, lt("v", "2024-01-31 10:15:30"), values)).containsExactly(before, midnight);
        assertThat(passing(DataType.TIMESTAMP, lt("v", "2024-01-31T12:15:30+02:00"), values)).containsExactly(before, midnight);
        assertThat(passing(DataType.TIMESTAMP, eq("v", "2024-01-31"), values)).containsExactly(midnight);
        assertThat(passing(DataType.TIMESTAMP, in("v", later, "2024-01-31T00:00:00Z"), values)).containsExactly(midnight, later);
        assertThat(passing(DataType.TIMESTAMP, between("v", before, midnight), values)).containsExactly(before, midnight);
        // Sub-microsecond digits of a literal are truncated, as the column holds microseconds.
        assertThat(passing(DataType.TIMESTAMP, eq("v", midnight.plusNanos(999)), values)).containsExactly(midnight);
    }

    // ---- errors ----

    @Test
    void aStringColumnComparedWithANumberIsAnError() {
        ConnectorException failure = compileFailure(eq("name", 5), schema("name", DataType.STRING));
        assertThat(failure.getMessage())
                .isEqualTo("cannot compare column 'name' of type STRING with Long 5; give a quoted string");
        assertThat(compileFailure(in("name", "a", 5), schema("name", DataType.STRING)).getMessage())
                .contains("column 'name'");
    }

    @Test
    void valuesThatDoNotFitTheColumnAreErrorsNamingColumnTypeAndValue() {
        assertThat(compileFailure(eq("day", "yesterday"), schema("day", DataType.DATE)).getMessage())
                .isEqualTo("cannot compare column 'day' of type DATE with String yesterday; give a date such as 2024-01-31");
        assertThat(compileFailure(eq("day", Instant.EPOCH), schema("day", DataType.DATE)).getMessage())
                .contains("give a date such as 2024-01-31");
        assertThat(compileFailure(gt("at", 5), schema("at", DataType.TIMESTAMP)).getMessage())
                .isEqualTo("cannot compare column 'at' of type TIMESTAMP with Long 5; give a timestamp such as 2024-01-31T10:15:30Z");
        assertThat(compileFailure(gt("at", "noon"), schema("at", DataType.TIMESTAMP)).getMessage())
                .contains("give a timestamp such as 2024-01-31T10:15:30Z");
        assertThat(compileFailure(gt("at", Instant.MAX), schema("at", DataType.TIMESTAMP)).getMessage())
                .contains("column 'at' of type TIMESTAMP");
        assertThat(compileFailure(eq("n", "five"), schema("n", DataType.INT)).getMessage())
                .isEqualTo("cannot compare column 'n' of type INT with String five; give a number");
        assertThat(compileFailure(eq("n", true), schema("n", DataType.LONG)).getMessage()).contains("give a number");
        assertThat(compileFailure(eq("n", Double.NaN), schema("n", DataType.LONG)).getMessage()).contains("a finite number");
        assertThat(compileFailure(eq("flag", 1), schema("flag", DataType.BOOLEAN)).getMessage())
                .isEqualTo("cannot compare column 'flag' of type BOOLEAN with Long 1; give true or false");
        assertThat(compileFailure(eq("d", "x"), schema("d", DataType.decimal(5, 2))).getMessage()).contains("give a number");
        assertThat(compileFailure(eq("f", "x"), schema("f", DataType.DOUBLE)).getMessage()).contains("give a number");
    }

    @Test
    void binaryAndNestedColumnsCannotBeFiltered() {
        assertThat(compileFailure(eq("blob", "x"), schema("blob", DataType.BINARY)).getMessage())
                .isEqualTo("column 'blob' is BINARY, which cannot be filtered");
        assertThat(compileFailure(eq("tags", "x"), schema("tags", DataType.list(DataType.STRING))).getMessage())
                .isEqualTo("column 'tags' is LIST<STRING>, which cannot be filtered");
        // NULL tests need no value and work on any column.
        assertThat(PredicateEvaluator.compile(Predicate.isNull("blob"), schema("blob", DataType.BINARY))
                .test(Row.of((Object) null))).isTrue();
    }

    @Test
    void stringMatchesOnOtherKindsAreErrors() {
        assertThat(compileFailure(Predicate.contains("n", "1"), schema("n", DataType.LONG)).getMessage())
                .isEqualTo("column 'n' is LONG; CONTAINS applies only to strings");
    }

    @Test
    void unknownColumnsAreErrorsWithDidYouMean() {
        EntitySchema schema = EntitySchema.builder("orders").field("amount", DataType.LONG).field("status", DataType.STRING).build();
        assertThat(compileFailure(and(gt("amount", 1), eq("stauts", "x")), schema).getMessage())
                .isEqualTo("entity 'orders' has no column 'stauts'; did you mean 'status'? (its columns: amount, status)");
        assertThat(compileFailure(Predicate.isNull("amout"), schema).getMessage()).contains("did you mean 'amount'?");
        assertThat(compileFailure(Predicate.HashBucket.ofColumn("x", 2, 0), schema).getMessage()).contains("no column 'x'");
        // Columns resolve ignoring case.
        assertThat(PredicateEvaluator.compile(eq("AMOUNT", 1), schema).test(Row.of(1L, "x"))).isTrue();
    }

    @Test
    void nativeConditionsAndExpressionsCanOnlyBeEvaluatedByAConnector() {
        EntitySchema schema = schema("id", DataType.LONG);
        assertThat(compileFailure(and(eq("id", 1), Predicate.nativeCondition("id % 2 = 0")), schema).getMessage())
                .isEqualTo("the native condition (id % 2 = 0) can only be applied by a connector that pushes native conditions down");
        assertThat(compileFailure(Predicate.HashBucket.ofExpression("MOD(id, 3)", 3, 0), schema).getMessage())
                .isEqualTo("the hash expression 'MOD(id, 3)' can only be evaluated by a connector that pushes native conditions down");
    }

    // ---- hash buckets ----

    @Test
    void hashBucketsAreDeterministicAndDocumented() {
        assertBucket(DataType.LONG, 123_456_789_012L, Long.hashCode(123_456_789_012L));
        assertBucket(DataType.INT, -7, Long.hashCode(-7));
        assertBucket(DataType.STRING, "customer-42", "customer-42".hashCode());
        assertBucket(DataType.DOUBLE, 2.5, Double.hashCode(2.5));
        assertBucket(DataType.DATE, LocalDate.of(2024, 1, 31), Long.hashCode(LocalDate.of(2024, 1, 31).toEpochDay()));
        assertBucket(DataType.decimal(10, 3), new BigDecimal("1.500"), new BigDecimal("1.5").hashCode());
        assertBucket(DataType.decimal(10, 3), new BigDecimal("0.000"), 0);
        assertBucket(DataType.BINARY, new byte[] {1, 2, 3}, Arrays.hashCode(new byte[] {1, 2, 3}));
    }

    private static void assertBucket(DataType type, Object value, int hash) {
        for (int buckets : new int[] {1, 2, 7, 64}) {
            int expected = Math.floorMod(hash, buckets);
            for (int bucket = 0; bucket < buckets; bucket++) {
                boolean first = PredicateEvaluator.compile(Predicate.HashBucket.ofColumn("v", buckets, bucket), schema("v", type))
                        .test(Row.of(value));
                boolean again = PredicateEvaluator.compile(Predicate.HashBucket.ofColumn("v", buckets, bucket), schema("v", type))
                        .test(Row.of(value));
                assertThat(first).as("%s %s in bucket %d of %d", type.typeName(), value, bucket, buckets)
                        .isEqualTo(bucket == expected)
                        .isEqualTo(again);
            }
        }
    }

    @Test
    void nullIsAlwaysInBucketZeroNeverUnknown() {
        for (DataType type : List.of(DataType.LONG, DataType.STRING, DataType.DOUBLE, DataType.decimal(5, 1), DataType.BINARY)) {
            for (int buckets = 1; buckets <= 9; buckets++) {
                for (int bucket = 0; bucket < buckets; bucket++) {
                    Truth truth = truth(type, Predicate.HashBucket.ofColumn("v", buckets, bucket), null);
                    assertThat(truth).isEqualTo(bucket == 0 ? Truth.TRUE : Truth.FALSE);
                }
            }
        }
    }

    @Test
    void compiledPredicatesRenderTheirSource() {
        Predicate predicate = and(gt("v", 1), lt("v", 9));
        assertThat(PredicateEvaluator.compile(predicate, schema("v", DataType.LONG))).hasToString(predicate.toString());
    }

    @Test
    void literalCoercionIsPublicForPushingConnectors() {
        Field day = Field.of("day", DataType.DATE);
        assertThat(LiteralCoercion.coerce("2024-01-31", day)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(LiteralCoercion.coerce(5L, Field.of("n", DataType.INT))).isEqualTo(5);
        assertThat(LiteralCoercion.coerce(5L, Field.of("n", DataType.SHORT))).isEqualTo((short) 5);
        assertThat(LiteralCoercion.coerce(5L, Field.of("n", DataType.BYTE))).isEqualTo((byte) 5);
        assertThat(LiteralCoercion.coerce(300L, Field.of("n", DataType.BYTE))).isEqualTo(300L);
        assertThat(LiteralCoercion.coerce(5.5, Field.of("n", DataType.INT))).isEqualTo(5.5);
        assertThat(LiteralCoercion.coerce(5.0, Field.of("n", DataType.INT))).isEqualTo(5);
        assertThat(LiteralCoercion.coerce(2, Field.of("f", DataType.FLOAT))).isEqualTo(2.0f);
        assertThat(LiteralCoercion.coerce(LocalDate.of(2024, 1, 31), Field.of("t", DataType.TIMESTAMP)))
                .isEqualTo(Instant.parse("2024-01-31T00:00:00Z"));
        assertThat(LiteralCoercion.parseTimestamp("2024-01-31 10:15")).isEqualTo(Instant.parse("2024-01-31T10:15:00Z"));
        Function<String, Object> decimal = text -> LiteralCoercion.coerce(text, Field.of("d", DataType.decimal(5, 2)));
        assertThat(decimal.apply(" 1.25 ")).isEqualTo(new BigDecimal("1.25"));
    }
}
