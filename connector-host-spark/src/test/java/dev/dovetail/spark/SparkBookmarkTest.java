package dev.dovetail.spark;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.read.Row;
import dev.dovetail.spark.memory.MemoryStore;
import dev.dovetail.spark.testing.LocalSpark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Job bookmarks outside Glue: a read starts after the committed bookmark in the file store and commits
 * nothing itself; {@link DovetailJob#commit} saves the best key the splits returned.
 */
@ExtendWith(LocalSpark.class)
class SparkBookmarkTest {
    private static final String STORE = "bookmarks";
    private static SparkSession spark;
    @TempDir
    Path bookmarks;

    @BeforeAll
    static void start(SparkSession session) {
        spark = session;
    }

    @BeforeEach
    void seed() {
        DovetailJob.discard(spark);
        MemoryStore.named(STORE).put(TestTables.CUSTOMERS, customers(1, 5));
    }

    private static List<Row> customers(int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            rows.add(Row.of(id, "customer " + id));
        }
        return rows;
    }

    private DataFrameReader reader() {
        return spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "customers")
                .option("jobBookmarkKeys", "id").option("jobName", "nightly").option("bookmarkStore", bookmarks.toString())
                .option("partitionColumn", "id").option("lowerBound", "0").option("upperBound", "10").option("numPartitions", "2");
    }

    private List<Long> ids() {
        return reader().load().select("id").collectAsList().stream().map(row -> row.getLong(0)).sorted().toList();
    }

    private void insert(int from, int to) {
        MemoryStore store = MemoryStore.named(STORE);
        List<Row> rows = new ArrayList<>(store.rows("customers"));
        rows.addAll(customers(from, to));
        store.put(TestTables.CUSTOMERS, rows);
    }

    @Test
    void readsOnlyNewRowsAfterACommitAndEverythingAgainWithout() {
        assertThat(ids()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ids()).as("nothing committed: the same rows again").containsExactly(1L, 2L, 3L, 4L, 5L);

        Map<BookmarkKey, BookmarkState> committed = DovetailJob.commit(spark);
        BookmarkKey key = new BookmarkKey("nightly", "customers");
        assertThat(committed).containsOnlyKeys(key);
        assertThat(committed.get(key).values()).containsExactly(5L);
        assertThat(new FileBookmarkStore(bookmarks).load(key)).contains(committed.get(key));

        insert(6, 8);
        assertThat(ids()).containsExactly(6L, 7L, 8L);
        DovetailJob.commit(spark);
        assertThat(ids()).isEmpty();
        assertThat(DovetailJob.commit(spark).get(key).values()).as("an empty run keeps the bookmark").containsExactly(8L);
    }

    @Test
    void aDiscardedRunCommitsNothing() {
        assertThat(ids()).hasSize(5);
        DovetailJob.discard(spark);

        assertThat(DovetailJob.commit(spark)).isEmpty();
        assertThat(ids()).hasSize(5);
    }

    @Test
    void aBookmarkNeedsAStore() {
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "customers")
                .option("jobBookmarkKeys", "id").load().collectAsList())
                .hasMessageContaining("give the option 'bookmarkStore' (a directory) or the system property 'dovetail.bookmarkStore'");
    }

    @Test
    void aLimitIsNotPushedUnderABookmark() {
        assertThat(reader().load().limit(2).collectAsList()).hasSize(2);
        assertThat(reader().load().limit(2).queryExecution().executedPlan().toString()).doesNotContain("pushedLimit");
    }
}
