package dev.dovetail.jdbc.read;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.metadata.JdbcColumn;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves the current row of a result set into a sink: result column {@code i + 1} into sink column {@code i}.
 * Columns the driver hands over as they are (booleans, integers, floating point, strings, UTF-8 text and
 * binaries) are read by a switch in the loop over the columns, as a hand-written JDBC loop reads them; a
 * call per column through an array of readers of a dozen classes cannot be inlined, and profiles showed
 * that dispatch as a tenth of a split's time. The columns that need converting (DECIMAL to its scale,
 * DATE, TIMESTAMP, LIST) go through their {@link ColumnReader} ({@link ColumnReaders}). NULL is told by
 * {@code wasNull} (or a {@code null} reference) and set with {@link RowSink#setNull}.
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

    private final byte[] getters;
    /** The reader of each CONVERTED column; null for the others. */
    private final ColumnReader[] converted;

    private RowReader(byte[] getters, ColumnReader[] converted) {
        this.getters = getters;
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
                case DECIMAL, DATE, TIMESTAMP, LIST, STRUCT, MAP -> CONVERTED;
            };
            if (getters[i] == CONVERTED) {
                converted[i] = ColumnReaders.of(field, column, dialect, i + 1, i);
            }
        }
        return new RowReader(getters, converted);
    }

    /** Writes every column of {@code row}'s current row into {@code sink}; the caller ends the row. */
    void read(ResultSet row, RowSink sink) throws SQLException {
        for (int i = 0; i < getters.length; i++) {
            int position = i + 1;
            switch (getters[i]) {
                case BOOLEAN -> {
                    boolean value = row.getBoolean(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setBoolean(i, value);
                    }
                }
                case BYTE -> {
                    byte value = row.getByte(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setByte(i, value);
                    }
                }
                case SHORT -> {
                    short value = row.getShort(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setShort(i, value);
                    }
                }
                case INT -> {
                    int value = row.getInt(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setInt(i, value);
                    }
                }
                case LONG -> {
                    long value = row.getLong(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setLong(i, value);
                    }
                }
                case FLOAT -> {
                    float value = row.getFloat(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setFloat(i, value);
                    }
                }
                case DOUBLE -> {
                    double value = row.getDouble(position);
                    if (row.wasNull()) {
                        sink.setNull(i);
                    } else {
                        sink.setDouble(i, value);
                    }
                }
                case STRING -> sink.setString(i, row.getString(position));
                case UTF8 -> {
                    byte[] utf8 = row.getBytes(position);
                    sink.setUtf8(i, utf8, 0, utf8 == null ? 0 : utf8.length);
                }
                case BINARY -> sink.setBinary(i, row.getBytes(position));
                default -> converted[i].read(row, sink);
            }
        }
    }
}
