package dev.dovetail.api.runtime;

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
 * A caller's sink for the tests: keeps the rows as {@link Row}s of canonical values and checks the sink
 * contract as it goes: every column set exactly once per row, with the setter of its type, and nothing
 * written after it asked to stop.
 */
final class RowCollector implements RowSink {
    private final EntitySchema schema;
    private final long stopAfter;
    private final Object[] current;
    private final boolean[] set;
    private final List<Row> rows = new ArrayList<>();
    private boolean stopped;

    /** A collector of rows of {@code schema} that never asks to stop. */
    RowCollector(EntitySchema schema) {
        this(schema, Long.MAX_VALUE);
    }

    /** A collector that answers {@code false} from {@link #endRow()} once it holds {@code stopAfter} rows. */
    RowCollector(EntitySchema schema, long stopAfter) {
        this.schema = schema;
        this.stopAfter = stopAfter;
        this.current = new Object[schema.size()];
        this.set = new boolean[schema.size()];
    }

    List<Row> rows() {
        return rows;
    }

    private void put(int column, DataType.Kind kind, Object value) {
        if (stopped) {
            throw new AssertionError("column " + column + " written after the sink asked to stop");
        }
        if (set[column]) {
            throw new AssertionError("column " + column + " (" + schema.field(column).name() + ") set twice in one row");
        }
        DataType.Kind actual = schema.field(column).type().kind();
        if (value != null && kind != actual) {
            throw new AssertionError("column " + column + " (" + schema.field(column).name() + ") is " + actual
                    + " but was set as " + kind);
        }
        set[column] = true;
        current[column] = value;
    }

    @Override
    public void setNull(int column) {
        put(column, schema.field(column).type().kind(), null);
    }

    @Override
    public void setBoolean(int column, boolean value) {
        put(column, DataType.Kind.BOOLEAN, value);
    }

    @Override
    public void setByte(int column, byte value) {
        put(column, DataType.Kind.BYTE, value);
    }

    @Override
    public void setShort(int column, short value) {
        put(column, DataType.Kind.SHORT, value);
    }

    @Override
    public void setInt(int column, int value) {
        put(column, DataType.Kind.INT, value);
    }

    @Override
    public void setLong(int column, long value) {
        put(column, DataType.Kind.LONG, value);
    }

    @Override
    public void setFloat(int column, float value) {
        put(column, DataType.Kind.FLOAT, value);
    }

    @Override
    public void setDouble(int column, double value) {
        put(column, DataType.Kind.DOUBLE, value);
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        put(column, DataType.Kind.DECIMAL, value);
    }

    @Override
    public void setString(int column, String value) {
        put(column, DataType.Kind.STRING, value);
    }

    @Override
    public void setBinary(int column, byte[] value) {
        put(column, DataType.Kind.BINARY, value);
    }

    @Override
    public void setDate(int column, int epochDay) {
        put(column, DataType.Kind.DATE, Values.fromEpochDay(epochDay));
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        put(column, DataType.Kind.TIMESTAMP, Values.fromEpochMicros(epochMicros));
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        put(column, DataType.Kind.STRUCT, fieldValues);
    }

    @Override
    public void setList(int column, List<?> elements) {
        put(column, DataType.Kind.LIST, elements);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        put(column, DataType.Kind.MAP, entries);
    }

    @Override
    public boolean endRow() {
        if (stopped) {
            throw new AssertionError("a row ended after the sink asked to stop");
        }
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                throw new AssertionError("column " + i + " (" + schema.field(i).name() + ") not set in row " + rows.size());
            }
        }
        rows.add(Row.of(current));
        Arrays.fill(current, null);
        Arrays.fill(set, false);
        stopped = rows.size() >= stopAfter;
        return !stopped;
    }
}
