package dev.dovetail.api.spi;

import dev.dovetail.api.predicate.PredicateOperator;

import java.util.Set;

/**
 * What a connector's {@code @ReadOperation} pushes down. Whatever it does not push, the runtime
 * enforces itself, so declaring less is always correct, only slower.
 *
 * @param projection whether it writes only the requested columns
 * @param limit whether it stops after the requested number of rows
 * @param filters the predicate forms it applies itself
 */
public record ReadCapabilities(boolean projection, boolean limit, Set<PredicateOperator> filters) {
    public ReadCapabilities {
        filters = Set.copyOf(filters);
    }

    /** Pushes nothing down. */
    public static ReadCapabilities none() {
        return new ReadCapabilities(false, false, Set.of());
    }
}
