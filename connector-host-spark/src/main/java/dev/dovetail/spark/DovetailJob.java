package dev.dovetail.spark;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkState;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

/**
 * Job bookmarks for Spark jobs outside AWS Glue, committed explicitly, as Glue's {@code job.commit()}:
 * a read with {@code jobBookmarkKeys} starts after the bookmark committed in the {@code bookmarkStore}
 * (keyed by {@code jobName}, default the Spark application's name, and {@code transformationContext},
 * default the entity) and tracks the best key its splits return, but saves nothing. When the job's work
 * succeeded, it calls {@link #commit(SparkSession)}, which saves, for every bookmark the application read
 * since the last commit, the best key tuple over the splits that completed; a job that fails or never
 * commits leaves the bookmarks as they were, so its next run reads the same rows again rather than skip
 * any.
 *
 * <pre>{@code
 * Dataset<Row> orders = spark.read().format("dovetail-jdbc")
 *         .option("url", url).option("dbTable", "orders")
 *         .option("jobBookmarkKeys", "updated_at,id").option("jobName", "nightly")
 *         .option("bookmarkStore", "/var/lib/etl/bookmarks").load();
 * orders.write().parquet(out);
 * DovetailJob.commit(spark);
 * }</pre>
 *
 * <p>Call it on the driver, from the thread that ran the job's actions, after they returned. A read that was
 * planned but whose rows were never computed commits its previous bookmark unchanged.
 */
public final class DovetailJob {
    private DovetailJob() {
    }

    /**
     * Saves the bookmark of every read {@code spark}'s application made since the last commit.
     *
     * @return the committed bookmarks, by key (a bookmark whose read returned no rows and had none before
     *     is absent: there is nothing to save)
     * @throws dev.dovetail.api.ConnectorException if a store cannot be written (that bookmark is not committed)
     */
    public static Map<BookmarkKey, BookmarkState> commit(SparkSession spark) {
        Map<BookmarkKey, BookmarkState> committed = new LinkedHashMap<>();
        PendingBookmarks.take(spark.sparkContext()).forEach((key, commit) -> commit.state().ifPresent(state -> {
            commit.store().save(key, state);
            committed.put(key, state);
        }));
        return committed;
    }

    /** Forgets the reads since the last commit without saving anything, as a failed job does. */
    public static void discard(SparkSession spark) {
        PendingBookmarks.discard(spark.sparkContext());
    }
}
