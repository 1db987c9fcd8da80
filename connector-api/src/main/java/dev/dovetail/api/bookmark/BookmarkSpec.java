package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What a job bookmark tracks: key columns compared as a tuple, their order and an optional lag window
 * (read only keys older than now minus the lag, so rows a database commits late are not skipped).
 *
 * @param keys one or more key columns, in tuple order
 * @param order {@link SortOrder#ASC} or {@link SortOrder#DESC}
 * @param lagWindow how far behind now the first key must stay; only for ASC on a DATE or TIMESTAMP key
 */
public record BookmarkSpec(List<String> keys, SortOrder order, Optional<Duration> lagWindow) {

    public BookmarkSpec {
        keys = List.copyOf(keys);
        requireNonNull(order, "order is null");
        requireNonNull(lagWindow, "lagWindow is null");
        if (keys.isEmpty()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "a job bookmark needs at least one key column");
        }
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + StandardOptions.JOB_BOOKMARK_KEYS
                        + "' names column '" + key + "' twice; give each key column once");
            }
        }
        if (lagWindow.isPresent() && (lagWindow.get().isNegative() || order == SortOrder.DESC)) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + StandardOptions.JOB_BOOKMARK_LAG_WINDOW
                    + "' must be a positive duration and applies only to ascending bookmarks");
        }
    }

    /** Ascending on {@code keys}, no lag. */
    public static BookmarkSpec ascending(String... keys) {
        return new BookmarkSpec(List.of(keys), SortOrder.ASC, Optional.empty());
    }

    /** Descending on {@code keys}. */
    public static BookmarkSpec descending(String... keys) {
        return new BookmarkSpec(List.of(keys), SortOrder.DESC, Optional.empty());
    }

    /** This spec with a lag window. */
    public BookmarkSpec withLagWindow(Duration lag) {
        return new BookmarkSpec(keys, order, Optional.of(lag));
    }

    /**
     * The bookmark Glue's options ask for: {@code jobBookmarkKeys} (comma-separated),
     * {@code jobBookmarkKeysSortOrder} and {@code jobBookmarkLagWindow}; empty without keys.
     *
     * @throws ConnectorException if a sort order or lag is given without keys, or does not parse
     */
    public static Optional<BookmarkSpec> fromOptions(ConnectionOptions options) {
        List<String> keys = options.getList(StandardOptions.JOB_BOOKMARK_KEYS);
        Optional<String> order = options.getNonBlank(StandardOptions.JOB_BOOKMARK_KEYS_SORT_ORDER);
        Optional<Duration> lag = options.getDuration(StandardOptions.JOB_BOOKMARK_LAG_WINDOW);
        if (keys.isEmpty()) {
            if (order.isPresent() || lag.isPresent()) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "options '"
                        + StandardOptions.JOB_BOOKMARK_KEYS_SORT_ORDER + "' and '" + StandardOptions.JOB_BOOKMARK_LAG_WINDOW
                        + "' need '" + StandardOptions.JOB_BOOKMARK_KEYS + "' (the bookmark's key columns)");
            }
            return Optional.empty();
        }
        return Optional.of(new BookmarkSpec(keys, order.map(SortOrder::parse).orElse(SortOrder.ASC), lag));
    }

    @Override
    public String toString() {
        return keys + " " + order + lagWindow.map(lag -> " lag " + lag).orElse("");
    }
}
