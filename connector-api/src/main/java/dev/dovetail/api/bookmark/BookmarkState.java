package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.Values;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A committed position: the key tuple of the last row a successful run read (the greatest for
 * {@link SortOrder#ASC}, the smallest for {@link SortOrder#DESC}), with the keys and order it was
 * taken under.
 *
 * @param keys the key columns
 * @param order their order
 * @param values the key tuple, one non-null canonical value per key
 */
public record BookmarkState(List<String> keys, SortOrder order, List<Object> values) implements Serializable {

    public BookmarkState {
        keys = List.copyOf(keys);
        requireNonNull(order, "order is null");
        if (keys.isEmpty() || keys.size() != values.size()) {
            throw new IllegalArgumentException("a bookmark needs one value per key; keys " + keys + ", values " + values);
        }
        values = values.stream().map(Values::normalizeLiteral).toList();
    }

    /**
     * The rows past this position, as a predicate: for ASC keys (a, b) and values (x, y),
     * {@code a > x OR (a = x AND b > y)}; for DESC the comparisons are {@code <}.
     */
    public Predicate rowsAfter() {
        ComparisonOperator past = order == SortOrder.ASC
                ? ComparisonOperator.GREATER_THAN : ComparisonOperator.LESS_THAN;
        List<Predicate> branches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Predicate> branch = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                branch.add(Predicate.eq(keys.get(j), values.get(j)));
            }
            branch.add(Predicate.compare(keys.get(i), past, values.get(i)));
            branches.add(Predicate.and(branch));
        }
        return Predicate.or(branches);
    }

    /**
     * Checks that this state was taken under {@code spec}'s keys and order.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} saying how to reset, if not
     */
    public void requireCompatible(BookmarkSpec spec, BookmarkKey key) {
        boolean sameKeys = keys.size() == spec.keys().size()
                && java.util.stream.IntStream.range(0, keys.size()).allMatch(i -> keys.get(i).equalsIgnoreCase(spec.keys().get(i)));
        if (!sameKeys || order != spec.order()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the bookmark of " + key + " was committed with keys "
                    + keys + " " + order + " but this read asks for " + spec.keys() + " " + spec.order()
                    + "; restore the keys, or reset the bookmark (the next run then reads everything)");
        }
    }

    @Override
    public String toString() {
        return keys + " " + order + " at " + values;
    }
}
