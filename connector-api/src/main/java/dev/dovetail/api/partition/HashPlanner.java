package dev.dovetail.api.partition;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Split;

import java.util.ArrayList;
import java.util.List;

/**
 * Glue's hash partitioning: split {@code i} of {@code n} reads the rows whose hash of the column (or
 * native expression) modulo {@code n} is {@code i}, as a {@link Predicate.HashBucket}. Works for any
 * column type; NULLs fall in split 0.
 */
public final class HashPlanner {
    private HashPlanner() {
    }

    /** The splits of {@code spec}. */
    public static List<Split> plan(PartitioningSpec.Hash spec) {
        int count = spec.partitions();
        if (count == 1) {
            return List.of(Split.whole());
        }
        List<Split> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            splits.add(Split.of(i, count, new Predicate.HashBucket(spec.term(), spec.nativeExpression(), count, i)));
        }
        return List.copyOf(splits);
    }
}
