package dev.dovetail.appflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.ListType;
import dev.dovetail.api.schema.MapType;
import dev.dovetail.api.schema.StructType;
import dev.dovetail.api.schema.Values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes each row as one JSON object, typed as the entity declares, into a {@link RecordPage}: numbers as JSON
 * numbers (decimals plain), booleans as booleans, strings as strings, BINARY as base64, DATE as
 * {@code 2021-04-20}, TIMESTAMP as an ISO-8601 instant in UTC ({@code 2021-04-20T10:30:35.123456Z}), STRUCT and
 * MAP as objects, LIST as arrays, NULL as {@code null}. One reused generator and buffer; no per-row maps.
 * Rows the page skips are not serialized. Used by one thread, during one read.
 */
final class JsonRecordSink implements RowSink {
    private final EntitySchema schema;
    private final SerializableString[] names;
    private final RecordPage page;
    private final ByteArrayBuilder buffer;
    private final JsonGenerator json;
    private boolean inRow;

    JsonRecordSink(JsonFactory factory, EntitySchema schema, RecordPage page) {
        this.schema = schema;
        this.page = page;
        this.names = new SerializableString[schema.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(schema.field(i).name());
        }
        this.buffer = new ByteArrayBuilder(1024);
        try {
            this.json = factory.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(null);
    }

    /** Starts the object of the row and names {@code column}; false if the row is skipped. */
    private boolean field(int column) throws IOException {
        if (page.skipping()) {
            return false;
        }
        if (!inRow) {
            json.writeStartObject();
            inRow = true;
        }
        json.writeFieldName(names[column]);
        return true;
    }

    @Override
    public void setNull(int column) {
        try {
            if (field(column)) {
                json.writeNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setBoolean(int column, boolean value) {
        try {
            if (field(column)) {
                json.writeBoolean(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setByte(int column, byte value) {
        setInt(column, value);
    }

    @Override
    public void setShort(int column, short value) {
        setInt(column, value);
    }

    @Override
    public void setInt(int column, int value) {
        try {
            if (field(column)) {
                json.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setLong(int column, long value) {
        try {
            if (field(column)) {
                json.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setFloat(int column, float value) {
        try {
            if (field(column)) {
                json.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setDouble(int column, double value) {
        try {
            if (field(column)) {
                json.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        try {
            if (field(column)) {
                json.writeNumber(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setString(int column, String value) {
        try {
            if (field(column)) {
                json.writeString(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        try {
            if (field(column)) {
                if (utf8 == null) {
                    json.writeNull();
                } else {
                    json.writeUTF8String(utf8, offset, length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setBinary(int column, byte[] value) {
        try {
            if (field(column)) {
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeBinary(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setDate(int column, int epochDay) {
        try {
            if (field(column)) {
                json.writeString(LocalDate.ofEpochDay(epochDay).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        try {
            if (field(column)) {
                json.writeString(DateTimeFormatter.ISO_INSTANT.format(Values.fromEpochMicros(epochMicros)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        try {
            if (field(column)) {
                write(value, schema.field(column).type());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a canonical value of {@code type}; {@code null} is NULL. */
    private void write(Object value, DataType type) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (type.kind()) {
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case BYTE, SHORT, INT -> json.writeNumber(((Number) value).intValue());
            case LONG -> json.writeNumber((Long) value);
            case FLOAT -> json.writeNumber((Float) value);
            case DOUBLE -> json.writeNumber((Double) value);
            case DECIMAL -> json.writeNumber((BigDecimal) value);
            case STRING -> json.writeString((String) value);
            case BINARY -> json.writeBinary((byte[]) value);
            case DATE -> json.writeString(value.toString());
            case TIMESTAMP -> json.writeString(DateTimeFormatter.ISO_INSTANT.format((Instant) value));
            case STRUCT -> {
                List<Field> fields = ((StructType) type).fields();
                List<?> values = (List<?>) value;
                json.writeStartObject();
                for (int i = 0; i < fields.size(); i++) {
                    json.writeFieldName(fields.get(i).name());
                    write(values.get(i), fields.get(i).type());
                }
                json.writeEndObject();
            }
            case LIST -> {
                DataType element = ((ListType) type).element();
                json.writeStartArray();
                for (Object item : (List<?>) value) {
                    write(item, element);
                }
                json.writeEndArray();
            }
            case MAP -> {
                DataType valueType = ((MapType) type).value();
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    write(entry.getValue(), valueType);
                }
                json.writeEndObject();
            }
        }
    }

    @Override
    public boolean endRow() {
        if (page.skipping()) {
            page.skipRow();
            return true;
        }
        try {
            if (!inRow) {
                json.writeStartObject();
            }
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inRow = false;
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        return page.offer(new String(bytes, StandardCharsets.UTF_8), wireBytes(bytes));
    }

    /**
     * What a record adds to the response as an element of its {@code records} array: its bytes, one more for
     * each quote or backslash the enclosing string escapes, the two quotes and a comma. The record's own
     * generator already escaped control characters, and multi-byte UTF-8 never contains those two bytes.
     */
    static long wireBytes(byte[] record) {
        long escapes = 0;
        for (byte b : record) {
            if (b == '"' || b == '\\') {
                escapes++;
            }
        }
        return record.length + escapes + 3;
    }
}
