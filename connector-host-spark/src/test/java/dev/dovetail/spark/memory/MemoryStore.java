package dev.dovetail.spark.memory;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory tables the test connectors read and write, by store name (the connectors' {@code store}
 * setting), shared by the driver and the local executors of a {@code local[2]} session. Each store counts
 * the rows its connectors wrote into sinks, so a test can see what a connector really read, and may
 * require a password, so a test can see that the secret reached the connector.
 */
public final class MemoryStore {
    private static final Map<String, MemoryStore> STORES = new ConcurrentHashMap<>();

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final AtomicLong rowsRead = new AtomicLong();
    private volatile Optional<String> password = Optional.empty();

    /** One table: its schema and rows. */
    public record Table(EntitySchema schema, List<Row> rows) {
    }

    /** The store {@code name}, created empty the first time. */
    public static MemoryStore named(String name) {
        return STORES.computeIfAbsent(name, key -> new MemoryStore());
    }

    /** The existing store {@code name}. */
    static MemoryStore existing(String name) {
        MemoryStore store = STORES.get(name);
        if (store == null) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "no memory store named '" + name + "'");
        }
        return store;
    }

    /** Creates or replaces {@code schema}'s table with {@code rows}. */
    public MemoryStore put(EntitySchema schema, List<Row> rows) {
        tables.put(schema.name(), new Table(schema, new ArrayList<>(rows)));
        return this;
    }

    /** Requires connections to give {@code value} as their password. */
    public MemoryStore requirePassword(String value) {
        password = Optional.of(value);
        return this;
    }

    Optional<String> password() {
        return password;
    }

    /** The table {@code entity}. */
    public Table table(String entity) {
        Table table = tables.get(entity);
        if (table == null) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "no table '" + entity + "' in the store; it has "
                    + tables.keySet());
        }
        return table;
    }

    /** A snapshot of {@code entity}'s rows. */
    public List<Row> rows(String entity) {
        Table table = table(entity);
        synchronized (table.rows()) {
            return List.copyOf(table.rows());
        }
    }

    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** The rows connectors wrote into sinks from this store so far. */
    public long rowsRead() {
        return rowsRead.get();
    }

    /** Forgets the count of rows read. */
    public void resetRowsRead() {
        rowsRead.set(0);
    }

    void countRead() {
        rowsRead.incrementAndGet();
    }
}
