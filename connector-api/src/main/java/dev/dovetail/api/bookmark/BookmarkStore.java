package dev.dovetail.api.bookmark;

import java.util.Optional;

/**
 * Where committed job bookmarks live, keyed by job and source. Implementations: {@link InMemoryBookmarkStore}
 * (harness) and {@link FileBookmarkStore} (durable, outside Glue). Implementations are thread-safe.
 *
 * <p>The runtime loads a bookmark when a read is planned and saves one only when the job commits after
 * every split succeeded; a failed run saves nothing, so the next run re-reads rather than skips.
 */
public interface BookmarkStore {
    /** The committed bookmark, if any. A stored bookmark that cannot be read is an error, never an empty result. */
    Optional<BookmarkState> load(BookmarkKey key);

    /** Commits {@code state}, replacing the previous one atomically. */
    void save(BookmarkKey key, BookmarkState state);

    /** Forgets the bookmark, so the next run reads everything. */
    void reset(BookmarkKey key);
}
