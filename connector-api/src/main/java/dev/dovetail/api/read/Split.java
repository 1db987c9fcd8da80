package dev.dovetail.api.read;

import dev.dovetail.api.predicate.Predicate;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One unit of parallel reading: split {@code index} of {@code count}, the rows of the entity that
 * satisfy {@code predicate}. Splits of one plan are disjoint and together cover every row, NULLs
 * included. A split is a small immutable value, serialized to wherever it is read (Spark executors).
 *
 * <p>The standard planners express a split entirely as its predicate, which reaches the connector like
 * any other predicate (pushed if it can, evaluated by the runtime if not). A connector with its own
 * {@code @Partitions} method can also carry its own coordinates (a file, a shard, a page range) in
 * {@code properties}.
 *
 * @param index 0..count-1
 * @param count the number of splits in the plan, at least 1
 * @param predicate the rows of this split; TRUE for all rows
 * @param properties connector-defined coordinates of the split; empty for the standard planners
 */
public record Split(int index, int count, Predicate predicate, Map<String, String> properties) implements Serializable {

    public Split {
        requireNonNull(predicate, "predicate is null");
        properties = Map.copyOf(properties);
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("split index " + index + " of " + count + " is out of range");
        }
    }

    /** The one split of an unpartitioned read: every row. */
    public static Split whole() {
        return new Split(0, 1, Predicate.alwaysTrue(), Map.of());
    }

    /** Split {@code index} of {@code count} selecting the rows of {@code predicate}. */
    public static Split of(int index, int count, Predicate predicate) {
        return new Split(index, count, predicate, Map.of());
    }

    /** This split with connector-defined coordinates. */
    public Split withProperties(Map<String, String> newProperties) {
        return new Split(index, count, predicate, newProperties);
    }

    /** How messages name the split: {@code #1 of 4 (id >= 33 AND id < 66)}. */
    public String describe() {
        StringBuilder text = new StringBuilder("#").append(index).append(" of ").append(count);
        if (!predicate.isAlwaysTrue()) {
            text.append(" (").append(predicate).append(')');
        }
        if (!properties.isEmpty()) {
            text.append(' ').append(new TreeMap<>(properties));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "Split" + describe();
    }
}
