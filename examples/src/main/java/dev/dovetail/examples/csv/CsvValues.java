package dev.dovetail.examples.csv;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * How the CSV connector spells values: {@value #NULL} is NULL (as in PostgreSQL's COPY), and so is an
 * empty cell of a column other than STRING and BINARY (there it is the empty string or byte array);
 * dates and timestamps are ISO-8601 ({@code 2024-01-31}, {@code 2024-01-31T10:15:30Z}); binary is
 * Base64; booleans are {@code true}/{@code false}.
 */
final class CsvValues {
    /** The spelling of NULL. */
    static final String NULL = "\\N";

    private CsvValues() {
    }

    /** Whether {@code text} is NULL for {@code kind}. */
    static boolean isNull(String text, DataType.Kind kind) {
        return NULL.equals(text) || (text.isEmpty() && kind != DataType.Kind.STRING && kind != DataType.Kind.BINARY);
    }

    /**
     * Parses {@code text} and writes it into {@code sink}'s column {@code column} with the setter of the
     * field's type.
     *
     * @throws IllegalArgumentException if the text is not a value of the field's type
     */
    static void parseInto(String text, Field field, RowSink sink, int column) {
        DataType.Kind kind = field.type().kind();
        if (isNull(text, kind)) {
            sink.setNull(column);
            return;
        }
        switch (kind) {
            case BOOLEAN -> sink.setBoolean(column, parseBoolean(text));
            case BYTE -> sink.setByte(column, Byte.parseByte(text));
            case SHORT -> sink.setShort(column, Short.parseShort(text));
            case INT -> sink.setInt(column, Integer.parseInt(text));
            case LONG -> sink.setLong(column, Long.parseLong(text));
            case FLOAT -> sink.setFloat(column, Float.parseFloat(text));
            case DOUBLE -> sink.setDouble(column, Double.parseDouble(text));
            case DECIMAL -> sink.setDecimal(column, decimal(text, (DecimalType) field.type()));
            case STRING -> sink.setString(column, text);
            case BINARY -> sink.setBinary(column, Base64.getDecoder().decode(text));
            case DATE -> sink.setDate(column, LocalDate.parse(text));
            case TIMESTAMP -> sink.setTimestamp(column, Instant.parse(text));
            case STRUCT, LIST, MAP -> throw new IllegalArgumentException("nested types are not supported in CSV");
        }
    }

    /** The text of a canonical value ({@code null} for NULL). */
    static String format(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("not true or false");
    }

    private static BigDecimal decimal(String text, DecimalType type) {
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > type.scale()) {
            throw new IllegalArgumentException("more than " + type.scale() + " digits after the point");
        }
        return value.setScale(type.scale(), RoundingMode.UNNECESSARY);
    }
}
