package dev.dovetail.spark;

import dev.dovetail.api.predicate.Predicate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.Expressions;
import org.apache.spark.sql.connector.expressions.LiteralValue;
import org.apache.spark.sql.connector.expressions.filter.AlwaysFalse;
import org.apache.spark.sql.connector.expressions.filter.AlwaysTrue;
import org.apache.spark.sql.connector.expressions.filter.And;
import org.apache.spark.sql.connector.expressions.filter.Not;
import org.apache.spark.sql.connector.expressions.filter.Or;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark's V2 predicates into the API's AST, and those that stay with Spark. */
class SparkPredicatesTest {
    private static Expression column(String name) {
        return Expressions.column(name);
    }

    private static Expression literal(Object value, org.apache.spark.sql.types.DataType type) {
        return new LiteralValue<>(value, type);
    }

    private static org.apache.spark.sql.connector.expressions.filter.Predicate spark(String name, Expression... children) {
        return new org.apache.spark.sql.connector.expressions.filter.Predicate(name, children);
    }

    private static Optional<Predicate> translate(org.apache.spark.sql.connector.expressions.filter.Predicate predicate) {
        return SparkPredicates.translate(predicate);
    }

    @Test
    void translatesComparisonsWithTheColumnOnEitherSide() {
        assertThat(translate(spark("=", column("id"), literal(5, DataTypes.IntegerType)))).contains(Predicate.eq("id", 5L));
        assertThat(translate(spark("<>", column("id"), literal(5L, DataTypes.LongType)))).contains(Predicate.ne("id", 5L));
        assertThat(translate(spark("<", literal(5, DataTypes.IntegerType), column("id")))).contains(Predicate.gt("id", 5L));
        assertThat(translate(spark(">=", literal(5, DataTypes.IntegerType), column("id")))).contains(Predicate.le("id", 5L));
        assertThat(translate(spark("<=", column("score"), literal(1.5f, DataTypes.FloatType)))).contains(Predicate.le("score", 1.5));
    }

    @Test
    void convertsLiteralsFromCatalystsForm() {
        assertThat(translate(spark("=", column("name"), literal(UTF8String.fromString("ada"), DataTypes.StringType))))
                .contains(Predicate.eq("name", "ada"));
        assertThat(translate(spark("=", column("amount"), literal(Decimal.apply(new BigDecimal("2.50")),
                DataTypes.createDecimalType(10, 2))))).contains(Predicate.eq("amount", new BigDecimal("2.50")));
        assertThat(translate(spark(">", column("day"), literal(19_723, DataTypes.DateType))))
                .contains(Predicate.gt("day", LocalDate.of(2024, 1, 1)));
        assertThat(translate(spark(">", column("at"), literal(1_704_067_200_000_001L, DataTypes.TimestampType))))
                .contains(Predicate.gt("at", Instant.parse("2024-01-01T00:00:00.000001Z")));
        assertThat(translate(spark("=", column("flag"), literal(true, DataTypes.BooleanType)))).contains(Predicate.eq("flag", true));
    }

    @Test
    void translatesNullTestsInAndStringMatches() {
        assertThat(translate(spark("IS_NULL", column("a")))).contains(Predicate.isNull("a"));
        assertThat(translate(spark("IS_NOT_NULL", column("a")))).contains(Predicate.isNotNull("a"));
        assertThat(translate(spark("IN", column("a"), literal(1, DataTypes.IntegerType), literal(2, DataTypes.IntegerType))))
                .contains(Predicate.in("a", 1L, 2L));
        UTF8String text = UTF8String.fromString("x");
        assertThat(translate(spark("STARTS_WITH", column("s"), literal(text, DataTypes.StringType)))).contains(Predicate.startsWith("s", "x"));
        assertThat(translate(spark("ENDS_WITH", column("s"), literal(text, DataTypes.StringType)))).contains(Predicate.endsWith("s", "x"));
        assertThat(translate(spark("CONTAINS", column("s"), literal(text, DataTypes.StringType)))).contains(Predicate.contains("s", "x"));
    }

    @Test
    void nullSafeEqualityIsTwoValued() {
        assertThat(translate(spark("<=>", column("a"), literal(null, DataTypes.IntegerType)))).contains(Predicate.isNull("a"));
        assertThat(translate(spark("<=>", literal(3, DataTypes.IntegerType), column("a"))))
                .contains(Predicate.and(Predicate.isNotNull("a"), Predicate.eq("a", 3L)));
    }

    @Test
    void translatesConnectivesAndConstants() {
        var eq = spark("=", column("a"), literal(1, DataTypes.IntegerType));
        var isNull = spark("IS_NULL", column("b"));
        assertThat(translate(new And(eq, isNull))).contains(Predicate.and(Predicate.eq("a", 1L), Predicate.isNull("b")));
        assertThat(translate(new Or(eq, isNull))).contains(Predicate.or(Predicate.eq("a", 1L), Predicate.isNull("b")));
        assertThat(translate(new Not(eq))).contains(Predicate.not(Predicate.eq("a", 1L)));
        assertThat(translate(new AlwaysTrue())).contains(Predicate.alwaysTrue());
        assertThat(translate(new AlwaysFalse())).contains(Predicate.alwaysFalse());
    }

    @Test
    void leavesToSparkWhatTheApiCannotSay() {
        assertThat(translate(spark("=", column("a"), column("b")))).as("column to column").isEmpty();
        assertThat(translate(spark("=", Expressions.column("a.b"), literal(1, DataTypes.IntegerType)))).as("nested").isEmpty();
        assertThat(translate(spark("=", column("a"), literal(null, DataTypes.IntegerType)))).as("NULL literal").isEmpty();
        assertThat(translate(spark("IN", column("a"), literal(1, DataTypes.IntegerType), literal(null, DataTypes.IntegerType))))
                .as("NULL in IN").isEmpty();
        assertThat(translate(spark("=", column("a"), literal(new byte[] {1}, DataTypes.BinaryType)))).as("binary").isEmpty();
        assertThat(translate(new And(spark("=", column("a"), column("b")), spark("IS_NULL", column("c")))))
                .as("an AND with an untranslatable side").isEmpty();
        assertThat(translate(spark("LIKE_SOMETHING", column("a")))).as("unknown").isEmpty();
    }
}
