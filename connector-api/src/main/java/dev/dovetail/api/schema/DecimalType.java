package dev.dovetail.api.schema;

/**
 * {@code DECIMAL(precision, scale)}: a fixed-point number of at most {@code precision} digits, of which
 * {@code scale} follow the point. Values are {@link java.math.BigDecimal}s.
 *
 * @param precision 1..38
 * @param scale 0..precision
 */
public record DecimalType(int precision, int scale) implements DataType {
    /** The largest precision any host supports (Spark's {@code DecimalType.MAX_PRECISION}). */
    public static final int MAX_PRECISION = 38;

    public DecimalType {
        if (precision < 1 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException(
                    "DECIMAL precision must be between 1 and " + MAX_PRECISION + ", got " + precision);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException(
                    "DECIMAL scale must be between 0 and the precision " + precision + ", got " + scale);
        }
    }

    @Override
    public Kind kind() {
        return Kind.DECIMAL;
    }

    @Override
    public String typeName() {
        return "DECIMAL(" + precision + "," + scale + ")";
    }
}
