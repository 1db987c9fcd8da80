package dev.dovetail.api.predicate;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.RowView;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Evaluates predicates on rows, as SQL does: three-valued logic, values coerced to the column's type
 * by {@link LiteralCoercion}, strings compared by UTF-16 code unit. The runtime uses it for the part of
 * a predicate a connector does not push; a connector may use it to filter records it reads itself.
 */
public final class PredicateEvaluator {
    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;

    private PredicateEvaluator() {
    }

    /**
     * {@code predicate} bound to {@code schema}, the schema of the rows it will test.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for an unknown column, a value that does
     *     not fit its column, or a native condition (which only a connector can evaluate)
     */
    public static CompiledPredicate compile(Predicate predicate, EntitySchema schema) {
        Node root = new Compiler(schema).compile(predicate);
        return new CompiledPredicate() {
            @Override
            public Truth evaluate(RowView row) {
                return switch (root.eval(row)) {
                    case TRUE -> Truth.TRUE;
                    case FALSE -> Truth.FALSE;
                    default -> Truth.UNKNOWN;
                };
            }

            @Override
            public boolean test(RowView row) {
                return root.eval(row) == TRUE;
            }

            @Override
            public String toString() {
                return predicate.toString();
            }
        };
    }

    /** One compiled node: evaluates to {@link #TRUE}, {@link #FALSE} or {@link #UNKNOWN}. */
    private interface Node {
        int eval(RowView row);
    }

    private static int truth(boolean value) {
        return value ? TRUE : FALSE;
    }

    private record Compiler(EntitySchema schema) {
        Node compile(Predicate predicate) {
            if (predicate instanceof Predicate.Constant constant) {
                int value = truth(constant.value());
                return row -> value;
            }
            if (predicate instanceof Predicate.Comparison comparison) {
                int index = schema.requireIndex(comparison.column());
                return comparison(index, schema.field(index), comparison.operator(), comparison.value());
            }
            if (predicate instanceof Predicate.Between between) {
                int index = schema.requireIndex(between.column());
                Field field = schema.field(index);
                return and(List.of(
                        comparison(index, field, ComparisonOperator.GREATER_THAN_OR_EQUAL, between.lower()),
                        comparison(index, field, ComparisonOperator.LESS_THAN_OR_EQUAL, between.upper())));
            }
            if (predicate instanceof Predicate.In in) {
                int index = schema.requireIndex(in.column());
                return in(index, schema.field(index), in.values());
            }
            if (predicate instanceof Predicate.IsNull isNull) {
                int index = schema.requireIndex(isNull.column());
                return row -> truth(row.isNull(index));
            }
            if (predicate instanceof Predicate.IsNotNull isNotNull) {
                int index = schema.requireIndex(isNotNull.column());
                return row -> truth(!row.isNull(index));
            }
            if (predicate instanceof Predicate.StringMatch match) {
                return stringMatch(match);
            }
            if (predicate instanceof Predicate.HashBucket hash) {
                return hashBucket(hash);
            }
            if (predicate instanceof Predicate.And and) {
                return and(and.operands().stream().map(this::compile).toList());
            }
            if (predicate instanceof Predicate.Or or) {
                return or(or.operands().stream().map(this::compile).toList());
            }
            if (predicate instanceof Predicate.Not not) {
                Node operand = compile(not.operand());
                return row -> {
                    int value = operand.eval(row);
                    return value == UNKNOWN ? UNKNOWN : value == TRUE ? FALSE : TRUE;
                };
            }
            Predicate.Native nativeCondition = (Predicate.Native) predicate;
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the native condition " + nativeCondition
                    + " can only be applied by a connector that pushes native conditions down");
        }

        private static Node comparison(int index, Field field, ComparisonOperator operator, Object literal) {
            Object value = LiteralCoercion.coerce(literal, field);
            DataType.Kind kind = field.type().kind();
            switch (kind.storage()) {
                case LONG -> {
                    if (value instanceof Double || value instanceof BigDecimal) {
                        BigDecimal decimal = value instanceof Double d ? BigDecimal.valueOf(d) : (BigDecimal) value;
                        return row -> row.isNull(index) ? UNKNOWN
                                : truth(operator.test(BigDecimal.valueOf(row.getLong(index)).compareTo(decimal)));
                    }
                    long bound = Values.toLongSlot(value);
                    return row -> row.isNull(index) ? UNKNOWN : truth(operator.test(Long.compare(row.getLong(index), bound)));
                }
                case DOUBLE -> {
                    double bound = ((Number) value).doubleValue();
                    return row -> row.isNull(index) ? UNKNOWN
                            : truth(operator.test(compareDoubles(row.getDouble(index), bound)));
                }
                default -> {
                    @SuppressWarnings("unchecked")
                    Comparable<Object> bound = (Comparable<Object>) value;
                    return row -> row.isNull(index) ? UNKNOWN
                            : truth(operator.test(-Integer.signum(bound.compareTo(row.getObject(index)))));
                }
            }
        }

