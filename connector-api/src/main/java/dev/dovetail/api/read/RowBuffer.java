package dev.dovetail.api.read;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One reusable row in typed slots: primitives in {@code long[]} and {@code double[]}, references in
 * {@code Object[]}. Written as a {@link RowSink}, read as a {@link RowView} (by a
 * {@link dev.dovetail.api.predicate.CompiledPredicate}, say), replayed column by column into another
 * sink. No allocation per row: a connector that filters records itself parses each record into one
 * buffer, tests it, and replays the projected columns into the host's sink.
 *
 * <p>{@link #endRow()} does nothing and returns {@code true}; a subclass may override it to act on each
 * complete row. Not thread-safe.
 */
public class RowBuffer implements RowSink, RowView {
    private final DataType.Kind[] kinds;
    private final long[] longs;
    private final double[] doubles;
    private final Object[] objects;
    private final boolean[] nulls;

    /** An empty buffer for rows of {@code schema}. */
    public RowBuffer(EntitySchema schema) {
        int size = schema.size();
        kinds = new DataType.Kind[size];
        for (int i = 0; i < size; i++) {
            kinds[i] = schema.field(i).type().kind();
        }
        longs = new long[size];
        doubles = new double[size];
        objects = new Object[size];
        nulls = new boolean[size];
    }

    @Override
    public int size() {
        return kinds.length;
    }

    @Override
    public boolean isNull(int column) {
        return nulls[column];
    }

    @Override
    public long getLong(int column) {
        return longs[column];
    }

    @Override
    public double getDouble(int column) {
        return doubles[column];
    }

    @Override
    public Object getObject(int column) {
        return objects[column];
    }

    @Override
    public void setNull(int column) {
        nulls[column] = true;
        objects[column] = null;
    }

    @Override
    public void setBoolean(int column, boolean value) {
        setLongSlot(column, value ? 1 : 0);
    }

    @Override
    public void setByte(int column, byte value) {
        setLongSlot(column, value);
    }

    @Override
    public void setShort(int column, short value) {
        setLongSlot(column, value);
    }

    @Override
    public void setInt(int column, int value) {
        setLongSlot(column, value);
    }

    @Override
    public void setLong(int column, long value) {
        setLongSlot(column, value);
    }

    @Override
    public void setFloat(int column, float value) {
        setDoubleSlot(column, value);
    }

    @Override
    public void setDouble(int column, double value) {
        setDoubleSlot(column, value);
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        setObjectSlot(column, value);
    }

    @Override
    public void setString(int column, String value) {
        setObjectSlot(column, value);
    }

    @Override
    public void setBinary(int column, byte[] value) {
        setObjectSlot(column, value);
    }

    @Override
    public void setDate(int column, int epochDay) {
        setLongSlot(column, epochDay);
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        setLongSlot(column, epochMicros);
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        setObjectSlot(column, fieldValues);
    }

    @Override
    public void setList(int column, List<?> elements) {
        setObjectSlot(column, elements);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        setObjectSlot(column, entries);
    }

    @Override
    public boolean endRow() {
        return true;
    }

    /** Writes column {@code column} into {@code target}'s column {@code targetColumn} with the setter of its kind. */
    public void replay(int column, RowSink target, int targetColumn) {
        if (nulls[column]) {
            target.setNull(targetColumn);
            return;
        }
        switch (kinds[column]) {
            case BOOLEAN -> target.setBoolean(targetColumn, longs[column] != 0);
            case BYTE -> target.setByte(targetColumn, (byte) longs[column]);
            case SHORT -> target.setShort(targetColumn, (short) longs[column]);
            case INT -> target.setInt(targetColumn, (int) longs[column]);
            case LONG -> target.setLong(targetColumn, longs[column]);
            case FLOAT -> target.setFloat(targetColumn, (float) doubles[column]);
            case DOUBLE -> target.setDouble(targetColumn, doubles[column]);
            case DECIMAL -> target.setDecimal(targetColumn, (BigDecimal) objects[column]);
            case STRING -> target.setString(targetColumn, (String) objects[column]);
            case BINARY -> target.setBinary(targetColumn, (byte[]) objects[column]);
            case DATE -> target.setDate(targetColumn, (int) longs[column]);
            case TIMESTAMP -> target.setTimestamp(targetColumn, longs[column]);
            case STRUCT -> target.setStruct(targetColumn, (List<?>) objects[column]);
            case LIST -> target.setList(targetColumn, (List<?>) objects[column]);
            case MAP -> target.setMap(targetColumn, (Map<?, ?>) objects[column]);
        }
    }

    /** Copies every column of {@code other}, which has the same schema. */
    public void copyFrom(RowBuffer other) {
        System.arraycopy(other.longs, 0, longs, 0, longs.length);
        System.arraycopy(other.doubles, 0, doubles, 0, doubles.length);
        System.arraycopy(other.objects, 0, objects, 0, objects.length);
        System.arraycopy(other.nulls, 0, nulls, 0, nulls.length);
    }

    /** Whether any column is NULL. */
    public boolean hasNull() {
        for (boolean isNull : nulls) {
            if (isNull) {
                return true;
            }
        }
        return false;
    }

    /** Compares with {@code other} (same schema, no NULLs) column by column, as a tuple. */
    @SuppressWarnings("unchecked")
    public int compareTo(RowBuffer other) {
        for (int i = 0; i < kinds.length; i++) {
            int comparison = switch (kinds[i].storage()) {
                case LONG -> Long.compare(longs[i], other.longs[i]);
                case DOUBLE -> Double.compare(doubles[i], other.doubles[i]);
                case OBJECT -> ((Comparable<Object>) objects[i]).compareTo(other.objects[i]);
            };
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }

    /** The canonical value of column {@code column}, or {@code null} for NULL. */
    public Object canonical(int column) {
        if (nulls[column]) {
            return null;
        }
        return switch (kinds[column].storage()) {
            case LONG -> Values.fromLongSlot(kinds[column], longs[column]);
            case DOUBLE -> Values.fromDoubleSlot(kinds[column], doubles[column]);
            case OBJECT -> objects[column];
        };
    }

    private void setLongSlot(int column, long value) {
        nulls[column] = false;
        longs[column] = value;
    }

    private void setDoubleSlot(int column, double value) {
        nulls[column] = false;
        doubles[column] = value;
    }

    private void setObjectSlot(int column, Object value) {
        nulls[column] = value == null;
        objects[column] = value;
    }
}
