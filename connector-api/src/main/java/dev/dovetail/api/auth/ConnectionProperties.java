package dev.dovetail.api.auth;

import java.util.Map;

/**
 * The stored properties of one connection, as a {@link ConnectionCatalog} returns them: spelt as the
 * catalog keeps them (Glue's {@code JDBC_CONNECTION_URL}, or option names); {@link ConnectionMerge} turns
 * them into options. Immutable; lookups ignore case. A connection may hold a password, so
 * {@link #toString()} shows the keys only.
 */
public final class ConnectionProperties extends NamedValues {

    private ConnectionProperties(String connectionName, Map<String, String> properties) {
        super(connectionName, properties);
    }

    /** The properties of the connection called {@code connectionName}. */
    public static ConnectionProperties of(String connectionName, Map<String, String> properties) {
        return new ConnectionProperties(connectionName, properties);
    }

    /** The name the connection was resolved from. */
    public String connectionName() {
        return name();
    }

    @Override
    public String toString() {
        return "ConnectionProperties{connectionName=" + connectionName() + ", keys=" + keys() + "}";
    }
}
