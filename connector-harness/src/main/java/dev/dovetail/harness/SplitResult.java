package dev.dovetail.harness;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one split of a harness read returned.
 *
 * @param plan how the split was read: its request, pushed predicate and residual
 * @param rowCount the number of rows it returned
 * @param rows the rows, in the order written; empty when the read only counted
 */
public record SplitResult(SplitPlan plan, long rowCount, List<Row> rows) {
    public SplitResult {
        requireNonNull(plan, "plan is null");
        rows = List.copyOf(rows);
    }

    /** The split. */
    public Split split() {
        return plan.split();
    }
}
