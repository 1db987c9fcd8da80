package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The harness's sink: checks every row against the connector contract (each column set exactly once,
 * with the setter of its type, before {@code endRow}), either keeps the rows as {@link Row}s or only
 * counts them (constant memory, for huge reads), and passes every checked value on, typed, to a
 * downstream sink ({@link DiscardingSink} unless the caller streams), whose {@code endRow} answer it returns.
 */
final class RowCollector implements RowSink {
    private final EntitySchema schema;
    private final DataType.Kind[] kinds;
    private final boolean[] nullable;
    private final boolean keepRows;
    private final Object[] values;
    /** The columns set in the current row, one bit each, 64 to a word: cheap to test, set and clear per row. */
    private final long[] set;
    /** {@link #set} when every column is set. */
    private final long[] complete;
    private final RowSink downstream;
    private final List<Row> rows = new ArrayList<>();
    private long count;

    RowCollector(EntitySchema schema, boolean keepRows, RowSink downstream) {
        this.downstream = requireNonNull(downstream, "downstream is null");
        this.schema = schema;
        this.kinds = schema.fields().stream().map(field -> field.type().kind()).toArray(DataType.Kind[]::new);
        this.nullable = new boolean[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            nullable[i] = schema.field(i).nullable();
        }
        this.keepRows = keepRows;
        this.values = new Object[kinds.length];
        this.set = new long[(kinds.length + 63) >>> 6];
        this.complete = new long[set.length];
        for (int i = 0; i < kinds.length; i++) {
            complete[i >>> 6] |= 1L << i;
        }
    }

    /** The rows kept, in the order written. */
    List<Row> rows() {
        return rows;
    }

    /** The number of rows written. */
    long count() {
        return count;
    }

    // Every setter runs for every value, inlined into the connector's read loop, where the JIT's budget for
    // one compilation is shared by all the columns' getters and setters: the checks' fast paths are kept a few
    // bytecodes long, and every message is built in a method of its own that runs only when the check fails.

    @Override
    public void setNull(int column) {
        // An index outside the projection has no kind: mark refuses it, naming the index.
        mark(column, column >= 0 && column < kinds.length ? kinds[column] : null);
        if (!nullable[column]) {
            throw notNullable(column);
        }
        downstream.setNull(column);
    }

    @Override
    public void setBoolean(int column, boolean value) {
        mark(column, DataType.Kind.BOOLEAN);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setBoolean(column, value);
    }

    @Override
    public void setByte(int column, byte value) {
        mark(column, DataType.Kind.BYTE);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setByte(column, value);
    }

    @Override
    public void setShort(int column, short value) {
        mark(column, DataType.Kind.SHORT);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setShort(column, value);
    }

    @Override
    public void setInt(int column, int value) {
        mark(column, DataType.Kind.INT);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setInt(column, value);
    }

    @Override
    public void setLong(int column, long value) {
        mark(column, DataType.Kind.LONG);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setLong(column, value);
    }

    @Override
    public void setFloat(int column, float value) {
        mark(column, DataType.Kind.FLOAT);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setFloat(column, value);
    }

    @Override
    public void setDouble(int column, double value) {
        mark(column, DataType.Kind.DOUBLE);
        if (keepRows) {
            values[column] = value;
        }
        downstream.setDouble(column, value);
    }

    @Override
    public void setDate(int column, int epochDay) {
        mark(column, DataType.Kind.DATE);
        if (keepRows) {
            values[column] = Values.fromEpochDay(epochDay);
        }
        downstream.setDate(column, epochDay);
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        mark(column, DataType.Kind.TIMESTAMP);
        if (keepRows) {
            values[column] = Values.fromEpochMicros(epochMicros);
        }
        downstream.setTimestamp(column, epochMicros);
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        if (putChecked(column, value, DataType.Kind.DECIMAL)) {
            downstream.setDecimal(column, value);
        }
    }

    /** A String is canonical by its type: only its column is checked. */
    @Override
    public void setString(int column, String value) {
        if (putReference(column, value, DataType.Kind.STRING)) {
            downstream.setString(column, value);
        }
    }

