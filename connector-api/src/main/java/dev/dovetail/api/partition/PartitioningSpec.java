package dev.dovetail.api.partition;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.predicate.Predicate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * How a read is to be divided into splits, as the user asked for it: Glue's options
 * ({@link #fromOptions}) or the harness's fluent calls. The standard planners ({@link StandardPlanner})
 * turn it into splits; a connector's {@code @Partitions} method may interpret it its own way.
 */
public sealed interface PartitioningSpec
        permits PartitioningSpec.Single, PartitioningSpec.SplitCount, PartitioningSpec.ColumnRange,
        PartitioningSpec.Hash, PartitioningSpec.Predicates {

    /** One split. */
    record Single() implements PartitioningSpec {
    }

    /**
     * A number of splits and nothing else ({@code numPartitions} without a {@code partitionColumn}): a
     * connector's own planner decides how to divide; the standard planner, with no column to divide
     * by, reads one split (as Spark's JDBC source does).
     *
     * @param count at least 1
     */
    record SplitCount(int count) implements PartitioningSpec {
        public SplitCount {
            if (count < 1) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        "option 'numPartitions' must be at least 1 but was " + count);
            }
        }
    }

    /**
     * Spark's JDBC column-range partitioning; the bounds set the stride only and never filter rows.
     *
     * @param column a numeric, DATE or TIMESTAMP column
     * @param lowerBound the lower bound as text: a whole number, a date or a timestamp
     * @param upperBound the upper bound as text
     * @param numPartitions the number of splits asked for
     */
    record ColumnRange(String column, String lowerBound, String upperBound, int numPartitions)
            implements PartitioningSpec {
        public ColumnRange {
            requireNonNull(column, "column is null");
            requireNonNull(lowerBound, "lowerBound is null");
            requireNonNull(upperBound, "upperBound is null");
            if (numPartitions < 1) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        "option 'numPartitions' must be at least 1 but was " + numPartitions);
            }
        }
    }

    /**
     * Glue's hash partitioning: split {@code i} reads the rows whose hash modulo {@code partitions} is {@code i}.
     *
     * @param term a column ({@code hashfield}) or a native expression ({@code hashexpression})
     * @param nativeExpression whether {@code term} is a native expression
     * @param partitions the number of splits
     */
    record Hash(String term, boolean nativeExpression, int partitions) implements PartitioningSpec {
        public Hash {
            requireNonNull(term, "term is null");
            if (partitions < 1) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        "option 'hashpartitions' must be at least 1 but was " + partitions);
            }
        }
    }

    /**
     * One split per predicate, as Spark's {@code predicates} array: the caller is responsible for their
     * covering every row exactly once.
     *
     * @param predicates at least one
     */
    record Predicates(List<Predicate> predicates) implements PartitioningSpec {
        public Predicates {
            predicates = List.copyOf(predicates);
            if (predicates.isEmpty()) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "explicit partitioning needs at least one predicate");
            }
        }
    }

    /** One split. */
    static PartitioningSpec single() {
        return new Single();
    }

    /**
     * The partitioning Glue's options ask for:
     * <ul>
     *   <li>{@code partitionColumn} with {@code lowerBound}, {@code upperBound} and {@code numPartitions}
     *       (all four, as Spark requires): column range;</li>
     *   <li>{@code hashfield} or {@code hashexpression}, with {@code hashpartitions} (default 7; not
     *       {@code numPartitions}): hash;</li>
     *   <li>{@code numPartitions} alone: a split count;</li>
     *   <li>none of these: one split.</li>
     * </ul>
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for an incomplete or contradictory set
     */
    static PartitioningSpec fromOptions(ConnectionOptions options) {
        Optional<String> column = options.getNonBlank(StandardOptions.PARTITION_COLUMN);
        Optional<String> lower = options.getNonBlank(StandardOptions.LOWER_BOUND);
        Optional<String> upper = options.getNonBlank(StandardOptions.UPPER_BOUND);
        OptionalInt count = options.getInt(StandardOptions.NUM_PARTITIONS);
        Optional<String> hashField = options.getNonBlank(StandardOptions.HASH_FIELD);
        Optional<String> hashExpression = options.getNonBlank(StandardOptions.HASH_EXPRESSION);
        OptionalInt hashPartitions = options.getInt(StandardOptions.HASH_PARTITIONS);

        boolean hash = hashField.isPresent() || hashExpression.isPresent();
        if (hashField.isPresent() && hashExpression.isPresent()) {
            throw conflict("give 'hashfield' or 'hashexpression', not both");
        }
        if (hash && column.isPresent()) {
            throw conflict("give 'partitionColumn' (column-range partitioning) or 'hashfield'/'hashexpression'"
                    + " (hash partitioning), not both");
        }
        if (hashPartitions.isPresent() && !hash) {
            throw conflict("option 'hashpartitions' needs 'hashfield' or 'hashexpression'");
        }
        if (column.isEmpty() && (lower.isPresent() || upper.isPresent())) {
            throw conflict("'lowerBound' and 'upperBound' need 'partitionColumn' (and 'numPartitions')");
        }
        if (hash && count.isPresent()) {
            throw conflict("'numPartitions' sets the number of column-range splits; for hash partitioning give"
                    + " 'hashpartitions' instead");
        }
        if (hash) {
            return new Hash(hashField.orElseGet(hashExpression::get), hashExpression.isPresent(),
                    hashPartitions.orElse(StandardOptions.DEFAULT_HASH_PARTITIONS));
        }
        if (column.isPresent()) {
            if (lower.isEmpty() || upper.isEmpty() || count.isEmpty()) {
                throw conflict("when 'partitionColumn' is given, 'lowerBound', 'upperBound' and 'numPartitions'"
                        + " are required too");
            }
            return new ColumnRange(column.get(), lower.get(), upper.get(), count.getAsInt());
        }
        return count.isPresent() ? new SplitCount(count.getAsInt()) : single();
    }

    private static ConnectorException conflict(String message) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "partitioning options: " + message);
    }
}
