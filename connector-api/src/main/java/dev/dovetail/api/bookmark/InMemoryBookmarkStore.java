package dev.dovetail.api.bookmark;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** Bookmarks held in memory, for tests and the harness. Thread-safe. */
public final class InMemoryBookmarkStore implements BookmarkStore {
    private final Map<BookmarkKey, BookmarkState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<BookmarkState> load(BookmarkKey key) {
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public void save(BookmarkKey key, BookmarkState state) {
        states.put(requireNonNull(key, "key is null"), requireNonNull(state, "state is null"));
    }

    @Override
    public void reset(BookmarkKey key) {
        states.remove(key);
    }

    @Override
    public String toString() {
        return "InMemoryBookmarkStore" + states;
    }
}
