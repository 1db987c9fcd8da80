package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.EntitySchema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;

import static java.util.Objects.requireNonNull;

/**
 * A {@link RowSink} writing typed values straight into a Spark {@link InternalRow} (a reused
 * {@code SpecificInternalRow}, whose primitive slots are mutable: no boxing), column {@code i} of the
 * split's output going to Spark ordinal {@code ordinals[i]}, or nowhere when that is -1 (a column read
 * only because Spark's pruned schema was empty, as for {@code count(*)}).
 *
 * <p>Strings become {@link UTF8String}s, decimals {@link Decimal}s of the column's precision and scale,
 * dates their epoch day, timestamps their epoch microseconds, nested values Catalyst's row, array and
 * map data ({@link SparkTypes#toCatalyst}). {@link #endRow()} moves to the {@link SplitHandOff.Target}'s next row.
 * Used by one thread.
 */
final class InternalRowSink implements RowSink {
    /**
     * A batch of reused rows: one buffer of the hand-off. Every column of a row is written anew, so clearing
     * has nothing to do.
     */
    static final class Rows implements SplitHandOff.Buffer {
        final SpecificInternalRow[] rows;

        Rows(StructType schema, int capacity) {
            rows = new SpecificInternalRow[capacity];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new SpecificInternalRow(schema);
            }
        }

        @Override
        public void clear() {
        }
    }

    private final int[] ordinals;
    private final DataType[] types;
    private final String[] names;
    private final SplitHandOff.Target<Rows> target;
    private InternalRow row;

    InternalRowSink(EntitySchema output, int[] ordinals, SplitHandOff.Target<Rows> target) {
        requireNonNull(output, "output is null");
        this.ordinals = ordinals.clone();
        this.target = requireNonNull(target, "target is null");
        this.types = new DataType[output.size()];
        this.names = new String[output.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = output.field(i).type();
            names[i] = output.field(i).name();
        }
        if (this.ordinals.length != types.length) {
            throw new IllegalArgumentException("ordinals " + ordinals.length + " for " + types.length + " columns");
        }
        this.row = target.buffer().rows[target.row()];
    }

    @Override
    public void setNull(int column) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setNullAt(ordinal);
        }
    }

    @Override
    public void setBoolean(int column, boolean value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setBoolean(ordinal, value);
        }
    }

    @Override
    public void setByte(int column, byte value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setByte(ordinal, value);
        }
    }

    @Override
    public void setShort(int column, short value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setShort(ordinal, value);
        }
    }

    @Override
    public void setInt(int column, int value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setInt(ordinal, value);
        }
    }

    @Override
    public void setLong(int column, long value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setLong(ordinal, value);
        }
    }

    @Override
    public void setFloat(int column, float value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setFloat(ordinal, value);
        }
    }

    @Override
    public void setDouble(int column, double value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setDouble(ordinal, value);
        }
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        int ordinal = ordinals[column];
        if (ordinal < 0) {
            return;
        }
        if (value == null) {
            row.setNullAt(ordinal);
        } else {
            DecimalType type = (DecimalType) types[column];
            try {
                row.update(ordinal, Decimal.apply(value, type.precision(), type.scale()));
            } catch (ArithmeticException e) {
                throw decimalTooWide(names[column], type, value, e);
            }
        }
    }

    @Override
    public void setString(int column, String value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.update(ordinal, value == null ? null : UTF8String.fromString(value));
        }
    }

    /** Copies the bytes: the row outlives the call, the caller's array may not. */
    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.update(ordinal, utf8 == null ? null : UTF8String.fromBytes(Arrays.copyOfRange(utf8, offset, offset + length)));
        }
    }

    @Override
    public void setBinary(int column, byte[] value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.update(ordinal, value);
        }
    }

    @Override
    public void setDate(int column, int epochDay) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setInt(ordinal, epochDay);
        }
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.setLong(ordinal, epochMicros);
        }
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        setNested(column, fieldValues);
    }

    @Override
    public void setList(int column, List<?> elements) {
        setNested(column, elements);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        setNested(column, entries);
    }

    private void setNested(int column, Object value) {
        int ordinal = ordinals[column];
        if (ordinal >= 0) {
            row.update(ordinal, SparkTypes.toCatalyst(value, types[column]));
        }
    }

    /** The error for a decimal that does not fit its column's declared precision: it says how to fix it. */
    static ConnectorException decimalTooWide(String column, DecimalType type, BigDecimal value, ArithmeticException cause) {
        return new ConnectorException(ErrorCode.SERVER_ERROR, "column '" + column + "' is " + type.typeName()
                + " but the connector returned a value with " + value.precision() + " digits ("
                + (value.precision() - value.scale()) + " before the point); declare a wider DECIMAL in the"
                + " connector's metadata", cause);
    }

    @Override
    public boolean endRow() {
        boolean more = target.endRow();
        row = target.buffer().rows[target.row()];
        return more;
    }
}
