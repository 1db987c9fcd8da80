package dev.dovetail.spark;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;

import static java.util.Objects.requireNonNull;

/**
 * The bookmarked reads of each Spark application that wait for the job's commit, on the driver: each
 * planned read with a job bookmark, its store and the accumulator its splits' outcomes arrive in. Keyed by
 * the application's id, so two sessions' jobs in one JVM do not see each other's reads. Thread-safe.
 */
final class PendingBookmarks {
    /** A planned read waiting for the commit. */
    record Pending(ReadPlan plan, BookmarkStore store, CollectionAccumulator<SplitOutcome> outcomes) {
        Pending {
            requireNonNull(plan, "plan is null");
            requireNonNull(store, "store is null");
            requireNonNull(outcomes, "outcomes is null");
            if (plan.bookmark().isEmpty()) {
                throw new IllegalArgumentException("a read without a bookmark has nothing to commit");
            }
        }

        BookmarkKey key() {
            return plan.bookmark().orElseThrow().key();
        }
    }

    private static final Map<String, List<Pending>> PENDING = new ConcurrentHashMap<>();

    private PendingBookmarks() {
    }

    static void register(SparkContext context, Pending pending) {
        PENDING.compute(context.applicationId(), (id, reads) -> {
            List<Pending> updated = reads == null ? new ArrayList<>() : new ArrayList<>(reads);
            updated.add(pending);
            return List.copyOf(updated);
        });
    }

    /**
     * Takes the application's pending reads and computes, per bookmark, the state to commit: the best key
     * any split of any of its reads returned, or the committed one if none returned a row. A bookmark read
     * several times (a DataFrame planned or run again) counts every run.
     */
    static Map<BookmarkKey, Commit> take(SparkContext context) {
        List<Pending> reads = PENDING.remove(context.applicationId());
        Map<BookmarkKey, Commit> commits = new LinkedHashMap<>();
        if (reads == null) {
            return commits;
        }
        Map<BookmarkKey, List<Pending>> byKey = new LinkedHashMap<>();
        reads.forEach(read -> byKey.computeIfAbsent(read.key(), key -> new ArrayList<>()).add(read));
        byKey.forEach((key, group) -> {
            List<SplitOutcome> outcomes = new ArrayList<>();
            group.forEach(read -> outcomes.addAll(read.outcomes().value()));
            Optional<BookmarkState> next = group.get(0).plan().nextBookmark(outcomes);
            commits.put(key, new Commit(group.get(0).store(), next));
        });
        return commits;
    }

    /** Forgets the application's pending reads. */
    static void discard(SparkContext context) {
        PENDING.remove(context.applicationId());
    }

    /** What committing one bookmark writes where. */
    record Commit(BookmarkStore store, Optional<BookmarkState> state) {
    }
}
