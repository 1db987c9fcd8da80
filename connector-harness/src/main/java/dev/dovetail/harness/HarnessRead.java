package dev.dovetail.harness;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.runtime.ReadQuery;

import java.util.Arrays;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A read being set up on a {@link ConnectorHarness}: columns, filter, limit, partitioning and bookmark,
 * then {@link #run()} (keeps the rows) or {@link #count()} (streams them, keeping only counts).
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

    /** Runs the read, keeping every row. */
    public ReadResult run() {
        return harness.execute(query.build(), true);
    }

    /** Runs the read keeping only counts: rows are streamed and dropped, so memory stays constant. */
    public ReadResult count() {
        return harness.execute(query.build(), false);
    }
}
