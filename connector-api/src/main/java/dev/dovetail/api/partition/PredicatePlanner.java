package dev.dovetail.api.partition;

import dev.dovetail.api.read.Split;

import java.util.ArrayList;
import java.util.List;

/**
 * Explicit partitioning, as Spark's {@code predicates} array: one split per given predicate. The
 * predicates are the caller's to make disjoint and complete; the planner does not check.
 */
public final class PredicatePlanner {
    private PredicatePlanner() {
    }

    /** One split per predicate of {@code spec}, in order. */
    public static List<Split> plan(PartitioningSpec.Predicates spec) {
        int count = spec.predicates().size();
        List<Split> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            splits.add(Split.of(i, count, spec.predicates().get(i)));
        }
        return List.copyOf(splits);
    }
}
