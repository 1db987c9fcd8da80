package dev.dovetail.api.spi;

import dev.dovetail.api.write.WriteOperationType;

import java.util.Set;

/**
 * What a connector's {@code @WriteOperation} supports.
 *
 * @param operations the kinds of write; empty if the connector does not write
 * @param allOrNone whether it can write a batch atomically (all records or none)
 * @param truncate whether it can empty the entity before a write ({@code WriteRequest.truncateFirst()})
 */
public record WriteCapabilities(Set<WriteOperationType> operations, boolean allOrNone, boolean truncate) {
    public WriteCapabilities {
        operations = Set.copyOf(operations);
        if (truncate && operations.isEmpty()) {
            throw new IllegalArgumentException("a connector that does not write cannot truncate");
        }
    }

    /** The capabilities of a connector that cannot truncate. */
    public WriteCapabilities(Set<WriteOperationType> operations, boolean allOrNone) {
        this(operations, allOrNone, false);
    }

    /** A connector that does not write. */
    public static WriteCapabilities none() {
        return new WriteCapabilities(Set.of(), false, false);
    }

    /** Whether the connector writes at all. */
    public boolean writes() {
        return !operations.isEmpty();
    }
}
