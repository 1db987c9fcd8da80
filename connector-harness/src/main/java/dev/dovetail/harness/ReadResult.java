package dev.dovetail.harness;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.schema.EntitySchema;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of a successful harness read: the rows per split, the counts, and the bookmark to commit.
 * Nothing is committed until {@link #commit()} is called, as with Glue's {@code job.commit()}.
 */
public final class ReadResult {
    private final ReadPlan plan;
    private final List<SplitResult> splits;
    private final boolean rowsKept;
    private final Optional<BookmarkState> bookmark;
    private final BookmarkStore store;

    ReadResult(ReadPlan plan, List<SplitResult> splits, boolean rowsKept, Optional<BookmarkState> bookmark,
               BookmarkStore store) {
        this.plan = requireNonNull(plan, "plan is null");
        this.splits = List.copyOf(splits);
        this.rowsKept = rowsKept;
        this.bookmark = requireNonNull(bookmark, "bookmark is null");
        this.store = requireNonNull(store, "store is null");
    }

    /** The plan the read ran: splits, pushed predicates, residuals. */
    public ReadPlan plan() {
        return plan;
    }

    /** The schema of the returned rows (the requested columns, in order). */
    public EntitySchema schema() {
        return plan.output();
    }

    /** The result of each split, in split order. */
    public List<SplitResult> splits() {
        return splits;
    }

    /** The splits that were read. */
    public List<Split> splitDefinitions() {
        return splits.stream().map(SplitResult::split).toList();
    }

    /**
     * Every row, split by split, cut to the read's limit.
     *
     * @throws IllegalStateException if the read only counted or streamed its rows
     */
    public List<Row> rows() {
        if (!rowsKept) {
            throw new IllegalStateException("this read did not keep its rows (it ran with count() or stream()); use run() to keep them");
        }
        List<Row> all = splits.stream().flatMap(split -> split.rows().stream()).toList();
        long limit = plan.limit().orElse(Long.MAX_VALUE);
        return all.size() > limit ? all.subList(0, (int) limit) : all;
    }

    /** The number of rows returned, cut to the read's limit. */
    public long rowCount() {
        long total = splits.stream().mapToLong(SplitResult::rowCount).sum();
        return Math.min(total, plan.limit().orElse(Long.MAX_VALUE));
    }

    /**
     * The bookmark this read would commit: the committed one advanced past the rows read, or unchanged
     * if none were. Empty if the read tracked no bookmark.
     */
    public Optional<BookmarkState> bookmark() {
        return bookmark;
    }

    /** The bookmark the read started after. */
    public Optional<BookmarkState> previousBookmark() {
        return plan.committed();
    }

    /** Saves {@link #bookmark()} to the harness's bookmark store; does nothing if the read tracked none. */
    public void commit() {
        if (plan.bookmark().isPresent() && bookmark.isPresent()) {
            store.save(plan.bookmark().get().key(), bookmark.get());
        }
    }

    @Override
    public String toString() {
        return "ReadResult{" + plan.entity().name() + ", " + splits.size() + " splits, " + rowCount() + " rows"
                + bookmark.map(state -> ", bookmark " + state).orElse("") + "}";
    }
}
