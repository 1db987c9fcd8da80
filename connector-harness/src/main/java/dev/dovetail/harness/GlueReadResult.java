package dev.dovetail.harness;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a simulated Glue read planned and returned: per split (Spark's input partitions), the filter the
 * connector was asked to apply, the residual the runtime applied, the columns and the limit pushed; and
 * the rows and bookmark of the whole read.
 */
public final class GlueReadResult {
    private final ReadResult result;

    GlueReadResult(ReadResult result) {
        this.result = result;
    }

    /** The plan, for {@code DovetailAssertions.assertThat(plan)}. */
    public ReadPlan plan() {
        return result.plan();
    }

    /** The input partitions, in order. */
    public List<Split> splits() {
        return result.splitDefinitions();
    }

    /** Per split, the predicate pushed to the connector (TRUE if none). */
    public List<Predicate> pushedFilters() {
        return plan().splits().stream().map(SplitPlan::pushed).toList();
    }

    /** Per split, the predicate the runtime evaluated itself (TRUE if none). */
    public List<Predicate> residualFilters() {
        return plan().splits().stream().map(SplitPlan::residual).toList();
    }

    /** Per split, the columns the connector was asked to write. */
    public List<List<String>> readColumns() {
        return plan().splits().stream().map(split -> split.readSchema().fieldNames()).toList();
    }

    /** Per split, the limit pushed to the connector, if any. */
    public List<OptionalLong> pushedLimits() {
        return plan().splits().stream().map(split -> split.request().limit()).toList();
    }

    /** The harness result: rows per split, counts, bookmark. */
    public ReadResult readResult() {
        return result;
    }

    /** Every row, cut to the limit. */
    public List<Row> rows() {
        return result.rows();
    }

    /** The number of rows, cut to the limit. */
    public long rowCount() {
        return result.rowCount();
    }

    /** Commits the bookmark, as Glue's {@code job.commit()}. */
    public void commit() {
        result.commit();
    }

    @Override
    public String toString() {
        return "GlueReadResult{" + result + "}";
    }
}
