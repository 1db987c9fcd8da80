package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.dialect.Dialect;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Binds one canonical value (what a {@link dev.dovetail.api.read.Row} holds for a column's
 * {@link DataType}, see {@link DataType.Kind}) to a statement parameter with the setter of its type, and
 * {@code null} with {@code setNull} and the matching {@link Types} code. One binder is chosen per column
 * before the first record, so the bind loop neither looks types up nor boxes through a map.
 *
 * <p>TIMESTAMP values (instants) are bound with {@code setTimestamp} and a UTC calendar: a column
 * without a time zone stores the UTC wall-clock time, one with a time zone the instant itself
 * (PostgreSQL's driver sends such a value untyped, so the server converts it to the column's type).
 * A binder is used by one thread at a time (its write's): the TIMESTAMP binder reuses one calendar.
 */
@FunctionalInterface
interface ParameterBinder {

    /** Binds {@code value} (canonical for the column's type, or {@code null}) to parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /**
     * The binder for values of {@code type} in {@code column} of {@code table}; strings are bound as
     * {@code dialect} binds them ({@link Dialect#bindString}), so that they take the column's own type.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for STRUCT, LIST and MAP, which a
     *     table column does not hold
     */
    static ParameterBinder forType(DataType type, Dialect dialect, String column, String table) {
        return switch (type.kind()) {
            case BOOLEAN -> nullable(Types.BOOLEAN, (s, i, v) -> s.setBoolean(i, (Boolean) v));
            case BYTE -> nullable(Types.TINYINT, (s, i, v) -> s.setByte(i, (Byte) v));
            case SHORT -> nullable(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Short) v));
            case INT -> nullable(Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v));
            case LONG -> nullable(Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v));
            case FLOAT -> nullable(Types.REAL, (s, i, v) -> s.setFloat(i, (Float) v));
            case DOUBLE -> nullable(Types.DOUBLE, (s, i, v) -> s.setDouble(i, (Double) v));
            case DECIMAL -> nullable(Types.DECIMAL, (s, i, v) -> s.setBigDecimal(i, (BigDecimal) v));
            case STRING -> (s, i, v) -> dialect.bindString(s, i, (String) v); // binds null as the dialect's NULL
            case BINARY -> nullable(Types.VARBINARY, (s, i, v) -> s.setBytes(i, (byte[]) v));
            case DATE -> nullable(Types.DATE, (s, i, v) -> s.setObject(i, (LocalDate) v));
            case TIMESTAMP -> {
                Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
                yield nullable(Types.TIMESTAMP, (s, i, v) -> s.setTimestamp(i, Timestamp.from((Instant) v), utc));
            }
            case STRUCT, LIST, MAP -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + column
                    + "' of table '" + table + "' has type " + type.typeName() + ", which the JDBC connector cannot write;"
                    + " leave it out of the write or map it to STRING");
        };
    }

    private static ParameterBinder nullable(int sqlType, ParameterBinder present) {
        return (statement, index, value) -> {
            if (value == null) {
                statement.setNull(index, sqlType);
            } else {
                present.bind(statement, index, value);
            }
        };
    }
}
