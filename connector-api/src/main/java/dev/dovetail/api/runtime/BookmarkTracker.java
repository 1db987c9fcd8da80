package dev.dovetail.api.runtime;

import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tracks, over the rows a split returns, the best bookmark key tuple: the greatest for ascending, the
 * smallest for descending. Rows whose key has a NULL are not tracked (they cannot be positioned). The
 * key columns are written into {@link #current()} as rows pass; no allocation per row.
 */
final class BookmarkTracker {
    private final RowBuffer current;
    private final RowBuffer best;
    private final int direction;
    private boolean hasBest;

    BookmarkTracker(EntitySchema keys, SortOrder order) {
        this.current = new RowBuffer(keys);
        this.best = new RowBuffer(keys);
        this.direction = order == SortOrder.ASC ? 1 : -1;
    }

    /** Where the key columns of the current row are written. */
    RowBuffer current() {
        return current;
    }

    /** Considers the current row's key. */
    void endRow() {
        if (current.hasNull()) {
            return;
        }
        if (!hasBest || current.compareTo(best) * direction > 0) {
            best.copyFrom(current);
            hasBest = true;
        }
    }

    /** The best key tuple seen, canonical values (normalised as predicate literals). */
    Optional<List<Object>> best() {
        if (!hasBest) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            values.add(Values.normalizeLiteral(best.canonical(i)));
        }
        return Optional.of(values);
    }

    /** The best of several splits' best tuples. */
    static Optional<List<Object>> best(Collection<List<Object>> candidates, SortOrder order) {
        int direction = order == SortOrder.ASC ? 1 : -1;
        List<Object> best = null;
        for (List<Object> candidate : candidates) {
            if (best == null || compare(candidate, best) * direction > 0) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    @SuppressWarnings("unchecked")
    private static int compare(List<Object> left, List<Object> right) {
        for (int i = 0; i < left.size(); i++) {
            int comparison = ((Comparable<Object>) left.get(i)).compareTo(right.get(i));
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }
}
