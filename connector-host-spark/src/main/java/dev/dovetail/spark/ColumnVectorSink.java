package dev.dovetail.spark;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.EntitySchema;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.vectorized.ColumnarBatch;

import static java.util.Objects.requireNonNull;

/**
 * A {@link RowSink} writing typed values straight into reused Spark {@link OnHeapColumnVector}s at the
 * current row, column {@code i} of the split's output going to vector {@code ordinals[i]}, or nowhere when
 * that is -1 (a column read only because Spark's pruned schema was empty, as for {@code count(*)}).
 *
 * <p>Primitives go in with {@code putLong}, {@code putInt}...; strings as their UTF-8 bytes
 * ({@code putByteArray} copies them into the vector; no {@code UTF8String} is built, and
 * {@code String.getBytes(UTF_8)}, an intrinsic copy for Latin-1 strings, measured as fast as encoding ASCII
 * into a reused array); decimals as a {@link Decimal} of the column's precision and scale (an error
 * naming the column when a value does not fit); dates their epoch day, timestamps their epoch
 * microseconds. Nested columns have no vector form: the Spark host reads them with rows
 * ({@link SplitRowReader}), and this sink rejects them. {@link #endRow()} moves to the
 * {@link SplitHandOff.Target}'s next row. Used by one thread.
 */
final class ColumnVectorSink implements RowSink {
    /** Reused column vectors and the Spark batch over them: one buffer of the hand-off. */
    static final class Vectors implements SplitHandOff.Buffer {
        final OnHeapColumnVector[] vectors;
        final ColumnarBatch batch;

        Vectors(OnHeapColumnVector[] vectors) {
            this.vectors = requireNonNull(vectors, "vectors is null");
            this.batch = new ColumnarBatch(vectors);
        }

        @Override
        public void clear() {
            for (OnHeapColumnVector vector : vectors) {
                vector.reset();
            }
        }
    }

    private final SplitHandOff.Target<Vectors> target;
    private final String[] names;
    private final DecimalType[] decimals;
    private final int[] ordinals;
    // For each output column, its vector in the current batch, or null when the column is dropped.
    private final OnHeapColumnVector[] columns;
    private Vectors batch;
    private int row;

    ColumnVectorSink(EntitySchema output, int[] ordinals, SplitHandOff.Target<Vectors> target) {
        requireNonNull(output, "output is null");
        this.ordinals = ordinals.clone();
        this.target = requireNonNull(target, "target is null");
        if (this.ordinals.length != output.size()) {
            throw new IllegalArgumentException("ordinals " + ordinals.length + " for " + output.size() + " columns");
        }
        this.names = new String[output.size()];
        this.decimals = new DecimalType[output.size()];
        for (int i = 0; i < names.length; i++) {
            DataType type = output.field(i).type();
            names[i] = output.field(i).name();
            if (type instanceof DecimalType decimal) {
                decimals[i] = decimal;
            }
        }
        this.columns = new OnHeapColumnVector[output.size()];
        moveTo(target.buffer(), target.row());
    }

    private void moveTo(Vectors next, int nextRow) {
        row = nextRow;
        if (next != batch) {
            batch = next;
            for (int i = 0; i < columns.length; i++) {
                columns[i] = ordinals[i] < 0 ? null : next.vectors[ordinals[i]];
            }
        }
    }

    @Override
    public void setNull(int column) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putNull(row);
        }
    }

    @Override
    public void setBoolean(int column, boolean value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putBoolean(row, value);
        }
    }

    @Override
    public void setByte(int column, byte value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putByte(row, value);
        }
    }

    @Override
    public void setShort(int column, short value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putShort(row, value);
        }
    }

    @Override
    public void setInt(int column, int value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putInt(row, value);
        }
    }

    @Override
    public void setLong(int column, long value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putLong(row, value);
        }
    }

    @Override
    public void setFloat(int column, float value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putFloat(row, value);
        }
    }

    @Override
    public void setDouble(int column, double value) {
        OnHeapColumnVector vector = columns[column];
        if (vector != null) {
            vector.putDouble(row, value);
        }
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        OnHeapColumnVector vector = columns[column];
        if (vector == null) {
            return;
        }
        if (value == null) {
            vector.putNull(row);
            return;
        }
        DecimalType type = decimals[column];
        try {
            vector.putDecimal(row, Decimal.apply(value, type.precision(), type.scale()), type.precision());
        } catch (ArithmeticException e) {
            throw InternalRowSink.decimalTooWide(names[column], type, value, e);
        }
    }

    @Override
    public void setString(int column, String value) {
        OnHeapColumnVector vector = columns[column];
        if (vector == null) {
            return;
        }
        if (value == null) {
            vector.putNull(row);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        vector.putByteArray(row, utf8, 0, utf8.length);
    }

    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        putBytes(column, utf8, offset, length);
    }

    @Override
    public void setBinary(int column, byte[] value) {
        putBytes(column, value, 0, value == null ? 0 : value.length);
    }

    /** A STRING's UTF-8 or a BINARY's bytes, copied into the vector; NULL for a {@code null} array. */
    private void putBytes(int column, byte[] bytes, int offset, int length) {
        OnHeapColumnVector vector = columns[column];
        if (vector == null) {
            return;
        }
        if (bytes == null) {
            vector.putNull(row);
        } else {
            vector.putByteArray(row, bytes, offset, length);
        }
    }

    @Override
    public void setDate(int column, int epochDay) {
        setInt(column, epochDay);
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        setLong(column, epochMicros);
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        throw nested(column);
    }

    @Override
    public void setList(int column, List<?> elements) {
        throw nested(column);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        throw nested(column);
    }

    private IllegalStateException nested(int column) {
        return new IllegalStateException("column '" + names[column] + "' is nested, which the Spark host reads as rows,"
                + " never as column vectors");
    }

    @Override
    public boolean endRow() {
        boolean more = target.endRow();
        moveTo(target.buffer(), target.row());
        return more;
    }
}
