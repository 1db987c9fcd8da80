package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Job bookmarks on the CSV connector: each committed run is followed by a run of only the newer rows. */
class CsvBookmarkTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final BookmarkSpec UPDATED = BookmarkSpec.ascending("updated_at", "id");
    private static final BookmarkKey KEY = new BookmarkKey(ConnectorHarness.DEFAULT_JOB, "orders");

    @TempDir
    Path directory;

    private ConnectorHarness harness;
    private Path file;

    @BeforeEach
    void setUp() {
        file = CsvFixtures.writeTable(directory, "orders",
                "id:LONG:key,customer:STRING,\"amount:DECIMAL(10,2)\",updated_at:TIMESTAMP", List.of());
        harness = CsvFixtures.harness(directory);
    }

    /** Order {@code id}, updated {@code minute} minutes after the start. */
    private static Row order(long id, long minute) {
        return Row.of(id, CsvFixtures.CUSTOMERS[(int) (id % CsvFixtures.CUSTOMERS.length)],
                BigDecimal.valueOf(id * 125, 2), START.plusSeconds(minute * 60));
    }

    /** Orders 1..20, three per minute, so several share an updated_at; the last two at minute 6. */
    private List<Row> insertFirstTwenty() {
        List<Row> rows = LongStream.rangeClosed(1, 20).mapToObj(id -> order(id, (id - 1) / 3)).toList();
        assertThat(harness.write("orders").insert(rows).isAllSucceeded()).isTrue();
        return rows;
    }

    private ReadResult read(BookmarkSpec spec) {
        return harness.read("orders").rangePartitioned("id", 1, 20, 4).bookmark(spec).run();
    }

    @Test
    void eachCommittedRunIsFollowedByOnlyTheNewerRows() {
        List<Row> first = insertFirstTwenty();

        ReadResult run1 = read(UPDATED);
        assertThat(run1.rows()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(run1.previousBookmark()).isEmpty();
        assertThat(run1.bookmark()).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(START.plusSeconds(6 * 60), 20L)));
        assertThat(harness.bookmarkStore().load(KEY)).as("nothing is committed before commit()").isEmpty();
        assertThat(read(UPDATED).rows()).as("an uncommitted run is read again").hasSize(20);
        run1.commit();
        assertThat(harness.bookmarkStore().load(KEY)).isEqualTo(run1.bookmark());

        List<Row> appended = List.of(order(21, 6), order(22, 6), order(23, 7));
        assertThat(harness.write("orders").insert(appended).isAllSucceeded()).isTrue();
        ReadResult run2 = read(UPDATED);
        assertThat(run2.previousBookmark()).isEqualTo(run1.bookmark());
        assertThat(run2.rows()).containsExactlyInAnyOrderElementsOf(appended);
        assertThat(run2.bookmark().orElseThrow().values()).containsExactly(START.plusSeconds(7 * 60), 23L);
        run2.commit();

        ReadResult run3 = read(UPDATED);
        assertThat(run3.rowCount()).isZero();
        assertThat(run3.bookmark()).isEqualTo(run2.bookmark());
        run3.commit();
        assertThat(harness.bookmarkStore().load(KEY)).isEqualTo(run2.bookmark());
    }

    @Test
    void aFailedRunCommitsNothingAndTheNextRunSkipsNothing() throws IOException {
        insertFirstTwenty();
        ReadResult run1 = read(UPDATED);
        run1.commit();
        List<Row> appended = List.of(order(21, 6), order(30, 9), order(31, 10));
        harness.write("orders").insert(appended);

        String good = Files.readString(file);
        List<String> lines = new ArrayList<>(good.lines().toList());
        lines.add(12, "oops,Zed,1.00,2024-01-01T00:20:00Z");
        Files.writeString(file, String.join("\n", lines) + "\n");
        assertThatThrownBy(() -> read(UPDATED))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR))
                .hasMessageContaining(file.toString()).hasMessageContaining("line 13").hasMessageContaining("'id'")
                .hasMessageContaining("'oops'");
        assertThat(harness.bookmarkStore().load(KEY)).isEqualTo(run1.bookmark());

        Files.writeString(file, good);
        ReadResult retry = read(UPDATED);
        assertThat(retry.rows()).containsExactlyInAnyOrderElementsOf(appended);
        retry.commit();
        assertThat(harness.bookmarkStore().load(KEY).orElseThrow().values()).containsExactly(START.plusSeconds(600), 31L);
    }

    @Test
    void descendingBookmarksReadOnlySmallerKeys() {
        List<Row> first = LongStream.rangeClosed(100, 119).mapToObj(id -> order(id, id)).toList();
        harness.write("orders").insert(first);
        BookmarkSpec spec = BookmarkSpec.descending("id");

        ReadResult run1 = harness.read("orders").hashPartitioned("id", 3).bookmark(spec).run();
        assertThat(run1.rows()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(run1.bookmark()).hasValue(new BookmarkState(List.of("id"), SortOrder.DESC, List.of(100L)));
        run1.commit();

        harness.write("orders").insert(order(90, 1), order(91, 1), order(200, 1), order(99, 1));
        ReadResult run2 = harness.read("orders").hashPartitioned("id", 3).bookmark(spec).run();
        assertThat(run2.rows()).containsExactlyInAnyOrder(order(90, 1), order(91, 1), order(99, 1));
        assertThat(run2.bookmark().orElseThrow().values()).containsExactly(90L);
        run2.commit();

        assertThat(harness.read("orders").bookmark(spec).run().rowCount()).isZero();
    }

    @Test
    void glueOptionsTrackTheSameBookmark() {
        List<Row> first = insertFirstTwenty();
        ConnectorHarness glue = harness.withOption("jobBookmarkKeys", "updated_at,id")
                .withOption("jobBookmarkKeysSortOrder", "asc")
                .withOption("partitionColumn", "id").withOption("lowerBound", "1").withOption("upperBound", "20")
                .withOption("numPartitions", "4");

        ReadResult run1 = glue.read("orders").run();
        assertThat(run1.splits()).hasSize(4);
        assertThat(run1.rows()).containsExactlyInAnyOrderElementsOf(first);
        assertThat(run1.bookmark().orElseThrow().values()).containsExactly(START.plusSeconds(360), 20L);
        assertThat(run1.plan().bookmark().orElseThrow().spec()).isEqualTo(UPDATED);
        run1.commit();
        assertThat(harness.bookmarkStore().load(KEY)).isEqualTo(run1.bookmark());

        glue.write("orders").insert(order(21, 6));
        assertThat(glue.read("orders").run().rows()).containsExactly(order(21, 6));
        assertThat(read(UPDATED).rows()).as("the fluent spec reads the same stored bookmark").containsExactly(order(21, 6));
    }

    @Test
    void glueOptionsWithDescendingOrder() {
        harness.write("orders").insert(order(10, 0), order(11, 0));
        ConnectorHarness glue = harness.withOption("jobBookmarkKeys", "id").withOption("jobBookmarkKeysSortOrder", "desc");

        ReadResult run1 = glue.read("orders").run();
        assertThat(run1.bookmark()).hasValue(new BookmarkState(List.of("id"), SortOrder.DESC, List.of(10L)));
        run1.commit();
        glue.write("orders").insert(order(9, 0), order(12, 0));
        assertThat(glue.read("orders").run().rows()).containsExactly(order(9, 0));
    }

    @Test
    void aChangedKeySetIsRejected() {
        insertFirstTwenty();
        read(UPDATED).commit();

        assertThatThrownBy(() -> read(BookmarkSpec.ascending("id")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("[updated_at, id]").hasMessageContaining("reset");
    }

    @Test
    void aFileBookmarkStoreSurvivesANewHarness() {
        insertFirstTwenty();
        Path bookmarks = directory.resolve("bookmarks");
        ReadResult run1 = harness.withBookmarkStore(new FileBookmarkStore(bookmarks)).read("orders").bookmark(UPDATED).run();
        assertThat(run1.rowCount()).isEqualTo(20);
        assertThat(Files.exists(new FileBookmarkStore(bookmarks).fileOf(KEY))).as("written only on commit").isFalse();
        run1.commit();
        assertThat(Files.isRegularFile(new FileBookmarkStore(bookmarks).fileOf(KEY))).isTrue();

        ConnectorHarness restarted = ConnectorHarness.forConnector(CsvConnector.class)
                .withOption("directory", directory.toString())
                .withBookmarkStore(new FileBookmarkStore(bookmarks));
        ReadResult run2 = restarted.read("orders").bookmark(UPDATED).run();
        assertThat(run2.rowCount()).isZero();
        assertThat(run2.previousBookmark()).isEqualTo(run1.bookmark());

        restarted.write("orders").insert(order(21, 6), order(22, 8));
        ReadResult run3 = restarted.read("orders").rangePartitioned("id", 1, 20, 4).bookmark(UPDATED).run();
        assertThat(run3.rows()).containsExactlyInAnyOrder(order(21, 6), order(22, 8));
        run3.commit();
        assertThat(new FileBookmarkStore(bookmarks).load(KEY).orElseThrow().values())
                .containsExactly(START.plusSeconds(480), 22L);
        assertThat(harness.bookmarkStore().load(KEY)).as("the in-memory store was never used").isEmpty();
    }
}
