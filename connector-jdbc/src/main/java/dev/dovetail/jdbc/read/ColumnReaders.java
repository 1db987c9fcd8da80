package dev.dovetail.jdbc.read;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.ListType;
import dev.dovetail.api.schema.Values;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.metadata.DataTypeMapping;
import dev.dovetail.jdbc.metadata.JdbcColumn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the JDBC connector converts what the driver holds (the column as the database describes it) into the
 * Dovetail type the sink expects, and the {@link ColumnReader} of each column {@link RowReader} does not read
 * in its own switch:
 * <ul>
 *   <li>DECIMAL is rounded half-up to the type's scale; a value too large for its precision fails naming
 *       the column and value ({@link #fit}, which {@code RowReader} calls);</li>
 *   <li>DATE and TIMESTAMP read a {@code LocalDate}, a {@code LocalDateTime} (a timestamp without time zone,
 *       taken as UTC wall time) or an {@code OffsetDateTime} (with a time zone, the instant), whichever the
 *       column holds ({@link #temporal}); {@code RowReader} reads a DATE column as a date and a timestamp
 *       column as a timestamp itself, with {@link #epochMicros}; a text column remapped to DATE or TIMESTAMP
 *       is parsed;</li>
 *   <li>LIST reads the SQL array and converts each element to its canonical form.</li>
 * </ul>
 */
final class ColumnReaders {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** How the driver holds a temporal column. */
    enum Temporal {
        DATE, WALL_CLOCK, INSTANT, TEXT
    }

    private ColumnReaders() {
    }

    /**
     * The reader of result set column {@code position} (1-based) into sink column {@code target}, for a column
     * that needs converting: DATE, TIMESTAMP or LIST ({@link RowReader} reads the flat types and DECIMAL itself).
     *
     * @param field the projected field: its name and type
     * @param column the database's description of the column
     */
    static ColumnReader of(Field field, JdbcColumn column, Dialect dialect, int position, int target) {
        DataType type = field.type();
        return switch (type.kind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL, STRING, BINARY -> throw new IllegalArgumentException(
                    "column '" + field.name() + "' is " + type.typeName() + ", which RowReader reads itself");
            case DATE -> date(temporal(column, dialect), field, position, target);
            case TIMESTAMP -> timestamp(temporal(column, dialect), field, position, target);
            case LIST -> {
                DataType element = ((ListType) type).element();
                boolean instants = hasTimeZoneElements(column);
                yield (rs, sink) -> {
                    Array array = rs.getArray(position);
                    if (array == null) {
                        sink.setNull(target);
                        return;
                    }
                    try {
                        sink.setList(target, elements((Object[]) array.getArray(), element, instants, field));
                    } finally {
                        array.free();
                    }
                };
            }
            case STRUCT, MAP -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + field.name()
                    + "' is " + type.typeName() + ", which the JDBC connector does not read; map it to STRING with option '"
                    + DataTypeMapping.OPTION + "'");
        };
    }

    /** How the driver holds {@code column}, a column read as DATE or TIMESTAMP. */
    static Temporal temporal(JdbcColumn column, Dialect dialect) {
        return switch (column.jdbcType()) {
            case Types.DATE -> Temporal.DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Temporal.INSTANT;
            case Types.TIMESTAMP -> dialect.hasTimeZone(column) ? Temporal.INSTANT : Temporal.WALL_CLOCK;
            default -> Temporal.TEXT;
        };
    }

    /** Reads a temporal column as a long (days or microseconds since the epoch); NULL is then told by {@code wasNull}. */
    @FunctionalInterface
    private interface EpochGetter {
        long get(ResultSet row, int position) throws SQLException;
    }

    private static ColumnReader date(Temporal source, Field field, int position, int target) {
        EpochGetter days = switch (source) {
            case DATE -> throw new IllegalArgumentException("column '" + field.name()
                    + "' is a DATE read as DATE, which RowReader reads itself");
            case WALL_CLOCK -> (rs, p) -> {
                LocalDateTime value = rs.getObject(p, LocalDateTime.class);
                return value == null ? 0 : value.toLocalDate().toEpochDay();
            };
            case INSTANT -> (rs, p) -> {
                OffsetDateTime value = rs.getObject(p, OffsetDateTime.class);
                return value == null ? 0 : value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toEpochDay();
            };
            case TEXT -> (rs, p) -> {
                String text = rs.getString(p);
                return text == null ? 0 : parse(field, text, "a date such as 2024-01-31", () -> LocalDate.parse(text.trim()).toEpochDay());
            };
        };
        return (rs, sink) -> {
            long value = days.get(rs, position);
            if (rs.wasNull()) {
                sink.setNull(target);
            } else {
                sink.setDate(target, Math.toIntExact(value));
            }
        };
    }

    private static ColumnReader timestamp(Temporal source, Field field, int position, int target) {
        EpochGetter micros = switch (source) {
            case DATE -> (rs, p) -> {
                LocalDate value = rs.getObject(p, LocalDate.class);
                return value == null ? 0 : Math.multiplyExact(value.toEpochDay(), MICROS_PER_DAY);
            };
            case WALL_CLOCK, INSTANT -> throw new IllegalArgumentException("column '" + field.name()
                    + "' is a timestamp read as TIMESTAMP, which RowReader reads itself");
            case TEXT -> (rs, p) -> {
                String text = rs.getString(p);
                return text == null ? 0 : parse(field, text, "a timestamp such as 2024-01-31T10:15:30Z",
                        () -> Values.toEpochMicros(LiteralCoercion.parseTimestamp(text.trim())));
            };
        };
        return (rs, sink) -> {
            long value = micros.get(rs, position);
            if (rs.wasNull()) {
                sink.setNull(target);
            } else {
                sink.setTimestamp(target, value);
            }
        };
    }

    /** {@code parser}'s result for the text of a column remapped to DATE or TIMESTAMP; an error naming column and text. */
    private static long parse(Field field, String text, String expected, java.util.function.LongSupplier parser) {
        try {
            return parser.getAsLong();
        } catch (DateTimeParseException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + field.name() + "' holds '" + text
                    + "', which is not " + expected + "; change option '" + DataTypeMapping.OPTION + "' for it", e);
        }
    }

    /** Microseconds since the epoch of a wall-clock time taken as UTC. */
    static long epochMicros(LocalDateTime value) {
        return micros(value.toEpochSecond(ZoneOffset.UTC), value.getNano());
    }

    /** Microseconds since the epoch of the instant {@code value} names. */
    static long epochMicros(OffsetDateTime value) {
        return micros(value.toEpochSecond(), value.getNano());
    }

    /** Microseconds since the epoch of a second and its nanoseconds (0..999,999,999). */
    private static long micros(long epochSecond, int nano) {
        return Math.addExact(Math.multiplyExact(epochSecond, 1_000_000L), nano / 1_000);
    }

    /** {@code value} at {@code type}'s scale (half-up), or an error if it has too many integer digits; null stays null. */
    static BigDecimal fit(BigDecimal value, DecimalType type, Field field) {
        if (value == null) {
            return null;
        }
        BigDecimal scaled = value.scale() > type.scale() || value.scale() < 0
                ? value.setScale(Math.min(Math.max(value.scale(), 0), type.scale()), RoundingMode.HALF_UP) : value;
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "value " + value.toPlainString() + " of column '"
                    + field.name() + "' does not fit its type " + type.typeName() + "; read the column as DOUBLE or STRING"
                    + " with option '" + DataTypeMapping.OPTION + "', e.g. {\"NUMERIC\":\"STRING\"}");
        }
        return scaled;
    }

    private static boolean hasTimeZoneElements(JdbcColumn column) {
        String type = column.upperTypeName();
        return type.contains("TIMESTAMPTZ") || type.contains("WITH TIME ZONE");
    }

    private static List<Object> elements(Object[] array, DataType element, boolean instants, Field field) {
        List<Object> list = new ArrayList<>(array.length);
        for (Object value : array) {
            list.add(value == null ? null : element(value, element, instants, field));
        }
        return Collections.unmodifiableList(list);
    }

    private static Object element(Object value, DataType type, boolean instants, Field field) {
        return switch (type.kind()) {
            case BOOLEAN -> value instanceof Boolean ? value : Boolean.valueOf(value.toString());
            case BYTE -> ((Number) value).byteValue();
            case SHORT -> ((Number) value).shortValue();
            case INT -> ((Number) value).intValue();
            case LONG -> ((Number) value).longValue();
            case FLOAT -> ((Number) value).floatValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case DECIMAL -> fit(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()),
                    (DecimalType) type, field);
            case DATE -> value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
            case TIMESTAMP -> {
                if (value instanceof Timestamp timestamp) {
                    yield instants ? timestamp.toInstant() : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
                }
                if (value instanceof OffsetDateTime offset) {
                    yield offset.toInstant();
                }
                yield ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
            }
            case STRING -> value.toString();
            default -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + field.name() + "' is an array of "
                    + type.typeName() + ", which the JDBC connector does not read; map ARRAY to STRING with option '"
                    + DataTypeMapping.OPTION + "'");
        };
    }
}
