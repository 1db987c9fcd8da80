package dev.dovetail.api.predicate;

import dev.dovetail.api.schema.Values;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A row filter, as an immutable, serializable tree. Spark's pushed filters, AppFlow's filter
 * expressions, split boundaries and job bookmarks are all translated into this one form; a connector
 * that pushes predicates down translates it into its own query language, and the runtime evaluates the
 * rest ({@link PredicateEvaluator}) with SQL's three-valued logic: a comparison with NULL is unknown,
 * and a row passes only when the whole predicate is true.
 *
 * <p>Values are normalised on construction (see {@link Values#normalizeLiteral}): integral numbers
 * become {@link Long}, floating ones {@link Double}; {@link java.math.BigDecimal}, {@link String},
 * {@link Boolean}, {@link LocalDate} and {@link Instant} stay as they are. Build predicates with the
 * static factories, which also simplify: {@code and(p, alwaysTrue())} is {@code p}.
 *
 * <p>{@link #toString()} renders SQL-like text for messages and split descriptions; it is not SQL to run.
 */
public sealed interface Predicate extends Serializable
        permits Predicate.Constant, Predicate.Comparison, Predicate.In, Predicate.IsNull, Predicate.IsNotNull,
        Predicate.Between, Predicate.StringMatch, Predicate.And, Predicate.Or, Predicate.Not,
        Predicate.HashBucket, Predicate.Native {

    /** The predicate that every row satisfies. */
    static Predicate alwaysTrue() {
        return Constant.TRUE;
    }

    /** The predicate that no row satisfies. */
    static Predicate alwaysFalse() {
        return Constant.FALSE;
    }

    static Predicate eq(String column, Object value) {
        return new Comparison(column, ComparisonOperator.EQUAL, value);
    }

    static Predicate ne(String column, Object value) {
        return new Comparison(column, ComparisonOperator.NOT_EQUAL, value);
    }

    static Predicate lt(String column, Object value) {
        return new Comparison(column, ComparisonOperator.LESS_THAN, value);
    }

    static Predicate le(String column, Object value) {
        return new Comparison(column, ComparisonOperator.LESS_THAN_OR_EQUAL, value);
    }

    static Predicate gt(String column, Object value) {
        return new Comparison(column, ComparisonOperator.GREATER_THAN, value);
    }

    static Predicate ge(String column, Object value) {
        return new Comparison(column, ComparisonOperator.GREATER_THAN_OR_EQUAL, value);
    }

    static Predicate compare(String column, ComparisonOperator operator, Object value) {
        return new Comparison(column, operator, value);
    }

    static Predicate in(String column, List<?> values) {
        return new In(column, new ArrayList<Object>(values));
    }

    static Predicate in(String column, Object... values) {
        return new In(column, Arrays.asList(values));
    }

    static Predicate isNull(String column) {
        return new IsNull(column);
    }

    static Predicate isNotNull(String column) {
        return new IsNotNull(column);
    }

    static Predicate between(String column, Object lower, Object upper) {
        return new Between(column, lower, upper);
    }

    static Predicate contains(String column, String text) {
        return new StringMatch(column, StringMatch.Kind.CONTAINS, text);
    }

    static Predicate startsWith(String column, String prefix) {
        return new StringMatch(column, StringMatch.Kind.STARTS_WITH, prefix);
    }

    static Predicate endsWith(String column, String suffix) {
        return new StringMatch(column, StringMatch.Kind.ENDS_WITH, suffix);
    }

    /** A condition in the connector's own language, e.g. a SQL {@code WHERE} clause for JDBC. */
    static Predicate nativeCondition(String expression) {
        return new Native(expression);
    }

    /** The conjunction, flattened and simplified: no TRUE operands, FALSE if any operand is FALSE. */
    static Predicate and(Predicate... operands) {
        return and(Arrays.asList(operands));
    }

    /** The conjunction, flattened and simplified: no TRUE operands, FALSE if any operand is FALSE. */
    static Predicate and(List<Predicate> operands) {
        List<Predicate> flat = new ArrayList<>();
        for (Predicate operand : operands) {
            requireNonNull(operand, "an operand of AND is null");
            if (operand == Constant.FALSE) {
                return Constant.FALSE;
            }
            if (operand instanceof And and) {
                flat.addAll(and.operands());
            } else if (operand != Constant.TRUE) {
                flat.add(operand);
            }
        }
        List<Predicate> distinct = List.copyOf(new LinkedHashSet<>(flat));
        return distinct.isEmpty() ? Constant.TRUE : distinct.size() == 1 ? distinct.get(0) : new And(distinct);
    }

    /** The disjunction, flattened and simplified: no FALSE operands, TRUE if any operand is TRUE. */
    static Predicate or(Predicate... operands) {
        return or(Arrays.asList(operands));
    }

    /** The disjunction, flattened and simplified: no FALSE operands, TRUE if any operand is TRUE. */
    static Predicate or(List<Predicate> operands) {
        List<Predicate> flat = new ArrayList<>();
        for (Predicate operand : operands) {
            requireNonNull(operand, "an operand of OR is null");
            if (operand == Constant.TRUE) {
                return Constant.TRUE;
            }
            if (operand instanceof Or or) {
                flat.addAll(or.operands());
            } else if (operand != Constant.FALSE) {
                flat.add(operand);
            }
        }
        List<Predicate> distinct = List.copyOf(new LinkedHashSet<>(flat));
        return distinct.isEmpty() ? Constant.FALSE : distinct.size() == 1 ? distinct.get(0) : new Or(distinct);
    }

    /** The negation; {@code not(not(p))} is {@code p} and constants flip. */
    static Predicate not(Predicate operand) {
        requireNonNull(operand, "the operand of NOT is null");
        if (operand instanceof Not not) {
            return not.operand();
        }
        if (operand instanceof Constant constant) {
            return constant.value() ? Constant.FALSE : Constant.TRUE;
        }
        return new Not(operand);
    }

    /** The top-level conjuncts: the operands of an AND, or this predicate alone (none for TRUE). */
    default List<Predicate> conjuncts() {
        return this == Constant.TRUE ? List.of() : List.of(this);
    }

    /** The columns this predicate reads, in order of appearance (a native condition names none). */
    default Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        PredicateColumns.collect(this, columns);
        return columns;
    }

    /** Whether this is the constant TRUE. */
    default boolean isAlwaysTrue() {
        return this == Constant.TRUE;
    }

    /** Whether this is the constant FALSE. */
    default boolean isAlwaysFalse() {
        return this == Constant.FALSE;
    }

    /** TRUE or FALSE. Use {@link #alwaysTrue()} and {@link #alwaysFalse()}. */
    enum Constant implements Predicate {
        TRUE(true),
        FALSE(false);

        private final boolean value;

        Constant(boolean value) {
            this.value = value;
        }

        public boolean value() {
            return value;
        }

        @Override
        public String toString() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** {@code column <operator> value}. */
    record Comparison(String column, ComparisonOperator operator, Object value) implements Predicate {
        public Comparison {
            requireNonNull(column, "column is null");
            requireNonNull(operator, "operator is null");
            value = Values.normalizeLiteral(value);
        }

        @Override
        public String toString() {
            return column + " " + operator.symbol() + " " + Literals.format(value);
        }
    }

    /** {@code column IN (values...)}; at least one value, duplicates removed. */
    record In(String column, List<Object> values) implements Predicate {
        public In {
            requireNonNull(column, "column is null");
            values = values.stream().map(Values::normalizeLiteral).distinct().toList();
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN on column '" + column + "' needs at least one value");
            }
        }

        @Override
        public String toString() {
            return column + values.stream().map(Literals::format).collect(Collectors.joining(", ", " IN (", ")"));
        }
    }

    /** {@code column IS NULL}. */
    record IsNull(String column) implements Predicate {
        public IsNull {
            requireNonNull(column, "column is null");
        }

        @Override
        public String toString() {
            return column + " IS NULL";
        }
    }

    /** {@code column IS NOT NULL}. */
    record IsNotNull(String column) implements Predicate {
        public IsNotNull {
            requireNonNull(column, "column is null");
        }

        @Override
        public String toString() {
            return column + " IS NOT NULL";
        }
    }

    /** {@code column BETWEEN lower AND upper}, both ends included. */
    record Between(String column, Object lower, Object upper) implements Predicate {
        public Between {
            requireNonNull(column, "column is null");
            lower = Values.normalizeLiteral(lower);
            upper = Values.normalizeLiteral(upper);
        }

        @Override
        public String toString() {
            return column + " BETWEEN " + Literals.format(lower) + " AND " + Literals.format(upper);
        }
    }

    /** A string test: the column contains, starts with or ends with {@code text}, case-sensitively. */
    record StringMatch(String column, Kind kind, String text) implements Predicate {
        public StringMatch {
            requireNonNull(column, "column is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(text, "text is null");
        }

        /** The three tests. */
        public enum Kind {
            CONTAINS,
            STARTS_WITH,
            ENDS_WITH
        }

        @Override
        public String toString() {
            return column + " " + kind + " " + Literals.format(text);
        }
    }

    /** All operands hold; at least two, none of them an AND. Build with {@link Predicate#and}. */
    record And(List<Predicate> operands) implements Predicate {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs two or more operands; use Predicate.and(...)");
            }
        }

        @Override
        public List<Predicate> conjuncts() {
            return operands;
        }

        @Override
        public String toString() {
            return operands.stream().map(Literals::group).collect(Collectors.joining(" AND "));
        }
    }

    /** At least one operand holds; at least two, none of them an OR. Build with {@link Predicate#or}. */
    record Or(List<Predicate> operands) implements Predicate {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs two or more operands; use Predicate.or(...)");
            }
        }

        @Override
        public String toString() {
            return operands.stream().map(Literals::group).collect(Collectors.joining(" OR "));
        }
    }

    /** The operand does not hold (unknown stays unknown). Build with {@link Predicate#not}. */
    record Not(Predicate operand) implements Predicate {
        public Not {
            requireNonNull(operand, "operand is null");
        }

        @Override
        public String toString() {
            return "NOT " + Literals.group(operand);
        }
    }

    /**
     * The split predicate of hash partitioning: the row's hash, modulo {@code buckets}, is {@code bucket}.
     * The term is a column, or (Glue's {@code hashexpression}) a native expression that only a connector
     * pushing {@link PredicateOperator#NATIVE} can evaluate.
     *
     * <p>When the runtime evaluates it, the hash of a non-NULL value is {@link Long#hashCode(long)} of its
     * long slot, {@link Double#hashCode(double)} of its double slot, {@link String#hashCode()} of a
     * string, the hash of a decimal stripped of trailing zeros, or {@link Arrays#hashCode(byte[])}; NULL
     * falls in bucket 0. A connector that pushes it may hash differently, as long as each row lands in
     * exactly one bucket.
     *
     * @param term a column name, or a native expression when {@code nativeExpression}
     * @param nativeExpression whether {@code term} is a native expression
     * @param buckets the number of splits, at least 1
     * @param bucket this split's bucket, 0..buckets-1
     */
    record HashBucket(String term, boolean nativeExpression, int buckets, int bucket) implements Predicate {
        public HashBucket {
            requireNonNull(term, "term is null");
            if (buckets < 1 || bucket < 0 || bucket >= buckets) {
                throw new IllegalArgumentException("hash bucket " + bucket + " of " + buckets + " is out of range");
            }
        }

        /** Bucket {@code bucket} of {@code buckets} on a column. */
        public static HashBucket ofColumn(String column, int buckets, int bucket) {
            return new HashBucket(column, false, buckets, bucket);
        }

        /** Bucket {@code bucket} of {@code buckets} on a native expression. */
        public static HashBucket ofExpression(String expression, int buckets, int bucket) {
            return new HashBucket(expression, true, buckets, bucket);
        }

        @Override
        public String toString() {
            return "HASH(" + term + ") MOD " + buckets + " = " + bucket;
        }
    }

    /** A condition in the connector's own language; only a connector pushing {@link PredicateOperator#NATIVE} can apply it. */
    record Native(String expression) implements Predicate {
        public Native {
            requireNonNull(expression, "expression is null");
            if (expression.isBlank()) {
                throw new IllegalArgumentException("a native condition is blank");
            }
        }

        @Override
        public String toString() {
            return "(" + expression + ")";
        }
    }
}
