package dev.dovetail.api.partition;

import dev.dovetail.api.read.Split;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The planner every connector gets unless it declares {@code @Partitions}: column range, hash or
 * explicit predicates as asked, one split otherwise (a bare split count included, since there is no
 * column to divide by). A connector's own planner may delegate here for the specs it does not handle.
 */
public final class StandardPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(StandardPlanner.class);

    private StandardPlanner() {
    }

    /** The splits for {@code request}. */
    public static List<Split> plan(PartitionRequest request) {
        PartitioningSpec spec = request.spec();
        if (spec instanceof PartitioningSpec.ColumnRange range) {
            return ColumnRangePlanner.plan(range, request.entity().requireField(range.column()), request.zone());
        }
        if (spec instanceof PartitioningSpec.Hash hash) {
            if (!hash.nativeExpression()) {
                request.entity().requireIndex(hash.term());
            }
            return HashPlanner.plan(hash);
        }
        if (spec instanceof PartitioningSpec.Predicates predicates) {
            return PredicatePlanner.plan(predicates);
        }
        if (spec instanceof PartitioningSpec.SplitCount count && count.count() > 1) {
            LOG.warn("numPartitions={} without partitionColumn: entity '{}' is read in one split, as Spark's JDBC"
                    + " source does; give partitionColumn, lowerBound and upperBound (or hashfield) to split it",
                    count.count(), request.entity().name());
        }
        return List.of(Split.whole());
    }
}
