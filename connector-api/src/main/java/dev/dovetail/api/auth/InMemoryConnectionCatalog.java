package dev.dovetail.api.auth;

import java.util.Map;

/**
 * Connections held in memory, for tests and the harness. Thread-safe; connections may be added while in use.
 * {@link #toString()} shows the connection names only.
 */
public final class InMemoryConnectionCatalog implements ConnectionCatalog {
    private final InMemoryStore connections = new InMemoryStore("connection");

    /** A catalog with no connections. */
    public InMemoryConnectionCatalog() {
    }

    /**
     * Stores (or replaces) the connection {@code connectionName} with its properties, spelt as options
     * ({@code url}, {@code user}) or as Glue's JDBC connections spell them ({@code JDBC_CONNECTION_URL},
     * {@code USERNAME}); see {@link ConnectionMerge}. Returns this catalog.
     */
    public InMemoryConnectionCatalog put(String connectionName, Map<String, String> properties) {
        connections.put(connectionName, properties);
        return this;
    }

    @Override
    public ConnectionProperties resolve(String connectionName) {
        return ConnectionProperties.of(connectionName, connections.get(connectionName));
    }

    @Override
    public String toString() {
        return "InMemoryConnectionCatalog" + connections.names();
    }
}
