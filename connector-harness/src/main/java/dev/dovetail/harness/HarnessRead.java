package dev.dovetail.harness;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * A read being set up on a {@link ConnectorHarness}: columns, filter, limit, partitioning and bookmark,
 * then {@link #run()} (keeps the rows), {@link #count()} (streams them, keeping only counts) or
 * {@link #stream} (streams them into sinks of the caller's), or only {@link #plan()} it.
 * Partitioning and bookmark start from the harness's Glue options ({@code partitionColumn},
 * {@code hashfield}, {@code jobBookmarkKeys}, ...); the methods here override them.
 */
public final class HarnessRead {
    private final ConnectorHarness harness;
    private final ReadQuery.Builder query;
    private final String entity;

    HarnessRead(ConnectorHarness harness, ReadQuery.Builder query, String entity) {
        this.harness = harness;
        this.query = query;
        this.entity = entity;
    }

    /** Returns only these columns, in this order. */
    public HarnessRead columns(String... columns) {
        query.columns(List.of(columns));
        return this;
    }

    /** Returns only rows satisfying {@code predicate}; several calls must all hold. */
    public HarnessRead where(Predicate predicate) {
        query.where(requireNonNull(predicate, "predicate is null"));
        return this;
    }

    /** Returns at most {@code rows} rows over all splits. */
    public HarnessRead limit(long rows) {
        query.limit(rows);
        return this;
    }

    /** Splits the read as {@code spec} says. */
    public HarnessRead partitioning(PartitioningSpec spec) {
        query.partitioning(requireNonNull(spec, "spec is null"));
        return this;
    }

    /** Spark's column-range partitioning on {@code column}; the bounds set the stride, never filter. */
    public HarnessRead rangePartitioned(String column, Object lowerBound, Object upperBound, int splits) {
        return partitioning(new PartitioningSpec.ColumnRange(column, lowerBound.toString(), upperBound.toString(), splits));
    }

    /** Glue's hash partitioning on {@code column}. */
    public HarnessRead hashPartitioned(String column, int splits) {
        return partitioning(new PartitioningSpec.Hash(column, false, splits));
    }

    /** One split per predicate, as Spark's {@code predicates}. */
    public HarnessRead splitBy(Predicate... predicates) {
        return partitioning(new PartitioningSpec.Predicates(Arrays.asList(predicates)));
    }

    /** Tracks a job bookmark on {@code spec}'s keys, stored under the harness's job name and the entity's name. */
    public HarnessRead bookmark(BookmarkSpec spec) {
        return bookmark(new JobBookmark(new BookmarkKey(harness.jobName(), entity), spec));
    }

    /** Tracks {@code bookmark}. */
    public HarnessRead bookmark(JobBookmark bookmark) {
        query.bookmark(requireNonNull(bookmark, "bookmark is null"));
        return this;
    }

    /**
     * Plans the read without reading a row: the splits, and per split the request the connector would receive,
     * the pushed predicate and the residual. Opens one session, as a read does before its splits.
     */
    public ReadPlan plan() {
        return harness.plan(query.build());
    }

    /** Runs the read, keeping every row. */
    public ReadResult run() {
        return harness.execute(query.build(), true, split -> DiscardingSink.INSTANCE);
    }

    /** Runs the read keeping only counts: rows are streamed and dropped, so memory stays constant. */
    public ReadResult count() {
        return harness.execute(query.build(), false, split -> DiscardingSink.INSTANCE);
    }

    /**
     * Runs the read streaming every row into a sink of the caller's, keeping only counts, so memory stays
     * constant whatever the caller's sink does. {@code sinks} is called once per split, on the thread that
     * reads it, just before the split is read; the sink it returns is used by that thread only, and receives
     * the split's rows in the columns of {@link SplitPlan#output()} once the runtime has filtered, projected
     * and limited them and the harness has checked them against the {@code RowSink} contract. When it
     * answers {@code false} from {@code endRow()} the split stops.
     *
     * @throws NullPointerException if {@code sinks} is null or returns null
     */
    public ReadResult stream(Function<SplitPlan, RowSink> sinks) {
        requireNonNull(sinks, "sinks is null");
        return harness.execute(query.build(), false, sinks);
    }
}
