package dev.dovetail.api.partition;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Column-range partitioning with the exact semantics of Spark 3.5's JDBC source
 * ({@code JDBCRelation.columnPartition}), boundary for boundary:
 * <ol>
 *   <li>{@code numPartitions <= 1} or {@code lower == upper}: one split without a predicate;
 *       {@code lower > upper}: an error naming both.</li>
 *   <li>Bounds become longs: the number itself, days since the epoch for DATE, microseconds since the
 *       epoch for TIMESTAMP (local timestamps read in the session zone).</li>
 *   <li>The split count is {@code numPartitions}, unless {@code upper - lower} is smaller (and did not
 *       overflow), in which case it is {@code upper - lower}.</li>
 *   <li>The stride is {@code upper/n - lower/n} in decimal arithmetic (34 significant digits, scale 18,
 *       half-even, as Scala's {@code BigDecimal}), truncated to a long; the first boundary is shifted by
 *       half the strides the truncation lost, rounded half-up.</li>
 *   <li>Split 0 is {@code col < b1 OR col IS NULL}, split i is {@code col >= bi AND col < bi+1}, the last
 *       {@code col >= b(n-1)}.</li>
 * </ol>
 * The bounds set the stride only: every row, NULLs and values outside the bounds included, lands in
 * exactly one split.
 */
public final class ColumnRangePlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ColumnRangePlanner.class);
    // Scala's BigDecimal does all arithmetic in this context; reproducing Spark means doing the same.
    private static final MathContext SCALA_DEFAULT = MathContext.DECIMAL128;

    private ColumnRangePlanner() {
    }

    /**
     * The splits of {@code spec} over {@code column}.
     *
     * @param zone the zone local timestamps in the bounds are read in
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} if the column is not numeric, DATE or
     *     TIMESTAMP, a bound does not parse, the lower bound exceeds the upper, or the bounds are so close
     *     for their size that Spark's decimal stride rounds to zero (Spark fails on them too)
     */
    public static List<Split> plan(PartitioningSpec.ColumnRange spec, Field column, ZoneId zone) {
        DataType.Kind kind = column.type().kind();
        if (!kind.isNumeric() && kind != DataType.Kind.DATE && kind != DataType.Kind.TIMESTAMP) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "partitionColumn '" + column.name() + "' is "
                    + column.type().typeName() + "; it must be a numeric, DATE or TIMESTAMP column"
                    + " (use 'hashfield' to partition on other types)");
        }
        long lower = toBound("lowerBound", spec.lowerBound(), kind, zone);
        long upper = toBound("upperBound", spec.upperBound(), kind, zone);
        if (spec.numPartitions() <= 1 || lower == upper) {
            return List.of(Split.whole());
        }
        if (lower > upper) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the lowerBound " + spec.lowerBound()
                    + " of partitionColumn '" + column.name() + "' is larger than its upperBound " + spec.upperBound()
                    + "; swap them");
        }
        long[] boundaries;
        try {
            boundaries = boundaries(lower, upper, spec.numPartitions());
        } catch (IllegalArgumentException strideRoundsToZero) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "partitionColumn '" + column.name()
                    + "' cannot be divided from lowerBound " + spec.lowerBound() + " to upperBound " + spec.upperBound()
                    + " into " + spec.numPartitions() + " splits: " + strideRoundsToZero.getMessage()
                    + " (Spark's JDBC source fails on these bounds too); widen the bounds or lower numPartitions");
        }
        int count = boundaries.length + 1;
        if (count < spec.numPartitions()) {
            LOG.warn("numPartitions {} exceeds upperBound - lowerBound of partitionColumn '{}' ({} to {}); reading {} splits",
                    spec.numPartitions(), column.name(), spec.lowerBound(), spec.upperBound(), count);
        }
        if (count == 1) {
            return List.of(Split.whole());
        }
        String name = column.name();
        List<Split> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Predicate predicate;
            if (i == 0) {
                predicate = Predicate.or(Predicate.lt(name, literal(boundaries[0], kind)), Predicate.isNull(name));
            } else if (i == count - 1) {
                predicate = Predicate.ge(name, literal(boundaries[i - 1], kind));
            } else {
                predicate = Predicate.and(
                        Predicate.ge(name, literal(boundaries[i - 1], kind)),
                        Predicate.lt(name, literal(boundaries[i], kind)));
            }
            splits.add(Split.of(i, count, predicate));
        }
        return List.copyOf(splits);
    }

    /**
     * The inner boundaries b1..b(n-1) Spark computes for long bounds {@code lower < upper} and
     * {@code numPartitions > 1}; the array is empty when the range allows one split only.
     *
     * @throws IllegalArgumentException if {@code lower > upper}, or if the decimal stride rounds to zero
     *     (possible only for bounds about {@code numPartitions} apart across a power of ten, where Spark
     *     divides by zero)
     */
    public static long[] boundaries(long lower, long upper, int numPartitions) {
        if (lower > upper) {
            throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
        }
        long difference = upper - lower;
        long count = difference >= numPartitions || difference < 0 ? numPartitions : difference;
        if (count <= 1) {
            return new long[0];
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal upperStride = BigDecimal.valueOf(upper).divide(n, SCALA_DEFAULT).setScale(18, RoundingMode.HALF_EVEN);
        BigDecimal lowerStride = BigDecimal.valueOf(lower).divide(n, SCALA_DEFAULT).setScale(18, RoundingMode.HALF_EVEN);
        BigDecimal preciseStride = upperStride.subtract(lowerStride, SCALA_DEFAULT);
        long stride = preciseStride.longValue();
        if (stride == 0) {
            throw new IllegalArgumentException("the stride " + preciseStride.toPlainString() + " rounds to zero");
        }
        BigDecimal strideDecimal = BigDecimal.valueOf(stride);
        BigDecimal lostStrides = preciseStride.subtract(strideDecimal, SCALA_DEFAULT)
                .multiply(n, SCALA_DEFAULT)
                .divide(strideDecimal, SCALA_DEFAULT);
        long shift = lostStrides.divide(BigDecimal.valueOf(2), SCALA_DEFAULT)
                .multiply(strideDecimal, SCALA_DEFAULT)
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
        long[] boundaries = new long[(int) count - 1];
        long current = lower + shift;
        for (int i = 0; i < boundaries.length; i++) {
            current += stride; // wraps exactly as Scala's Long does
            boundaries[i] = current;
        }
        return boundaries;
    }

    private static Object literal(long bound, DataType.Kind kind) {
        return switch (kind) {
            case DATE -> Values.fromEpochDay(bound);
            case TIMESTAMP -> Values.fromEpochMicros(bound);
            default -> bound;
        };
    }

    /** A bound as a long: the number, the epoch day, or the epoch microsecond. */
    static long toBound(String option, String text, DataType.Kind kind, ZoneId zone) {
        String value = text.trim();
        try {
            return switch (kind) {
                case DATE -> parseDate(value).toEpochDay();
                case TIMESTAMP -> Values.toEpochMicros(LiteralCoercion.parseTimestamp(value, zone));
                default -> Long.parseLong(value);
            };
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            String expected = switch (kind) {
                case DATE -> "a date such as 2024-01-31";
                case TIMESTAMP -> "a timestamp such as 2024-01-31 10:15:30 or 2024-01-31T10:15:30Z";
                default -> "a whole number";
            };
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option '" + option + "' must be " + expected + " for a " + kind + " partitionColumn but was '" + text + "'");
        }
    }

    private static LocalDate parseDate(String text) {
        int time = Math.max(text.indexOf('T'), text.indexOf(' '));
        return LocalDate.parse(time > 0 ? text.substring(0, time) : text);
    }
}
