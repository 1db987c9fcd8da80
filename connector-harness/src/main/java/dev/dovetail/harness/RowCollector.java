package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The harness's sink: checks every row against the connector contract (each column set exactly once,
 * with the setter of its type, before {@code endRow}) and either keeps the rows as {@link Row}s or only
 * counts them (constant memory, for huge reads).
 */
final class RowCollector implements RowSink {
    private final EntitySchema schema;
    private final DataType.Kind[] kinds;
    private final boolean keepRows;
    private final Object[] values;
    private final boolean[] set;
    private final List<Row> rows = new ArrayList<>();
    private long count;

    RowCollector(EntitySchema schema, boolean keepRows) {
        this.schema = schema;
        this.kinds = schema.fields().stream().map(field -> field.type().kind()).toArray(DataType.Kind[]::new);
        this.keepRows = keepRows;
        this.values = new Object[kinds.length];
        this.set = new boolean[kinds.length];
    }

    /** The rows kept, in the order written. */
    List<Row> rows() {
        return rows;
    }

    /** The number of rows written. */
    long count() {
        return count;
    }

    @Override
    public void setNull(int column) {
        mark(column, kinds[column]);
        if (!schema.field(column).nullable()) {
            throw violation("set NULL in column '" + schema.field(column).name() + "', which is NOT NULL");
        }
    }

    @Override
    public void setBoolean(int column, boolean value) {
        mark(column, DataType.Kind.BOOLEAN);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setByte(int column, byte value) {
        mark(column, DataType.Kind.BYTE);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setShort(int column, short value) {
        mark(column, DataType.Kind.SHORT);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setInt(int column, int value) {
        mark(column, DataType.Kind.INT);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setLong(int column, long value) {
        mark(column, DataType.Kind.LONG);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setFloat(int column, float value) {
        mark(column, DataType.Kind.FLOAT);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setDouble(int column, double value) {
        mark(column, DataType.Kind.DOUBLE);
        if (keepRows) {
            values[column] = value;
        }
    }

    @Override
    public void setDate(int column, int epochDay) {
        mark(column, DataType.Kind.DATE);
        if (keepRows) {
            values[column] = Values.fromEpochDay(epochDay);
        }
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        mark(column, DataType.Kind.TIMESTAMP);
        if (keepRows) {
            values[column] = Values.fromEpochMicros(epochMicros);
        }
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        putReference(column, value, DataType.Kind.DECIMAL);
    }

    @Override
    public void setString(int column, String value) {
        putReference(column, value, DataType.Kind.STRING);
    }

    @Override
    public void setBinary(int column, byte[] value) {
        putReference(column, value, DataType.Kind.BINARY);
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        putReference(column, fieldValues, DataType.Kind.STRUCT);
    }

    @Override
    public void setList(int column, List<?> elements) {
        putReference(column, elements, DataType.Kind.LIST);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        putReference(column, entries, DataType.Kind.MAP);
    }

    @Override
    public boolean endRow() {
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                throw violation("ended row " + count + " without setting column '" + schema.field(i).name()
                        + "'; every column of the projection must be set (setNull for NULL) before endRow()");
            }
        }
        if (keepRows) {
            rows.add(Row.of(values));
            Arrays.fill(values, null);
        }
        count++;
        Arrays.fill(set, false);
        return true;
    }

    private void putReference(int column, Object value, DataType.Kind kind) {
        if (value == null) {
            setNull(column);
            return;
        }
        mark(column, kind);
        if (!Values.isCanonical(value, schema.field(column).type())) {
            throw violation("wrote " + Values.describe(value) + " into column '" + schema.field(column).name()
                    + "' of type " + schema.field(column).type().typeName());
        }
        if (keepRows) {
            values[column] = value;
        }
    }

    /** Checks that {@code column} exists, has {@code kind} and was not set yet in this row, and marks it set. */
    private void mark(int column, DataType.Kind kind) {
        if (column < 0 || column >= kinds.length) {
            throw violation("wrote column index " + column + " but the projection has " + kinds.length
                    + " columns " + schema.fieldNames());
        }
        if (kind != kinds[column]) {
            throw violation("wrote a " + kind + " into column '" + schema.field(column).name() + "', which is "
                    + schema.field(column).type().typeName() + "; use the setter of the column's type");
        }
        if (set[column]) {
            throw violation("set column '" + schema.field(column).name() + "' twice in row " + count);
        }
        set[column] = true;
    }

    private static ConnectorException violation(String problem) {
        return new ConnectorException(ErrorCode.UNKNOWN_ERROR, "the connector broke the RowSink contract: it " + problem);
    }
}
