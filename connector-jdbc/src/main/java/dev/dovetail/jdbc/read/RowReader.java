package dev.dovetail.jdbc.read;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.metadata.JdbcColumn;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Moves the current row of a result set into a sink: result column {@code i + 1} into sink column {@code i}.
 * Columns the driver hands over as they are (booleans, integers, floating point, strings, UTF-8 text and
 * binaries), decimals (fitted to their scale, {@link ColumnReaders#fit}) and temporal columns of their own
 * kind (a DATE column as a date, a timestamp column as a timestamp, with or without time zone) are read by a
 * switch in the loop over the columns, as a hand-written JDBC loop reads them; a call per column through an
 * array of readers of a dozen classes cannot be inlined, and profiles showed that dispatch as a tenth of a
 * split's time. The other conversions (a DATE read from a timestamp or text, a TIMESTAMP from a date or
 * text, LIST) go through their {@link ColumnReader} ({@link ColumnReaders}). NULL is told by {@code wasNull}
 * (or a {@code null} reference) and set with {@link RowSink#setNull}.
 */
final class RowReader {
    private static final byte CONVERTED = 0;
    private static final byte BOOLEAN = 1;
    private static final byte BYTE = 2;
    private static final byte SHORT = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte FLOAT = 6;
    private static final byte DOUBLE = 7;
    private static final byte STRING = 8;
    private static final byte UTF8 = 9;
    private static final byte BINARY = 10;
    private static final byte DECIMAL = 11;
    private static final byte DATE = 12;
    private static final byte WALL_CLOCK_TIMESTAMP = 13;
    private static final byte INSTANT_TIMESTAMP = 14;

    private final byte[] getters;
    /** The fields, for DECIMAL's type and messages. */
    private final Field[] fields;
    /** The reader of each CONVERTED column; null for the others. */
    private final ColumnReader[] converted;

    private RowReader(byte[] getters, Field[] fields, ColumnReader[] converted) {
        this.getters = getters;
        this.fields = fields;
        this.converted = converted;
    }

    /**
     * The reader of rows whose column {@code i} is {@code fields.get(i)}, described by the database as
     * {@code columns.get(i)}, on a connection to {@code url}.
     */
    static RowReader of(List<Field> fields, List<JdbcColumn> columns, Dialect dialect, String url) {
        byte[] getters = new byte[fields.size()];
        ColumnReader[] converted = new ColumnReader[fields.size()];
        for (int i = 0; i < getters.length; i++) {
            Field field = fields.get(i);
            JdbcColumn column = columns.get(i);
            getters[i] = switch (field.type().kind()) {
                case BOOLEAN -> BOOLEAN;
                case BYTE -> BYTE;
                case SHORT -> SHORT;
                case INT -> INT;
                case LONG -> LONG;
                case FLOAT -> FLOAT;
                case DOUBLE -> DOUBLE;
                case STRING -> dialect.readsTextAsUtf8(column, url) ? UTF8 : STRING;
                case BINARY -> BINARY;
                case DECIMAL -> DECIMAL;
                case DATE -> ColumnReaders.temporal(column, dialect) == ColumnReaders.Temporal.DATE ? DATE : CONVERTED;
                case TIMESTAMP -> switch (ColumnReaders.temporal(column, dialect)) {
                    case WALL_CLOCK -> WALL_CLOCK_TIMESTAMP;
                    case INSTANT -> INSTANT_TIMESTAMP;
                    case DATE, TEXT -> CONVERTED;
                };
                case LIST, STRUCT, MAP -> CONVERTED;
            };
            if (getters[i] == CONVERTED) {
                converted[i] = ColumnReaders.of(field, column, dialect, i + 1, i);
            }
        }
        return new RowReader(getters, fields.toArray(Field[]::new), converted);
    }

    /** Writes every column of {@code row}'s current row into {@code sink}; the caller ends the row. */
    void read(ResultSet row, RowSink sink) throws SQLException {
        for (int i = 0; i < getters.length; i++) {
            int position = i + 1;
            // One small method per kind. The JIT inlines them here up to its size limit for one compilation
            // (twenty columns' getters and sink calls pass it); a kind past the limit then costs one call per
            // value, where its getter, wasNull and sink call would be three.
            switch (getters[i]) {
                case BOOLEAN -> readBoolean(row, position, sink, i);
                case BYTE -> readByte(row, position, sink, i);
                case SHORT -> readShort(row, position, sink, i);
                case INT -> readInt(row, position, sink, i);
                case LONG -> readLong(row, position, sink, i);
                case FLOAT -> readFloat(row, position, sink, i);
                case DOUBLE -> readDouble(row, position, sink, i);
                case STRING -> readString(row, position, sink, i);
                case UTF8 -> readUtf8(row, position, sink, i);
                case BINARY -> readBinary(row, position, sink, i);
                case DECIMAL -> readDecimal(row, position, sink, i, fields[i]);
                case DATE -> readDate(row, position, sink, i);
                case WALL_CLOCK_TIMESTAMP -> readWallClockTimestamp(row, position, sink, i);
                case INSTANT_TIMESTAMP -> readInstantTimestamp(row, position, sink, i);
                default -> converted[i].read(row, sink);
            }
        }
    }

    private static void readBoolean(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        boolean value = row.getBoolean(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setBoolean(column, value);
        }
    }

    private static void readByte(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        byte value = row.getByte(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setByte(column, value);
        }
    }

    private static void readShort(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        short value = row.getShort(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setShort(column, value);
        }
    }

    private static void readInt(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        int value = row.getInt(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setInt(column, value);
        }
    }

    private static void readLong(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        long value = row.getLong(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setLong(column, value);
        }
    }

    private static void readFloat(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        float value = row.getFloat(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setFloat(column, value);
        }
    }

    private static void readDouble(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        double value = row.getDouble(position);
        if (row.wasNull()) {
            sink.setNull(column);
        } else {
            sink.setDouble(column, value);
        }
    }

    private static void readString(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        sink.setString(column, row.getString(position));
    }

    private static void readUtf8(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        byte[] utf8 = row.getBytes(position);
        sink.setUtf8(column, utf8, 0, utf8 == null ? 0 : utf8.length);
    }

    private static void readBinary(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        sink.setBinary(column, row.getBytes(position));
    }

    private static void readDecimal(ResultSet row, int position, RowSink sink, int column, Field field) throws SQLException {
        BigDecimal value = ColumnReaders.fit(row.getBigDecimal(position), (DecimalType) field.type(), field);
        if (value == null) {
            sink.setNull(column);
        } else {
            sink.setDecimal(column, value);
        }
    }

    private static void readDate(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        LocalDate value = row.getObject(position, LocalDate.class);
        if (value == null) {
            sink.setNull(column);
        } else {
            sink.setDate(column, Math.toIntExact(value.toEpochDay()));
        }
    }

    private static void readWallClockTimestamp(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        LocalDateTime value = row.getObject(position, LocalDateTime.class);
        if (value == null) {
            sink.setNull(column);
        } else {
            sink.setTimestamp(column, ColumnReaders.epochMicros(value));
        }
    }

    private static void readInstantTimestamp(ResultSet row, int position, RowSink sink, int column) throws SQLException {
        OffsetDateTime value = row.getObject(position, OffsetDateTime.class);
        if (value == null) {
            sink.setNull(column);
        } else {
            sink.setTimestamp(column, ColumnReaders.epochMicros(value));
        }
    }
}
