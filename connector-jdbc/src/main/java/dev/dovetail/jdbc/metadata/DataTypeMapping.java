package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;

import java.sql.JDBCType;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Glue's option {@code dataTypeMapping}: a JSON object from a JDBC type name ({@link JDBCType}'s names,
 * {@code INTEGER}, {@code BIGINT}, {@code DECIMAL}, {@code VARCHAR}, {@code TIMESTAMP}, {@code DATE}, ...;
 * matched ignoring case) to the type every column the driver reports with that JDBC type is read as:
 * one of {@link Target}. It changes the described schema and the values read. A remapped column is not
 * filterable: the database would compare its original type, so the runtime filters it on the mapped value.
 */
public final class DataTypeMapping {
    /** The option's name. */
    public static final String OPTION = "dataTypeMapping";

    private static final DataTypeMapping NONE = new DataTypeMapping(Map.of());

    /** The types a JDBC type can be mapped to, named as Glue names them. */
    public enum Target {
        DATE, STRING, TIMESTAMP, INT, FLOAT, LONG, BIGDECIMAL, BYTE, SHORT, DOUBLE;

        /** The Dovetail type; BIGDECIMAL keeps a decimal column's precision and scale, else DECIMAL(38,18). */
        DataType type(DataType original) {
            return switch (this) {
                case DATE -> DataType.DATE;
                case STRING -> DataType.STRING;
                case TIMESTAMP -> DataType.TIMESTAMP;
                case INT -> DataType.INT;
                case FLOAT -> DataType.FLOAT;
                case LONG -> DataType.LONG;
                case BIGDECIMAL -> original instanceof DecimalType ? original : JdbcTypes.UNCONSTRAINED_DECIMAL;
                case BYTE -> DataType.BYTE;
                case SHORT -> DataType.SHORT;
                case DOUBLE -> DataType.DOUBLE;
            };
        }
    }

    private final Map<JDBCType, Target> targets;

    private DataTypeMapping(Map<JDBCType, Target> targets) {
        this.targets = targets;
    }

    /** No mapping: every column keeps its dialect's type. */
    public static DataTypeMapping none() {
        return NONE;
    }

    /**
     * The mapping {@code json} gives; {@link #none()} when absent or blank.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the option, the bad entry and
     *     the accepted names
     */
    public static DataTypeMapping parse(Optional<String> json) {
        if (json.isEmpty() || json.get().isBlank()) {
            return NONE;
        }
        Map<String, String> entries;
        try {
            entries = FlatJsonObject.parse(json.get());
        } catch (IllegalArgumentException e) {
            throw invalid("is not a JSON object of strings such as {\"INTEGER\":\"STRING\"}: " + e.getMessage()
                    + " in " + json.get());
        }
        Map<JDBCType, Target> targets = new EnumMap<>(JDBCType.class);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String entryText = "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"";
            JDBCType source = lookup(JDBCType.class, entry.getKey()).orElseThrow(() -> invalid("entry " + entryText
                    + " names no JDBC type; use one of " + names(JDBCType.values())));
            Target target = lookup(Target.class, entry.getValue()).orElseThrow(() -> invalid("entry " + entryText
                    + " maps to an unknown type; use one of " + names(Target.values())));
            if (targets.put(source, target) != null) {
                throw invalid("maps JDBC type " + source.getName() + " twice; keep one entry");
            }
        }
        return new DataTypeMapping(Collections.unmodifiableMap(targets));
    }

    /** The type {@code column} reads as if this mapping changes its {@code original} type; empty if it does not. */
    public Optional<DataType> remap(JdbcColumn column, DataType original) {
        Target target = targets.get(JDBCType.valueOf(column.jdbcTypeName()));
        return target == null ? Optional.empty() : Optional.of(target.type(original)).filter(type -> !type.equals(original));
    }

    private static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst();
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static ConnectorException invalid(String problem) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + OPTION + "' " + problem);
    }

    @Override
    public String toString() {
        return "DataTypeMapping" + targets;
    }
}
