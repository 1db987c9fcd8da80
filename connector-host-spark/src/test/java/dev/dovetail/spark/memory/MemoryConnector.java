package dev.dovetail.spark.memory;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.WriteOperation;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.util.List;
import java.util.Optional;

import static dev.dovetail.api.predicate.PredicateOperator.*;
import static dev.dovetail.api.write.WriteOperationType.*;

/**
 * A test connector over a {@link MemoryStore} that pushes down projection, limit and most filters (not
 * CONTAINS or ENDS_WITH), and inserts and upserts all-or-none.
 */
@Connector(name = "memory", owner = "Dovetail tests", description = "In-memory tables, pushing down")
public final class MemoryConnector {

    /** The store to use, and the password it may require. */
    @Settings
    public record MemorySettings(
            @Setting(required = true, description = "The memory store's name") String store,
            @Setting(secret = true, description = "The store's password, if it requires one") Optional<Secret> password) {
    }

    @Credentials
    public MemoryStore connect(MemorySettings settings) {
        MemoryStore store = MemoryStore.existing(settings.store());
        MemoryTables.checkPassword(store, settings.password().map(Secret::reveal).orElse(null));
        return store;
    }

    @Metadata
    public List<Entity> entities(MemoryStore store) {
        return store.tables().stream().map(table -> table.schema().entity()).toList();
    }

    @Metadata
    public EntitySchema describe(MemoryStore store, String entity) {
        return store.table(entity).schema();
    }

    @ReadOperation(projection = true, limit = true, filters = {EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL,
            GREATER_THAN, GREATER_THAN_OR_EQUAL, IN, IS_NULL, IS_NOT_NULL, STARTS_WITH, OR, NOT})
    public void read(MemoryStore store, ReadRequest request, RowSink sink) {
        MemoryTables.read(store, request, sink);
    }

    @WriteOperation(value = {INSERT, UPSERT}, allOrNone = true)
    public WriteResult write(MemoryStore store, WriteRequest request) {
        return MemoryTables.write(store, request);
    }
}
