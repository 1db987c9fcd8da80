package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;

import java.sql.Types;
import java.util.Locale;
import java.util.Optional;

/**
 * The mapping of standard JDBC types to Dovetail types that every dialect starts from (a dialect
 * overrides what its database does differently, see {@link dev.dovetail.jdbc.dialect.Dialect#dataType}):
 * <ul>
 *   <li>BIT(1) and BOOLEAN → BOOLEAN; BIT(n &gt; 1) → BINARY; TINYINT → BYTE; SMALLINT → SHORT;
 *       INTEGER → INT; BIGINT → LONG; REAL → FLOAT; FLOAT and DOUBLE → DOUBLE;</li>
 *   <li>NUMERIC/DECIMAL(p,s) → DECIMAL(p,s), bounded to precision 38; without a declared precision
 *       (PostgreSQL's {@code numeric}, H2's {@code NUMERIC}) → {@link #UNCONSTRAINED_DECIMAL}
 *       DECIMAL(38,18), as Spark does, so that fractions survive;</li>
 *   <li>character types and CLOBs → STRING; binary types and BLOBs → BINARY;</li>
 *   <li>DATE → DATE; TIMESTAMP and TIMESTAMP WITH TIME ZONE → TIMESTAMP;</li>
 *   <li>TIME (there is no time-of-day type) and every other type → STRING, read as the driver's text form.</li>
 * </ul>
 */
public final class JdbcTypes {
    /** The type of a decimal column without a declared precision: Spark's {@code DecimalType.SYSTEM_DEFAULT}. */
    public static final DecimalType UNCONSTRAINED_DECIMAL = DataType.decimal(DecimalType.MAX_PRECISION, 18);

    /** Databases report a precision this large (PostgreSQL: 131089, H2: 100000) for an unconstrained numeric. */
    private static final int LARGEST_DECLARED_PRECISION = 1000;

    private JdbcTypes() {
    }

    /** The standard mapping of {@code column}. */
    public static DataType standard(JdbcColumn column) {
        return switch (column.jdbcType()) {
            case Types.BOOLEAN -> DataType.BOOLEAN;
            case Types.BIT -> column.precision() <= 1 ? DataType.BOOLEAN : DataType.BINARY;
            case Types.TINYINT -> DataType.BYTE;
            case Types.SMALLINT -> DataType.SHORT;
            case Types.INTEGER -> DataType.INT;
            case Types.BIGINT -> DataType.LONG;
            case Types.REAL -> DataType.FLOAT;
            case Types.FLOAT, Types.DOUBLE -> DataType.DOUBLE;
            case Types.NUMERIC, Types.DECIMAL -> decimal(column.precision(), column.scale());
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> DataType.BINARY;
            case Types.DATE -> DataType.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> DataType.TIMESTAMP;
            default -> DataType.STRING;
        };
    }

    /**
     * DECIMAL(precision, scale) bounded to what every host supports: precision at most 38, scale within
     * 0..precision; an undeclared precision gives {@link #UNCONSTRAINED_DECIMAL}.
     */
    public static DecimalType decimal(int precision, int scale) {
        if (precision <= 0 || precision > LARGEST_DECLARED_PRECISION) {
            return UNCONSTRAINED_DECIMAL;
        }
        int bounded = Math.min(precision, DecimalType.MAX_PRECISION);
        return DataType.decimal(bounded, Math.max(0, Math.min(scale, bounded)));
    }

    /**
     * The type an SQL type name stands for, for the elements of array columns: {@code INTEGER},
     * {@code CHARACTER VARYING}, {@code TIMESTAMP WITH TIME ZONE}, ... (ignoring case and any
     * {@code (size)}); empty for a name it does not know.
     */
    public static Optional<DataType> ofSqlName(String typeName) {
        String name = typeName.toUpperCase(Locale.ROOT).replaceAll("\\(.*\\)", "").trim();
        return Optional.ofNullable(switch (name) {
            case "BOOLEAN", "BOOL" -> DataType.BOOLEAN;
            case "TINYINT" -> DataType.BYTE;
            case "SMALLINT", "INT2" -> DataType.SHORT;
            case "INTEGER", "INT", "INT4" -> DataType.INT;
            case "BIGINT", "INT8" -> DataType.LONG;
            case "REAL", "FLOAT4" -> DataType.FLOAT;
            case "DOUBLE PRECISION", "DOUBLE", "FLOAT", "FLOAT8" -> DataType.DOUBLE;
            case "NUMERIC", "DECIMAL" -> UNCONSTRAINED_DECIMAL;
            case "CHARACTER VARYING", "VARCHAR", "CHARACTER", "CHAR", "BPCHAR", "TEXT", "UUID", "NAME" -> DataType.STRING;
            case "DATE" -> DataType.DATE;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> DataType.TIMESTAMP;
            default -> null;
        });
    }
}
