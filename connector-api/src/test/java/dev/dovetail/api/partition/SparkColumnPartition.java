package dev.dovetail.api.partition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A reference for the tests: Spark 3.5's {@code JDBCRelation.columnPartition} transcribed statement by
 * statement from its Scala source, over an emulation of {@code scala.math.BigDecimal} written from the
 * Scala library's source (every operator rounds to the left operand's {@link MathContext}, DECIMAL128 by
 * default; {@code setScale} returns the same value when the scale already matches; {@code toLong} is
 * {@link BigDecimal#longValue()}; a {@code Long} operand converts exactly). It produces Spark's WHERE
 * clauses as strings, so a test compares the planner's splits with what Spark would send to a database.
 *
 * <p>It is not derived from {@link ColumnRangePlanner}: where the two agree, they agree with Spark.
 */
final class SparkColumnPartition {
    private SparkColumnPartition() {
    }

    /** {@code scala.math.BigDecimal}: a value and the context its arithmetic rounds to. */
    record ScalaBigDecimal(BigDecimal bigDecimal, MathContext mc) {
        static final MathContext DEFAULT_MATH_CONTEXT = MathContext.DECIMAL128;

        /** {@code BigDecimal(l: Long)} and the implicit {@code long2bigDecimal}. */
        static ScalaBigDecimal apply(long l) {
            return new ScalaBigDecimal(BigDecimal.valueOf(l), DEFAULT_MATH_CONTEXT);
        }

        ScalaBigDecimal minus(ScalaBigDecimal that) {
            return new ScalaBigDecimal(bigDecimal.subtract(that.bigDecimal, mc), mc);
        }

        ScalaBigDecimal times(ScalaBigDecimal that) {
            return new ScalaBigDecimal(bigDecimal.multiply(that.bigDecimal, mc), mc);
        }

        ScalaBigDecimal div(ScalaBigDecimal that) {
            return new ScalaBigDecimal(bigDecimal.divide(that.bigDecimal, mc), mc);
        }

        ScalaBigDecimal setScale(int scale, RoundingMode mode) {
            return bigDecimal.scale() == scale ? this : new ScalaBigDecimal(bigDecimal.setScale(scale, mode), mc);
        }

        long toLong() {
            return bigDecimal.longValue();
        }
    }

    /**
     * The WHERE clause of each partition, in order; a {@code null} entry is a partition without one.
     *
     * @throws IllegalArgumentException where Spark's {@code require(lowerBound <= upperBound)} fails
     * @throws ArithmeticException where Spark's decimal arithmetic fails (a stride of zero)
     */
    static List<String> whereClauses(String column, long lowerBound, long upperBound, int requestedPartitions) {
        if (requestedPartitions <= 1 || lowerBound == upperBound) {
            return Collections.singletonList(null);
        }
        if (!(lowerBound <= upperBound)) {
            throw new IllegalArgumentException("Operation not allowed: the lower bound of partitioning column is larger"
                    + " than the upper bound. Lower bound: " + lowerBound + "; Upper bound: " + upperBound);
        }
        long numPartitions = (upperBound - lowerBound) >= requestedPartitions || (upperBound - lowerBound) < 0
                ? requestedPartitions
                : upperBound - lowerBound;

        ScalaBigDecimal upperStride = ScalaBigDecimal.apply(upperBound).div(ScalaBigDecimal.apply(numPartitions))
                .setScale(18, RoundingMode.HALF_EVEN);
        ScalaBigDecimal lowerStride = ScalaBigDecimal.apply(lowerBound).div(ScalaBigDecimal.apply(numPartitions))
                .setScale(18, RoundingMode.HALF_EVEN);
        ScalaBigDecimal preciseStride = upperStride.minus(lowerStride);
        long stride = preciseStride.toLong();
        ScalaBigDecimal lostNumOfStrides = preciseStride.minus(ScalaBigDecimal.apply(stride))
                .times(ScalaBigDecimal.apply(numPartitions))
                .div(ScalaBigDecimal.apply(stride));
        long lowerBoundWithStrideAlignment = lowerBound + lostNumOfStrides.div(ScalaBigDecimal.apply(2))
                .times(ScalaBigDecimal.apply(stride))
                .setScale(0, RoundingMode.HALF_UP)
                .toLong();

        int i = 0;
        long currentValue = lowerBoundWithStrideAlignment;
        List<String> answer = new ArrayList<>();
        while (i < numPartitions) {
            long lBoundValue = currentValue;
            String lBound = i != 0 ? column + " >= " + lBoundValue : null;
            currentValue += stride;
            long uBoundValue = currentValue;
            String uBound = i != numPartitions - 1 ? column + " < " + uBoundValue : null;
            String whereClause;
            if (uBound == null) {
                whereClause = lBound;
            } else if (lBound == null) {
                whereClause = uBound + " or " + column + " is null";
            } else {
                whereClause = lBound + " AND " + uBound;
            }
            answer.add(whereClause);
            i = i + 1;
        }
        return answer;
    }
}
