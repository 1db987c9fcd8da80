package dev.dovetail.jdbc.metadata;

import java.sql.JDBCType;
import java.sql.Types;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A column as the database describes it, before any mapping to a Dovetail type: what
 * {@link java.sql.DatabaseMetaData#getColumns} or {@link java.sql.ResultSetMetaData} report.
 *
 * @param name the column name as the database spells it
 * @param jdbcType the {@link java.sql.Types} code the driver reports
 * @param typeName the database's own type name, e.g. {@code int4}, {@code INT UNSIGNED}, {@code _text}
 * @param precision the declared size or precision; 0 when the database declares none
 * @param scale the declared scale; 0 when none
 * @param nullable whether the column may hold NULL (true when the database does not know)
 * @param generated whether the database computes the column itself (a generated column)
 */
public record JdbcColumn(String name, int jdbcType, String typeName, int precision, int scale, boolean nullable,
                         boolean generated) {

    public JdbcColumn {
        requireNonNull(name, "name is null");
        requireNonNull(typeName, "typeName is null");
    }

    /**
     * The name of {@link #jdbcType()} as {@link JDBCType} spells it ({@code INTEGER}, {@code VARCHAR}, ...),
     * the keys of option {@code dataTypeMapping}; {@code OTHER} for a code the JDBC standard does not define.
     */
    public String jdbcTypeName() {
        try {
            return JDBCType.valueOf(jdbcType).getName();
        } catch (IllegalArgumentException vendorCode) {
            return JDBCType.OTHER.getName();
        }
    }

    /** The database's type name in upper case, for matching. */
    public String upperTypeName() {
        return typeName.toUpperCase(Locale.ROOT);
    }

    /** Whether the database reports this column as a timestamp without time zone (wall-clock). */
    public boolean isTimestamp() {
        return jdbcType == Types.TIMESTAMP;
    }

    @Override
    public String toString() {
        return name + " " + typeName + (precision > 0 ? "(" + precision + (scale != 0 ? "," + scale : "") + ")" : "")
                + " [" + jdbcTypeName() + "]";
    }
}
