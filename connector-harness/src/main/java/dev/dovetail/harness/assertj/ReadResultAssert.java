package dev.dovetail.harness.assertj;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link ReadResult}: its rows, splits, schema and the bookmark it would commit. Row
 * assertions need a read that kept its rows ({@code run()}, not {@code count()}).
 */
public final class ReadResultAssert extends AbstractAssert<ReadResultAssert, ReadResult> {

    ReadResultAssert(ReadResult actual) {
        super(actual, ReadResultAssert.class);
    }

    /** The read returned {@code expected} rows (after the limit). */
    public ReadResultAssert hasRowCount(long expected) {
        isNotNull();
        if (actual.rowCount() != expected) {
            failWithMessage("%s", Failure.expecting(actual, "to return this many rows", expected, actual.rowCount()));
        }
        return myself;
    }

    /** The read was divided into {@code expected} splits. */
    public ReadResultAssert hasSplitCount(int expected) {
        isNotNull();
        if (actual.splits().size() != expected) {
            failWithMessage("%s", Failure.expecting(actual, "to have this many splits", expected,
                    actual.splits().size() + ": " + actual.splitDefinitions()));
        }
        return myself;
    }

    /** The read returned exactly {@code expected}, each as often as given, in any order. */
    public ReadResultAssert containsExactlyRowsInAnyOrder(Row... expected) {
        return containsExactlyRowsInAnyOrder(Arrays.asList(expected));
    }

    /** The read returned exactly {@code expected}, each as often as given, in any order. */
    public ReadResultAssert containsExactlyRowsInAnyOrder(Collection<Row> expected) {
        isNotNull();
        RowMultiset.difference(actual, actual.rows(), expected, true).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** The read returned at least {@code expected}, each as often as given, and maybe more rows. */
    public ReadResultAssert containsRowsInAnyOrder(Row... expected) {
        return containsRowsInAnyOrder(Arrays.asList(expected));
    }

    /** The read returned at least {@code expected}, each as often as given, and maybe more rows. */
    public ReadResultAssert containsRowsInAnyOrder(Collection<Row> expected) {
        isNotNull();
        RowMultiset.difference(actual, actual.rows(), expected, false).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /**
     * Each of {@code expected} was returned by exactly one split, and no split returned anything else:
     * the splits are disjoint and together complete. Compare against the rows of a one-split read.
     */
    public ReadResultAssert splitsCoverAndAreDisjoint(Collection<Row> expected) {
        isNotNull();
        List<SplitCoverage.SplitRows> splits = actual.splits().stream()
                .map(split -> new SplitCoverage.SplitRows(split.split(), rowsOf(split)))
                .toList();
        SplitCoverage.check(actual, splits, expected).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** The returned rows have exactly {@code expected} as their schema. */
    public ReadResultAssert hasSchema(EntitySchema expected) {
        isNotNull();
        if (!actual.schema().equals(expected)) {
            failWithMessage("%s", Failure.expecting(actual, "to have the schema", expected, actual.schema()));
        }
        return myself;
    }

    /** The returned rows have exactly these columns, in this order. */
    public ReadResultAssert hasFieldNames(String... expected) {
        isNotNull();
        if (!actual.schema().fieldNames().equals(List.of(expected))) {
            failWithMessage("%s", Failure.expecting(actual, "to return the columns", List.of(expected),
                    actual.schema().fieldNames()));
        }
        return myself;
    }

    /**
     * The read would commit a bookmark at the key tuple {@code values} (in key order), past the one it
     * started after.
     */
    public ReadResultAssert bookmarkAdvancedTo(Object... values) {
        isNotNull();
        Optional<BookmarkState> next = actual.bookmark();
        if (next.isEmpty()) {
            failWithMessage("%s", Failure.expecting(actual, "to advance its bookmark to", List.of(values),
                    "no bookmark: the read tracked none; give it .bookmark(...) or the jobBookmarkKeys option"));
            return myself;
        }
        List<Object> expected = BookmarkAssert.normalized(next.get(), values);
        if (!next.get().values().equals(expected)) {
            failWithMessage("%s", Failure.expecting(actual, "to advance its bookmark to", expected, next.get()
                    + actual.previousBookmark().map(previous -> " (it started after " + previous.values() + ")")
                    .orElse(" (it started without a bookmark)")));
        } else if (next.equals(actual.previousBookmark())) {
            failWithMessage("%s", Failure.expecting(actual, "to advance its bookmark past", next.get().values(),
                    "unchanged: the read started after that same bookmark"));
        }
        return myself;
    }

    /** The read would commit the bookmark it started after, unchanged (an empty run, a future bookmark). */
    public ReadResultAssert bookmarkUnchanged() {
        isNotNull();
        if (!actual.bookmark().equals(actual.previousBookmark())) {
            failWithMessage("%s", Failure.expecting(actual, "to keep the bookmark it started after",
                    actual.previousBookmark().map(String::valueOf).orElse("(none)"),
                    actual.bookmark().map(String::valueOf).orElse("(none)")));
        }
        return myself;
    }

    /** Assertions on the returned rows. */
    public RowsAssert rows() {
        isNotNull();
        return new RowsAssert(actual.rows());
    }

    private List<Row> rowsOf(SplitResult split) {
        if (split.rows().size() != split.rowCount()) {
            failWithMessage("%s", Failure.expecting(actual, "to have kept its rows", "the rows of run()",
                    "a read that only counted; use run() instead of count()"));
        }
        return split.rows();
    }
}
