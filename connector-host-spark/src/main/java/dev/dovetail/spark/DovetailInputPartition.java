package dev.dovetail.spark;

import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.Optional;

import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.util.CollectionAccumulator;

import static java.util.Objects.requireNonNull;

/**
 * One split as Spark ships it to an executor: its {@link SplitPlan} (serializable, made on the driver)
 * and, when the read tracks a job bookmark, the accumulator its {@link SplitOutcome} goes back to the
 * driver in. The connection's options travel once, in the reader factory. Public so that a job or a test
 * can see which split a Spark partition reads ({@code df.rdd().partitions()} hold these, for a Dovetail scan).
 */
public final class DovetailInputPartition implements InputPartition {
    private static final long serialVersionUID = 1L;

    private final SplitPlan plan;
    private final CollectionAccumulator<SplitOutcome> outcomes; // null without a bookmark

    DovetailInputPartition(SplitPlan plan, CollectionAccumulator<SplitOutcome> outcomes) {
        this.plan = requireNonNull(plan, "plan is null");
        this.outcomes = outcomes;
    }

    /** The split's plan. */
    SplitPlan plan() {
        return plan;
    }

    /** The split this partition reads: its index, count and predicate. */
    public Split split() {
        return plan.split();
    }

    /** Where the split's outcome goes, if the read tracks a bookmark. */
    Optional<CollectionAccumulator<SplitOutcome>> outcomes() {
        return Optional.ofNullable(outcomes);
    }

    @Override
    public String toString() {
        return "DovetailInputPartition{" + plan.split().describe() + "}";
    }
}
