package dev.dovetail.spark;

import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.Literal;
import org.apache.spark.sql.connector.expressions.NamedReference;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Translates Spark's DataSource V2 predicates into the API's predicate AST: {@code =}, {@code <>},
 * {@code <}, {@code <=}, {@code >}, {@code >=} (column against literal, either side), {@code <=>}
 * (null-safe equality: {@code IS NULL} against a NULL literal, else {@code IS NOT NULL AND =}),
 * {@code IS_NULL}, {@code IS_NOT_NULL}, {@code IN}, {@code AND}, {@code OR}, {@code NOT},
 * {@code STARTS_WITH}, {@code ENDS_WITH}, {@code CONTAINS}, {@code ALWAYS_TRUE} and {@code ALWAYS_FALSE}.
 *
 * <p>Anything else is not translated (empty), and the caller returns it to Spark, which evaluates it
 * after the scan: nested columns, column-to-column comparisons, expressions over columns, NULL literals
 * in comparisons or IN lists, and literals of types with no API counterpart (binary, intervals, ...).
 * Literals are converted from Catalyst's form (UTF8String, Decimal, epoch days, epoch microseconds).
 */
final class SparkPredicates {
    private SparkPredicates() {
    }

    /** The API predicate equal to {@code predicate}, or empty if it cannot be translated. */
    static Optional<Predicate> translate(org.apache.spark.sql.connector.expressions.filter.Predicate predicate) {
        Expression[] children = predicate.children();
        return switch (predicate.name()) {
            case "ALWAYS_TRUE" -> Optional.of(Predicate.alwaysTrue());
            case "ALWAYS_FALSE" -> Optional.of(Predicate.alwaysFalse());
            case "AND" -> both(children).map(operands -> Predicate.and(operands));
            case "OR" -> both(children).map(operands -> Predicate.or(operands));
            case "NOT" -> child(children, 0).map(Predicate::not);
            case "IS_NULL" -> column(children[0]).map(Predicate::isNull);
            case "IS_NOT_NULL" -> column(children[0]).map(Predicate::isNotNull);
            case "=" -> comparison(children, ComparisonOperator.EQUAL);
            case "<>" -> comparison(children, ComparisonOperator.NOT_EQUAL);
            case "<" -> comparison(children, ComparisonOperator.LESS_THAN);
            case "<=" -> comparison(children, ComparisonOperator.LESS_THAN_OR_EQUAL);
            case ">" -> comparison(children, ComparisonOperator.GREATER_THAN);
            case ">=" -> comparison(children, ComparisonOperator.GREATER_THAN_OR_EQUAL);
            case "<=>" -> nullSafeEqual(children);
            case "IN" -> in(children);
            case "STARTS_WITH" -> stringMatch(children, Predicate::startsWith);
            case "ENDS_WITH" -> stringMatch(children, Predicate::endsWith);
            case "CONTAINS" -> stringMatch(children, Predicate::contains);
            default -> Optional.empty();
        };
    }

    private static Optional<List<Predicate>> both(Expression[] children) {
        List<Predicate> operands = new ArrayList<>(children.length);
        for (int i = 0; i < children.length; i++) {
            Optional<Predicate> operand = child(children, i);
            if (operand.isEmpty()) {
                return Optional.empty();
            }
            operands.add(operand.get());
        }
        return Optional.of(operands);
    }

    private static Optional<Predicate> child(Expression[] children, int index) {
        return children[index] instanceof org.apache.spark.sql.connector.expressions.filter.Predicate nested
                ? translate(nested) : Optional.empty();
    }

    private static Optional<Predicate> comparison(Expression[] children, ComparisonOperator operator) {
        Optional<String> left = column(children[0]);
        if (left.isPresent()) {
            return literal(children[1]).map(value -> Predicate.compare(left.get(), operator, value));
        }
        // literal <op> column: the same comparison seen from the column's side
        Optional<String> right = column(children[1]);
        return right.flatMap(name -> literal(children[0]).map(value -> Predicate.compare(name, flip(operator), value)));
    }

    private static ComparisonOperator flip(ComparisonOperator operator) {
        return switch (operator) {
            case EQUAL, NOT_EQUAL -> operator;
            case LESS_THAN -> ComparisonOperator.GREATER_THAN;
            case LESS_THAN_OR_EQUAL -> ComparisonOperator.GREATER_THAN_OR_EQUAL;
            case GREATER_THAN -> ComparisonOperator.LESS_THAN;
            case GREATER_THAN_OR_EQUAL -> ComparisonOperator.LESS_THAN_OR_EQUAL;
        };
    }

    private static Optional<Predicate> nullSafeEqual(Expression[] children) {
        int columnSide = column(children[0]).isPresent() ? 0 : 1;
        Optional<String> name = column(children[columnSide]);
        Expression other = children[1 - columnSide];
        if (name.isEmpty() || !(other instanceof Literal<?> literal)) {
            return Optional.empty();
        }
        if (literal.value() == null) {
            return Optional.of(Predicate.isNull(name.get()));
        }
        // Two-valued: false, not unknown, for a NULL column, so NOT (a <=> v) keeps the NULL rows as Spark does.
        return literal(other).map(value -> Predicate.and(Predicate.isNotNull(name.get()), Predicate.eq(name.get(), value)));
    }

    private static Optional<Predicate> in(Expression[] children) {
        Optional<String> name = column(children[0]);
        if (name.isEmpty() || children.length < 2) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>(children.length - 1);
        for (int i = 1; i < children.length; i++) {
            Optional<Object> value = literal(children[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(Predicate.in(name.get(), values));
    }

    private interface StringTest {
        Predicate of(String column, String text);
    }

    private static Optional<Predicate> stringMatch(Expression[] children, StringTest test) {
        Optional<String> name = column(children[0]);
        Optional<Object> text = literal(children[1]);
        if (name.isEmpty() || text.isEmpty() || !(text.get() instanceof String string)) {
            return Optional.empty();
        }
        return Optional.of(test.of(name.get(), string));
    }

    /** A top-level column; nested fields ({@code a.b}) are not columns of an entity. */
    private static Optional<String> column(Expression expression) {
        if (expression instanceof NamedReference reference && reference.fieldNames().length == 1) {
            return Optional.of(reference.fieldNames()[0]);
        }
        return Optional.empty();
    }

    /** A non-NULL literal of a type the API has, in the API's form. */
    private static Optional<Object> literal(Expression expression) {
        if (!(expression instanceof Literal<?> literal) || literal.value() == null) {
            return Optional.empty();
        }
        Object value = literal.value();
        org.apache.spark.sql.types.DataType type = literal.dataType();
        if (type instanceof BooleanType || type instanceof ByteType || type instanceof ShortType
                || type instanceof IntegerType || type instanceof LongType || type instanceof FloatType
                || type instanceof DoubleType) {
            return Optional.of(value);
        } else if (type instanceof StringType) {
            return Optional.of(value.toString());
        } else if (type instanceof DecimalType) {
            BigDecimal decimal = ((Decimal) value).toJavaBigDecimal();
            return Optional.of(decimal);
        } else if (type instanceof DateType) {
            LocalDate date = Values.fromEpochDay((Integer) value);
            return Optional.of(date);
        } else if (type instanceof TimestampType) {
            return Optional.of(Values.fromEpochMicros((Long) value));
        }
        return Optional.empty();
    }
}
