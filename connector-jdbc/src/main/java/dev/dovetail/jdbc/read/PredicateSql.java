package dev.dovetail.jdbc.read;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTable;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A pushed {@link Predicate} as an SQL condition with its parameters. Every column is resolved against
 * the entity and quoted by the dialect; every value is a {@code ?} parameter, converted to the column's
 * type ({@link LiteralCoercion}) and bound typed; LIKE patterns escape their wildcards. Only
 * {@link Predicate.Native} conditions and the native term of a {@link Predicate.HashBucket} (Glue's
 * {@code hashexpression}) are pasted in, parenthesised, as the user wrote them.
 */
final class PredicateSql {
    private final JdbcTable table;
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private final List<JdbcColumn> columns = new ArrayList<>();

    private PredicateSql(JdbcTable table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
    }

    /** {@code predicate} over {@code table}'s columns; its SQL is empty for TRUE. */
    static PredicateSql of(Predicate predicate, JdbcTable table, Dialect dialect) {
        PredicateSql rendered = new PredicateSql(table, dialect);
        if (!predicate.isAlwaysTrue()) {
            rendered.append(predicate);
        }
        return rendered;
    }

    /** The condition; empty for TRUE. */
    String sql() {
        return sql.toString();
    }

    /** Binds the parameters, the first at {@code first}; returns the index after the last. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (int i = 0; i < values.size(); i++) {
            bind(statement, index++, values.get(i), columns.get(i));
        }
        return index;
    }

    private void bind(PreparedStatement statement, int index, Object value, JdbcColumn column) throws SQLException {
        if (value instanceof String text) {
            dialect.bindString(statement, index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Short number) {
            statement.setShort(index, number);
        } else if (value instanceof Byte number) {
            statement.setByte(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof Float number) {
            statement.setFloat(index, number);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else if (value instanceof Boolean truth) {
            statement.setBoolean(index, truth);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Instant instant) {
            // Compared as the column holds it: an instant, or a wall-clock time read as UTC.
            statement.setObject(index, dialect.hasTimeZone(column)
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            throw new IllegalStateException("no binding for " + value.getClass().getName() + " (column " + column + ")");
        }
    }

    private void append(Predicate predicate) {
        if (predicate instanceof Predicate.Constant constant) {
            sql.append(constant.value() ? "1=1" : "1=0");
        } else if (predicate instanceof Predicate.Comparison comparison) {
            String operator = comparison.operator() == ComparisonOperator.NOT_EQUAL ? "<>" : comparison.operator().symbol();
            sql.append(column(comparison.column())).append(' ').append(operator).append(' ');
            value(comparison.column(), comparison.value());
        } else if (predicate instanceof Predicate.In in) {
            sql.append(column(in.column())).append(" IN (");
            for (int i = 0; i < in.values().size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                value(in.column(), in.values().get(i));
            }
            sql.append(')');
        } else if (predicate instanceof Predicate.IsNull isNull) {
            sql.append(column(isNull.column())).append(" IS NULL");
        } else if (predicate instanceof Predicate.IsNotNull isNotNull) {
            sql.append(column(isNotNull.column())).append(" IS NOT NULL");
        } else if (predicate instanceof Predicate.Between between) {
            sql.append(column(between.column())).append(" BETWEEN ");
            value(between.column(), between.lower());
            sql.append(" AND ");
            value(between.column(), between.upper());
        } else if (predicate instanceof Predicate.StringMatch match) {
            String escaped = escapeLike(match.text());
            String pattern = switch (match.kind()) {
                case CONTAINS -> "%" + escaped + "%";
                case STARTS_WITH -> escaped + "%";
                case ENDS_WITH -> "%" + escaped;
            };
            sql.append(dialect.likeCaseSensitive(column(match.column())));
            values.add(pattern);
            columns.add(table.column(match.column()));
        } else if (predicate instanceof Predicate.And and) {
            join(and.operands(), " AND ");
        } else if (predicate instanceof Predicate.Or or) {
            join(or.operands(), " OR ");
        } else if (predicate instanceof Predicate.Not not) {
            sql.append("NOT (");
            append(not.operand());
            sql.append(')');
        } else if (predicate instanceof Predicate.HashBucket hash) {
            String term = hash.nativeExpression() ? "(" + hash.term() + ")" : dialect.hash(column(hash.term()))
                    .orElseThrow(() -> new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the " + dialect.name()
                            + " dialect knows no hash function for option '" + StandardOptions.HASH_FIELD + "' ('"
                            + hash.term() + "'); give '" + StandardOptions.HASH_EXPRESSION
                            + "', an SQL expression returning a whole number, or use 'partitionColumn'"));
            // The bucket numbers are ints of the plan, not user text.
            sql.append(dialect.bucketOf(term, hash.buckets())).append(" = ").append(hash.bucket());
        } else if (predicate instanceof Predicate.Native condition) {
            sql.append('(').append(condition.expression()).append(')');
        } else {
            throw new IllegalStateException("unknown predicate " + predicate);
        }
    }

    private void join(List<Predicate> operands, String operator) {
        for (int i = 0; i < operands.size(); i++) {
            sql.append(i == 0 ? "(" : operator + "(");
            append(operands.get(i));
            sql.append(')');
        }
    }

    /** The quoted name of the entity's column {@code name}, spelt as the database spells it. */
    private String column(String name) {
        return dialect.quote(table.schema().requireField(name).name());
    }

    private void value(String column, Object literal) {
        Field field = table.schema().requireField(column);
        sql.append('?');
        values.add(LiteralCoercion.coerce(literal, field));
        columns.add(table.column(column));
    }

    /** {@code text} with the LIKE escape character and the dialect's wildcards escaped. */
    private String escapeLike(String text) {
        String wildcards = dialect.likeWildcards();
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == Dialect.LIKE_ESCAPE || wildcards.indexOf(c) >= 0) {
                escaped.append(Dialect.LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
