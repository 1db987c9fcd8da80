package dev.dovetail.harness.assertj;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ReadResult;

import java.util.List;
import java.util.Optional;

/**
 * The entry point of Dovetail's AssertJ assertions, one {@code assertThat} per value the harness returns.
 * Import it statically next to AssertJ's {@code Assertions.assertThat}; Java picks these overloads for
 * Dovetail's types:
 *
 * <pre>{@code
 * assertThat(harness.read("orders").rangePartitioned("id", 0, 100, 4).run())
 *         .hasSplitCount(4)
 *         .containsExactlyRowsInAnyOrder(expected)
 *         .splitsCoverAndAreDisjoint(expected)
 *         .bookmarkAdvancedTo(lastUpdate, 20L);
 * assertThat(harness.describe("orders")).hasField("amount", DataType.decimal(10, 2)).hasPrimaryKey("id");
 * assertThat(harness.write("orders").allOrNone().insert(rows)).hasFailedRecords(1);
 * }</pre>
 *
 * Every assertion returns its assert object and fails with an {@link AssertionError} whose message
 * shows what was expected and what was found ({@code Expecting ... but was ...}).
 */
public final class DovetailAssertions {
    private DovetailAssertions() {
    }

    /** Assertions on a harness read: rows, splits, schema, bookmark. */
    public static ReadResultAssert assertThat(ReadResult actual) {
        return new ReadResultAssert(actual);
    }

    /** Assertions on rows, compared by value as a multiset. */
    public static RowsAssert assertThat(List<Row> actual) {
        return new RowsAssert(actual);
    }

    /** Assertions on one row. */
    public static RowAssert assertThat(Row actual) {
        return new RowAssert(actual);
    }

    /** Assertions on an entity's schema. */
    public static SchemaAssert assertThat(EntitySchema actual) {
        return new SchemaAssert(actual);
    }

    /** Assertions on a read plan: its splits, what is pushed and what is left to the runtime. */
    public static ReadPlanAssert assertThat(ReadPlan actual) {
        return new ReadPlanAssert(actual);
    }

    /** Assertions on a bookmark. */
    public static BookmarkAssert assertThat(BookmarkState actual) {
        return new BookmarkAssert(Optional.ofNullable(actual));
    }

    /** Assertions on a bookmark that may be absent (a store's {@code load}, a read's {@code bookmark()}). */
    public static BookmarkAssert assertThat(Optional<BookmarkState> actual) {
        return new BookmarkAssert(actual);
    }

    /** Assertions on the per-record outcome of a write. */
    public static WriteResultAssert assertThat(WriteResult actual) {
        return new WriteResultAssert(actual);
    }
}
