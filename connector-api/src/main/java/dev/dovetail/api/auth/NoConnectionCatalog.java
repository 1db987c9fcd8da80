package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.StandardOptions;

/** {@link ConnectionCatalog#none()}: knows no connection and says that the host has no catalog. */
final class NoConnectionCatalog implements ConnectionCatalog {
    static final NoConnectionCatalog INSTANCE = new NoConnectionCatalog();

    private NoConnectionCatalog() {
    }

    @Override
    public ConnectionProperties resolve(String connectionName) {
        throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "option '" + StandardOptions.CONNECTION_NAME
                + "' names connection '" + connectionName + "', but this host has no connection catalog; give the"
                + " connection's properties ('url', 'user', 'password' or 'secretId') as options instead, or give the"
                + " host a ConnectionCatalog (in the harness: withConnection(name, properties))");
    }

    @Override
    public String toString() {
        return "ConnectionCatalog.none()";
    }
}
