package dev.dovetail.api.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Conversions between the Java representations of values: the canonical object of a {@link DataType.Kind}
 * (what a {@code Row} holds) and the primitive form a row buffer stores (epoch days for DATE, epoch
 * microseconds for TIMESTAMP, 0/1 for BOOLEAN).
 */
public final class Values {
    private static final Instant MICROS_EPOCH = Instant.EPOCH;

    private Values() {
    }

    /** Microseconds since the epoch of {@code instant}, truncating sub-microsecond precision. */
    public static long toEpochMicros(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0) {
            // Before the epoch, seconds * 10^6 alone can overflow although the sum does not (the earliest
            // micro is -9223372036855 s + 224192 us): borrow the second first, as Spark does.
            return Math.addExact(Math.multiplyExact(seconds + 1, 1_000_000L), instant.getNano() / 1_000 - 1_000_000L);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), instant.getNano() / 1_000);
    }

    /** The instant {@code micros} microseconds after the epoch. */
    public static Instant fromEpochMicros(long micros) {
        return MICROS_EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** Days since 1970-01-01 of {@code date}. */
    public static int toEpochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** The date {@code days} days after 1970-01-01. */
    public static LocalDate fromEpochDay(long days) {
        return LocalDate.ofEpochDay(days);
    }

    /**
     * The canonical object of {@code kind} for a value stored in a long slot: a {@link Boolean},
     * {@link Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link LocalDate} or {@link Instant}.
     */
    public static Object fromLongSlot(DataType.Kind kind, long value) {
        return switch (kind) {
            case BOOLEAN -> value != 0;
            case BYTE -> (byte) value;
            case SHORT -> (short) value;
            case INT -> (int) value;
            case LONG -> value;
            case DATE -> fromEpochDay(value);
            case TIMESTAMP -> fromEpochMicros(value);
            default -> throw new IllegalArgumentException(kind + " is not stored in a long slot");
        };
    }

    /** The long-slot form of a canonical {@code value} (see {@link #fromLongSlot}). */
    public static long toLongSlot(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof LocalDate date) {
            return date.toEpochDay();
        }
        if (value instanceof Instant instant) {
            return toEpochMicros(instant);
        }
        throw new IllegalArgumentException(describe(value) + " is not stored in a long slot");
    }

    /** The canonical object of {@code kind} for a value stored in a double slot. */
    public static Object fromDoubleSlot(DataType.Kind kind, double value) {
        return kind == DataType.Kind.FLOAT ? (Object) (float) value : (Object) value;
    }

    /**
     * Whether {@code value} is the canonical representation of a non-null value of {@code type} (for
     * DECIMAL: a BigDecimal whose scale does not exceed the type's).
     */
    public static boolean isCanonical(Object value, DataType type) {
        return switch (type.kind()) {
            case BOOLEAN -> value instanceof Boolean;
            case BYTE -> value instanceof Byte;
            case SHORT -> value instanceof Short;
            case INT -> value instanceof Integer;
            case LONG -> value instanceof Long;
            case FLOAT -> value instanceof Float;
            case DOUBLE -> value instanceof Double;
            case DECIMAL -> value instanceof BigDecimal decimal && decimal.scale() <= ((DecimalType) type).scale();
            case STRING -> value instanceof String;
            case BINARY -> value instanceof byte[];
            case DATE -> value instanceof LocalDate;
            case TIMESTAMP -> value instanceof Instant;
            case STRUCT -> value instanceof List<?> list && list.size() == ((StructType) type).fields().size();
            case LIST -> value instanceof List<?>;
            case MAP -> value instanceof Map<?, ?>;
        };
    }

    /** A literal normalised for predicates: integral numbers become {@link Long}, floats {@link Double}. */
    public static Object normalizeLiteral(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a predicate value is null; use IS NULL / IS NOT NULL to test for NULL");
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Long || value instanceof Double || value instanceof BigDecimal || value instanceof String
                || value instanceof Boolean || value instanceof LocalDate || value instanceof Instant) {
            return value;
        }
        throw new IllegalArgumentException("a predicate value must be a number, string, boolean, LocalDate or Instant; got "
                + describe(value));
    }

    /** {@code value}'s class and text, for messages about values that are not secrets. */
    public static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
