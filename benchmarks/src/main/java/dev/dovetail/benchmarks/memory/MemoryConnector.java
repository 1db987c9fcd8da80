package dev.dovetail.benchmarks.memory;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;

import java.util.List;

/**
 * The row-path benchmark's connector: entity {@code rows} of a {@link MemoryTable}, written in full (it
 * pushes nothing down) so that the cost measured is that of the rows crossing the runtime into the host's sink.
 */
@dev.dovetail.api.Connector(name = "memory-bench", description = "A table in arrays, for the row-path benchmark")
public final class MemoryConnector {
    /**
     * The connector's one option.
     *
     * @param table the {@link MemoryTable#name()} to read
     */
    @Settings
    public record MemorySettings(@Setting(required = true, description = "The MemoryTable to read") String table) {
    }

    /** An open table; closing it leaves the table registered (its owner closes it). */
    public record MemorySession(MemoryTable table) implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    @Credentials(AuthType.NONE)
    public MemorySession connect(MemorySettings settings, ResolvedCredentials credentials) {
        return new MemorySession(MemoryTable.named(settings.table()));
    }

    @Metadata
    public List<Entity> entities(MemorySession session) {
        return List.of(MemoryTable.SCHEMA.entity());
    }

    @Metadata
    public EntitySchema describe(MemorySession session, String entity) {
        if (!entity.equals(MemoryTable.SCHEMA.name())) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "no entity '" + entity + "'; the memory connector has '"
                    + MemoryTable.SCHEMA.name() + "'");
        }
        return MemoryTable.SCHEMA;
    }

    @ReadOperation
    public void read(MemorySession session, ReadRequest request, RowSink sink) {
        session.table().write(sink);
    }
}
