package dev.dovetail.api.spi;

import dev.dovetail.api.write.WriteOperationType;

import java.util.Set;

/**
 * What a connector's {@code @WriteOperation} supports.
 *
 * @param operations the kinds of write; empty if the connector does not write
 * @param allOrNone whether it can write a batch atomically (all records or none)
 */
public record WriteCapabilities(Set<WriteOperationType> operations, boolean allOrNone) {
    public WriteCapabilities {
        operations = Set.copyOf(operations);
    }

    /** A connector that does not write. */
    public static WriteCapabilities none() {
        return new WriteCapabilities(Set.of(), false);
    }

    /** Whether the connector writes at all. */
    public boolean writes() {
        return !operations.isEmpty();
    }
}
