package dev.dovetail.api.predicate;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Converts a predicate value to the type of the column it is compared with, the way both the runtime's
 * evaluator and a pushing connector (binding JDBC parameters, say) should: a date string becomes a
 * {@link LocalDate} for a DATE column, a date becomes midnight UTC for a TIMESTAMP column, a whole
 * number becomes the column's integral type. A fractional number compared with an integral column stays
 * fractional ({@link Double} or {@link BigDecimal}), compared numerically.
 */
public final class LiteralCoercion {
    private LiteralCoercion() {
    }

    /**
     * {@code literal} as the canonical Java value of {@code field}'s type (see {@link DataType.Kind}).
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the column, its type and the value
     */
    public static Object coerce(Object literal, Field field) {
        Object value = Values.normalizeLiteral(literal);
        DataType.Kind kind = field.type().kind();
        try {
            return switch (kind) {
                case BOOLEAN -> toBoolean(value, field);
                case BYTE, SHORT, INT, LONG -> toIntegral(value, kind, field);
                case FLOAT -> (float) toDouble(value, field);
                case DOUBLE -> toDouble(value, field);
                case DECIMAL -> toDecimal(value, field);
                case STRING -> {
                    if (value instanceof String) {
                        yield value;
                    }
                    throw mismatch(field, value, "a quoted string");
                }
                case DATE -> toDate(value, field);
                case TIMESTAMP -> toTimestamp(value, field);
                case BINARY, STRUCT, LIST, MAP -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        "column '" + field.name() + "' is " + field.type().typeName() + ", which cannot be filtered");
            };
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw mismatch(field, value, expectation(kind));
        }
    }

    private static Boolean toBoolean(Object value, Field field) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw mismatch(field, value, "true or false");
    }

    private static Object toIntegral(Object value, DataType.Kind kind, Field field) {
        BigDecimal number;
        if (value instanceof Long l) {
            number = BigDecimal.valueOf(l);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw mismatch(field, value, "a finite number");
            }
            number = BigDecimal.valueOf(d);
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof String text) {
            number = new BigDecimal(text.trim());
        } else {
            throw mismatch(field, value, "a number");
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return value instanceof Double ? value : number; // fractional: compared numerically
        }
        long whole;
        try {
            whole = number.longValueExact();
        } catch (ArithmeticException outOfLongRange) {
            return number;
        }
        return switch (kind) {
            case BYTE -> whole == (byte) whole ? (Object) (byte) whole : (Object) whole;
            case SHORT -> whole == (short) whole ? (Object) (short) whole : (Object) whole;
            case INT -> whole == (int) whole ? (Object) (int) whole : (Object) whole;
            default -> whole;
        };
    }

    private static double toDouble(Object value, Field field) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            return Double.parseDouble(text.trim());
        }
        throw mismatch(field, value, "a number");
    }

    private static BigDecimal toDecimal(Object value, Field field) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (value instanceof String text) {
            return new BigDecimal(text.trim());
        }
        throw mismatch(field, value, "a number");
    }

    private static LocalDate toDate(Object value, Field field) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text) {
            return LocalDate.parse(text.trim());
        }
        throw mismatch(field, value, "a date such as 2024-01-31");
    }

    private static Instant toTimestamp(Object value, Field field) {
        Instant instant;
        if (value instanceof Instant given) {
            instant = given;
        } else if (value instanceof LocalDate date) {
            instant = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (value instanceof String text) {
            instant = parseTimestamp(text.trim());
        } else {
            throw mismatch(field, value, "a timestamp such as 2024-01-31T10:15:30Z");
        }
        Values.toEpochMicros(instant); // a TIMESTAMP is a long of microseconds: beyond that range, ArithmeticException
        return instant;
    }

    /**
     * Parses a timestamp: an instant ({@code 2024-01-31T10:15:30Z}), a date-time with offset, a local
     * date-time (with {@code T} or a space; read as UTC) or a date (midnight UTC).
     */
    public static Instant parseTimestamp(String text) {
        return parseTimestamp(text, ZoneOffset.UTC);
    }

    /**
     * Parses a timestamp as {@link #parseTimestamp(String)} does, reading local date-times and dates in
     * {@code zone} (Spark's session time zone, for partition bounds).
     */
    public static Instant parseTimestamp(String text, ZoneId zone) {
        String isoText = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(isoText).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(isoText).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
        }
    }

    private static String expectation(DataType.Kind kind) {
        return switch (kind) {
            case DATE -> "a date such as 2024-01-31";
            case TIMESTAMP -> "a timestamp such as 2024-01-31T10:15:30Z";
            case BOOLEAN -> "true or false";
            default -> "a number";
        };
    }

    private static ConnectorException mismatch(Field field, Object value, String expected) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "cannot compare column '" + field.name() + "' of type "
                + field.type().typeName() + " with " + Values.describe(value) + "; give " + expected);
    }
}
