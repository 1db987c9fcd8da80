package dev.dovetail.api.runtime;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What reading one split yields besides its rows: the best bookmark key tuple among the rows it returned
 * (greatest for ascending, smallest for descending), if the read tracks a bookmark and a row had a
 * complete key. Serializable, so executors can report it back.
 *
 * @param bookmarkKey the key tuple, canonical values in key order
 */
public record SplitOutcome(Optional<List<Object>> bookmarkKey) implements Serializable {
    public SplitOutcome {
        requireNonNull(bookmarkKey, "bookmarkKey is null");
        bookmarkKey = bookmarkKey.map(List::copyOf);
    }

    // Optional is not serializable: travel as a proxy.
    private Object writeReplace() {
        return new Serialized(bookmarkKey.orElse(null));
    }

    private record Serialized(List<Object> bookmarkKey) implements Serializable {
        private Object readResolve() {
            return new SplitOutcome(Optional.ofNullable(bookmarkKey));
        }
    }
}
