package dev.dovetail.api.runtime;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.schema.EntitySchema;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * A planned read: the entity, the output columns, one {@link SplitPlan} per split, the global limit and
 * the bookmark it starts after. Made by {@link ReadPlanner}; each split is read with {@link SplitReader}.
 *
 * @param entity the entity's schema
 * @param output the columns every split returns, in order
 * @param splits the split plans, numbered 0..n-1
 * @param limit the most rows the whole read returns; each split stops there, the caller truncates the union
 * @param bookmark the job bookmark the read tracks
 * @param committed the bookmark the read starts after
 */
public record ReadPlan(
        EntitySchema entity,
        EntitySchema output,
        List<SplitPlan> splits,
        OptionalLong limit,
        Optional<JobBookmark> bookmark,
        Optional<BookmarkState> committed) {

    public ReadPlan {
        requireNonNull(entity, "entity is null");
        requireNonNull(output, "output is null");
        splits = List.copyOf(splits);
        requireNonNull(limit, "limit is null");
        requireNonNull(bookmark, "bookmark is null");
        requireNonNull(committed, "committed is null");
    }

    /**
     * The bookmark to commit once every split succeeded: the best key tuple any split read, or the
     * committed bookmark unchanged if no split read a row with a key (an empty run, a future bookmark).
     * Empty if the read has no bookmark.
     */
    public Optional<BookmarkState> nextBookmark(Collection<SplitOutcome> outcomes) {
        if (bookmark.isEmpty()) {
            return Optional.empty();
        }
        JobBookmark job = bookmark.get();
        Optional<List<Object>> best = BookmarkTracker.best(
                outcomes.stream().map(SplitOutcome::bookmarkKey).flatMap(Optional::stream).toList(), job.spec().order());
        return best.map(values -> new BookmarkState(job.spec().keys(), job.spec().order(), values)).or(() -> committed);
    }
}
