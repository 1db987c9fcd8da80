package dev.dovetail.harness.assertj;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a bookmark that may be absent: a {@link BookmarkState}, or what a store's {@code load}
 * or a read's {@code bookmark()} returned. Values compare as the bookmark stores them (integral numbers
 * as {@code Long}).
 */
public final class BookmarkAssert extends AbstractAssert<BookmarkAssert, Optional<BookmarkState>> {

    BookmarkAssert(Optional<BookmarkState> actual) {
        super(actual, BookmarkAssert.class);
    }

    /** There is no bookmark. */
    public BookmarkAssert isAbsent() {
        isNotNull();
        if (actual.isPresent()) {
            failWithMessage("%s", Failure.expecting("bookmark", "to be", "absent", actual.get()));
        }
        return myself;
    }

    /** The bookmark is at the key tuple {@code values}, in key order. */
    public BookmarkAssert hasValues(Object... values) {
        BookmarkState state = present("to be at " + Arrays.asList(values));
        List<Object> expected = normalized(state, values);
        if (!state.values().equals(expected)) {
            failWithMessage("%s", Failure.expecting("bookmark " + state, "to be at", expected, state.values()));
        }
        return myself;
    }

    /** The bookmark was taken on exactly these key columns, in this order. */
    public BookmarkAssert hasKeys(String... keys) {
        BookmarkState state = present("to have the keys " + Arrays.asList(keys));
        if (!state.keys().equals(List.of(keys))) {
            failWithMessage("%s", Failure.expecting("bookmark " + state, "to have the keys", List.of(keys), state.keys()));
        }
        return myself;
    }

    /** The bookmark was taken in {@code order}. */
    public BookmarkAssert hasOrder(SortOrder order) {
        BookmarkState state = present("to be " + order);
        if (state.order() != order) {
            failWithMessage("%s", Failure.expecting("bookmark " + state, "to have the order", order, state.order()));
        }
        return myself;
    }

    private BookmarkState present(String expectation) {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("%s", Failure.expecting("bookmark", expectation, "a bookmark", "absent"));
        }
        return actual.orElseThrow();
    }

    /** {@code values} as {@code like}'s values are stored, so that {@code 20} equals {@code 20L}. */
    static List<Object> normalized(BookmarkState like, Object... values) {
        if (values.length != like.keys().size()) {
            return Arrays.asList(values);
        }
        return new BookmarkState(like.keys(), like.order(), Arrays.asList(values)).values();
    }
}
