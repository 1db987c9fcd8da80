package dev.dovetail.spark.memory;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;

import java.util.List;

/** A test connector over a {@link MemoryStore} that pushes nothing down and does not write. */
@Connector(name = "memory-plain", owner = "Dovetail tests", description = "In-memory tables, pushing nothing down")
public final class PlainMemoryConnector {

    /** The store to use. */
    @Settings
    public record PlainSettings(@Setting(required = true, description = "The memory store's name") String store) {
    }

    @Credentials
    public MemoryStore connect(PlainSettings settings) {
        return MemoryStore.existing(settings.store());
    }

    @Metadata
    public List<Entity> entities(MemoryStore store) {
        return store.tables().stream().map(table -> table.schema().entity()).toList();
    }

    @Metadata
    public EntitySchema describe(MemoryStore store, String entity) {
        return store.table(entity).schema();
    }

    @ReadOperation
    public void read(MemoryStore store, ReadRequest request, RowSink sink) {
        MemoryTables.read(store, request, sink);
    }
}
