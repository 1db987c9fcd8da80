package dev.dovetail.api.read;

import dev.dovetail.api.schema.Values;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One immutable row of canonical values (see {@link dev.dovetail.api.schema.DataType.Kind}), positioned
 * like the schema it belongs to; {@code null} is SQL NULL. Used for write batches and for the rows the
 * harness collects, not on the read hot path. Rows compare by value, arrays included.
 */
public final class Row implements RowView, Serializable {
    private static final long serialVersionUID = 1L;

    private final Object[] values;

    private Row(Object[] values) {
        this.values = values;
    }

    /** A row of {@code values}, in column order ({@code null} for NULL). */
    public static Row of(Object... values) {
        return new Row(values.clone());
    }

    /** A row of {@code values}, in column order ({@code null} for NULL). */
    public static Row of(List<?> values) {
        return new Row(values.toArray());
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The canonical value at {@code column}, or {@code null} for NULL. */
    public Object get(int column) {
        return values[column];
    }

    /** The values, in column order; an unmodifiable list that may contain {@code null}s. */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public boolean isNull(int column) {
        return values[column] == null;
    }

    @Override
    public long getLong(int column) {
        return Values.toLongSlot(values[column]);
    }

    @Override
    public double getDouble(int column) {
        return ((Number) values[column]).doubleValue();
    }

    @Override
    public Object getObject(int column) {
        return values[column];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && Arrays.deepEquals(values, row.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    /** {@code [1, 'ada', 2024-01-31, NULL]}. */
    @Override
    public String toString() {
        return Arrays.stream(values).map(Row::format).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        if (value instanceof byte[] bytes) {
            return "0x" + java.util.HexFormat.of().formatHex(bytes);
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
