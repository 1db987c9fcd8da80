package dev.dovetail.api.auth;

/**
 * Turns a connection name (the {@code connectionName} option) into the connection's stored properties,
 * as a Glue job's connection does: a JDBC URL, a user and password or a secret id, and whatever else the
 * connection keeps. {@link ConnectionMerge} merges them under the options. Implementations:
 * {@link InMemoryConnectionCatalog} (tests and the harness) and a local JSON catalog (development, provided
 * by the hosts); a host on AWS may read the Glue Data Catalog's connections. {@link #none()} is the catalog
 * of a host that keeps no connections.
 *
 * <p>Called once per connection (each time options naming one are validated or resolved), from any
 * thread; implementations are thread-safe. A connection that does not exist is a
 * {@link dev.dovetail.api.ConnectorException} with {@link dev.dovetail.api.ErrorCode#RESOURCE_NOT_FOUND}
 * naming it, with the closest known name as a "did you mean" ({@link dev.dovetail.api.Suggestions}); one
 * the caller may not read, {@link dev.dovetail.api.ErrorCode#ACCESS_DENIED}. Neither message contains a
 * property value: a connection may hold a password.
 */
@FunctionalInterface
public interface ConnectionCatalog {
    /** The properties of the connection {@code connectionName}. */
    ConnectionProperties resolve(String connectionName);

    /**
     * The catalog of a host that keeps no connections: every name is
     * {@link dev.dovetail.api.ErrorCode#RESOURCE_NOT_FOUND}, with a message saying so and how to give the
     * connection's properties instead.
     */
    static ConnectionCatalog none() {
        return NoConnectionCatalog.INSTANCE;
    }
}
