package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.dovetail.jdbc.JdbcFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Job bookmarks, driven by the runtime: the committed tuple arrives as a pushed predicate. Three runs with
 * inserts between, equal keys at the boundary, a failed run, descending order, Glue's options, the lag window.
 */
abstract class JdbcBookmarkSuite {
    private static final BookmarkSpec UPDATED = BookmarkSpec.ascending("updated_at", "id");

    private ConnectorHarness harness;
    private BookmarkKey key;

    @BeforeEach
    void createChanges(TestDatabase db) {
        db.execute("DROP TABLE IF EXISTS changes",
                "CREATE TABLE changes (id INT PRIMARY KEY, updated_at " + JdbcFixtures.timestamp(db) + " NOT NULL, note VARCHAR(20))");
        harness = JdbcFixtures.harness(db);
        key = new BookmarkKey(ConnectorHarness.DEFAULT_JOB, "changes"); // the harness keys by the name read
    }

    /** Inserts rows {@code ids}, row {@code id} updated {@code id / 3} minutes after the start (three share a minute). */
    private static void insert(TestDatabase db, int... ids) {
        List<List<Object>> rows = new ArrayList<>();
        for (int id : ids) {
            rows.add(Arrays.asList(id, minute(id / 3), "row " + id));
        }
        JdbcFixtures.insert(db, "INSERT INTO changes VALUES (?, ?, ?)", rows);
    }

    private static Instant minute(int minute) {
        return START.plusSeconds(60L * minute);
    }

    private static List<Object> ids(ReadResult result) {
        return result.rows().stream().map(row -> row.get(0)).sorted().toList();
    }

    private ReadResult read(ConnectorHarness on, BookmarkSpec spec) {
        return on.read("changes").rangePartitioned("id", 1, 30, 3).bookmark(spec).run();
    }

    @Test
    void threeRunsReadOnlyTheNewRowsIncludingEqualKeysAtTheBoundary(TestDatabase db) {
        insert(db, 1, 2, 3, 4, 5, 6, 7); // the last minute, 2, holds 6 and 7
        ReadResult run1 = read(harness, UPDATED);
        assertThat(ids(run1)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(run1.bookmark()).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC, List.of(minute(2), 7L)));
        assertThat(harness.bookmarkStore().load(key)).as("nothing saved before commit").isEmpty();
        run1.commit();

        insert(db, 8, 20); // 8 shares minute 2 with 6 and 7: only the id tells it is new
        ReadResult run2 = read(harness, UPDATED);
        assertThat(ids(run2)).containsExactly(8, 20);
        run2.commit();

        ReadResult run3 = read(harness, UPDATED);
        assertThat(run3.rowCount()).isZero();
        assertThat(run3.bookmark()).isEqualTo(run2.bookmark());
    }

    @Test
    void aFailedRunCommitsNothingAndTheNextRunRereads(TestDatabase db) {
        insert(db, 1, 2, 3);
        read(harness, UPDATED).commit();
        BookmarkState committed = harness.bookmarkStore().load(key).orElseThrow();
        insert(db, 10, 11);

        ConnectorHarness broken = harness.withOption("filterPredicate", "no_such_column = 1");
        assertThatThrownBy(() -> read(broken, UPDATED)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("no_such_column");
        assertThat(harness.bookmarkStore().load(key)).hasValue(committed);

        ReadResult retry = read(harness, UPDATED);
        assertThat(ids(retry)).containsExactly(10, 11);
    }

    @Test
    void descendingKeysReadOnlySmallerOnes(TestDatabase db) {
        insert(db, 10, 11, 12);
        BookmarkSpec spec = BookmarkSpec.descending("id");
        ReadResult run1 = harness.read("changes").hashPartitioned("id", 3).bookmark(spec).run();
        assertThat(run1.bookmark()).hasValue(new BookmarkState(List.of("id"), SortOrder.DESC, List.of(10L)));
        run1.commit();

        insert(db, 5, 9, 13);
        assertThat(ids(harness.read("changes").hashPartitioned("id", 3).bookmark(spec).run())).containsExactly(5, 9);
    }

    @Test
    void glueOptionsTrackTheSameBookmark(TestDatabase db) {
        insert(db, 1, 2, 3, 4);
        ConnectorHarness glue = harness.withOption("jobBookmarkKeys", "updated_at,id").withOption("jobBookmarkKeysSortOrder", "asc");

        glue.read("changes").run().commit();
        insert(db, 5);
        assertThat(ids(read(harness, UPDATED))).as("the fluent spec reads the stored bookmark").containsExactly(5);
        assertThat(ids(glue.withOption("jobBookmarkKeysSortOrder", "ASC").read("changes").run())).containsExactly(5);
    }

    @Test
    void theLagWindowLeavesRecentRowsForTheNextRun(TestDatabase db) {
        insert(db, 1, 2, 3, 4, 5, 6, 7, 8, 9); // minutes 0..3
        ConnectorHarness lagged = harness.withOption("jobBookmarkKeys", "updated_at,id")
                .withOption("jobBookmarkLagWindow", "PT2M")
                .withClock(Clock.fixed(minute(4), ZoneOffset.UTC));

        ReadResult run1 = lagged.read("changes").run();
        assertThat(ids(run1)).as("only rows older than now minus 2 minutes").containsExactly(1, 2, 3, 4, 5);
        run1.commit();

        ReadResult run2 = lagged.withClock(Clock.fixed(minute(10), ZoneOffset.UTC)).read("changes").run();
        assertThat(ids(run2)).containsExactly(6, 7, 8, 9);
    }
}