        private static Node in(int index, Field field, List<Object> literals) {
            List<Object> values = literals.stream().map(literal -> LiteralCoercion.coerce(literal, field)).toList();
            DataType.Kind kind = field.type().kind();
            if (kind.storage() == DataType.Storage.LONG && values.stream().noneMatch(v -> v instanceof Double || v instanceof BigDecimal)) {
                long[] sorted = values.stream().mapToLong(Values::toLongSlot).sorted().toArray();
                return row -> row.isNull(index) ? UNKNOWN : truth(Arrays.binarySearch(sorted, row.getLong(index)) >= 0);
            }
            if (kind.storage() == DataType.Storage.DOUBLE) {
                double[] sorted = values.stream()
                        .mapToDouble(v -> positiveZero(((Number) v).doubleValue()))
                        .sorted()
                        .toArray();
                return row -> row.isNull(index) ? UNKNOWN
                        : truth(Arrays.binarySearch(sorted, positiveZero(row.getDouble(index))) >= 0);
            }
            if (kind.storage() == DataType.Storage.LONG) {
                // Some values are fractional: compare each numerically.
                List<Node> equalities = values.stream()
                        .map(value -> comparison(index, field, ComparisonOperator.EQUAL, value))
                        .toList();
                return or(equalities);
            }
            TreeSet<Object> set = new TreeSet<>(values);
            return row -> row.isNull(index) ? UNKNOWN : truth(set.contains(row.getObject(index)));
        }

        /** SQL's order of doubles: -0.0 equals 0.0, NaN equals NaN and is above every other value. */
        private static int compareDoubles(double left, double right) {
            return left == right ? 0 : Double.compare(left, right);
        }

        private static double positiveZero(double value) {
            return value == 0.0 ? 0.0 : value;
        }

        private Node stringMatch(Predicate.StringMatch match) {
            int index = schema.requireIndex(match.column());
            Field field = schema.field(index);
            if (field.type().kind() != DataType.Kind.STRING) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + field.name() + "' is "
                        + field.type().typeName() + "; " + match.kind() + " applies only to strings");
            }
            String text = match.text();
            return switch (match.kind()) {
                case CONTAINS -> row -> row.isNull(index) ? UNKNOWN : truth(((String) row.getObject(index)).contains(text));
                case STARTS_WITH -> row -> row.isNull(index) ? UNKNOWN : truth(((String) row.getObject(index)).startsWith(text));
                case ENDS_WITH -> row -> row.isNull(index) ? UNKNOWN : truth(((String) row.getObject(index)).endsWith(text));
            };
        }

        private Node hashBucket(Predicate.HashBucket hash) {
            if (hash.nativeExpression()) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the hash expression '" + hash.term()
                        + "' can only be evaluated by a connector that pushes native conditions down");
            }
            int index = schema.requireIndex(hash.term());
            DataType.Storage storage = schema.field(index).type().kind().storage();
            int buckets = hash.buckets();
            int bucket = hash.bucket();
            return row -> truth(Math.floorMod(hashOf(row, index, storage), buckets) == bucket);
        }

        private static int hashOf(RowView row, int index, DataType.Storage storage) {
            if (row.isNull(index)) {
                return 0;
            }
            return switch (storage) {
                case LONG -> Long.hashCode(row.getLong(index));
                case DOUBLE -> Double.hashCode(row.getDouble(index));
                case OBJECT -> {
                    Object value = row.getObject(index);
                    if (value instanceof BigDecimal decimal) {
                        yield decimal.signum() == 0 ? 0 : decimal.stripTrailingZeros().hashCode();
                    }
                    yield value instanceof byte[] bytes ? Arrays.hashCode(bytes) : value.hashCode();
                }
            };
        }

        private static Node and(List<Node> operands) {
            Node[] nodes = operands.toArray(Node[]::new);
            return row -> {
                int result = TRUE;
                for (Node node : nodes) {
                    int value = node.eval(row);
                    if (value == FALSE) {
                        return FALSE;
                    }
                    if (value == UNKNOWN) {
                        result = UNKNOWN;
                    }
                }
                return result;
            };
        }

        private static Node or(List<Node> operands) {
            Node[] nodes = operands.toArray(Node[]::new);
            return row -> {
                int result = FALSE;
                for (Node node : nodes) {
                    int value = node.eval(row);
                    if (value == TRUE) {
                        return TRUE;
                    }
                    if (value == UNKNOWN) {
                        result = UNKNOWN;
                    }
                }
                return result;
            };
        }
    }
}