    /**
     * Checks the range, and passes the bytes on as they are; a kept row holds them decoded, and malformed
     * UTF-8 in it breaks the contract.
     */
    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        if (utf8 == null) {
            setNull(column);
            return;
        }
        mark(column, DataType.Kind.STRING);
        if (offset < 0 || length < 0 || length > utf8.length - offset) {
            throw outOfRange(column, utf8, offset, length);
        }
        if (keepRows) {
            values[column] = decode(column, utf8, offset, length);
        }
        downstream.setUtf8(column, utf8, offset, length);
    }

    private String decode(int column, byte[] utf8, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw violation("wrote bytes that are not well-formed UTF-8 into column '" + schema.field(column).name() + "'");
        }
    }

    /** A byte[] is canonical by its type: only its column is checked. */
    @Override
    public void setBinary(int column, byte[] value) {
        if (putReference(column, value, DataType.Kind.BINARY)) {
            downstream.setBinary(column, value);
        }
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        if (putChecked(column, fieldValues, DataType.Kind.STRUCT)) {
            downstream.setStruct(column, fieldValues);
        }
    }

    @Override
    public void setList(int column, List<?> elements) {
        if (putChecked(column, elements, DataType.Kind.LIST)) {
            downstream.setList(column, elements);
        }
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        if (putChecked(column, entries, DataType.Kind.MAP)) {
            downstream.setMap(column, entries);
        }
    }

    @Override
    public boolean endRow() {
        for (int word = 0; word < set.length; word++) {
            if (set[word] != complete[word]) {
                throw incomplete(word);
            }
            set[word] = 0;
        }
        if (keepRows) {
            rows.add(Row.of(values));
            Arrays.fill(values, null);
        }
        count++;
        return downstream.endRow();
    }

    /** Checks and keeps a reference value; whether it is non-null and so still to pass downstream (NULL was passed). */
    private boolean putReference(int column, Object value, DataType.Kind kind) {
        if (value == null) {
            setNull(column);
            return false;
        }
        mark(column, kind);
        if (keepRows) {
            values[column] = value;
        }
        return true;
    }

    /**
     * {@link #putReference} for a value whose type has more to it than its class (a decimal's scale, a struct's
     * arity), which is checked too; a value that breaks it fails the read, so the row it was kept in never ends.
     */
    private boolean putChecked(int column, Object value, DataType.Kind kind) {
        if (!putReference(column, value, kind)) {
            return false;
        }
        if (!Values.isCanonical(value, schema.field(column).type())) {
            throw notCanonical(column, value);
        }
        return true;
    }

    /** Checks that {@code column} exists, has {@code kind} and was not set yet in this row, and marks it set. */
    private void mark(int column, DataType.Kind kind) {
        if (column >= 0 && column < kinds.length && kinds[column] == kind) {
            long bit = 1L << column; // the shift takes the low six bits: the column's bit in its word
            long word = set[column >>> 6];
            if ((word & bit) == 0) {
                set[column >>> 6] = word | bit;
                return;
            }
        }
        throw misplaced(column, kind);
    }

    /** Why {@link #mark} refused {@code column}: outside the projection, of another kind, or set twice. */
    private ConnectorException misplaced(int column, DataType.Kind kind) {
        if (column < 0 || column >= kinds.length) {
            return violation("wrote column index " + column + " but the projection has " + kinds.length
                    + " columns " + schema.fieldNames());
        }
        if (kind != kinds[column]) {
            return violation("wrote a " + kind + " into column '" + schema.field(column).name() + "', which is "
                    + schema.field(column).type().typeName() + "; use the setter of the column's type");
        }
        return violation("set column '" + schema.field(column).name() + "' twice in row " + count);
    }

    private ConnectorException notNullable(int column) {
        return violation("set NULL in column '" + schema.field(column).name() + "', which is NOT NULL");
    }

    private ConnectorException outOfRange(int column, byte[] utf8, int offset, int length) {
        return violation("wrote " + length + " UTF-8 bytes from offset " + offset + " of a " + utf8.length
                + "-byte array into column '" + schema.field(column).name() + "'");
    }

    private ConnectorException notCanonical(int column, Object value) {
        return violation("wrote " + Values.describe(value) + " into column '" + schema.field(column).name()
                + "' of type " + schema.field(column).type().typeName());
    }

    private ConnectorException incomplete(int word) {
        int missing = (word << 6) + Long.numberOfTrailingZeros(~set[word] & complete[word]);
        return violation("ended row " + count + " without setting column '" + schema.field(missing).name()
                + "'; every column of the projection must be set (setNull for NULL) before endRow()");
    }

    private static ConnectorException violation(String problem) {
        return new ConnectorException(ErrorCode.UNKNOWN_ERROR, "the connector broke the RowSink contract: it " + problem);
    }
}
