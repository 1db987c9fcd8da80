package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Glue's {@code connectionName} semantics. When the options name a connection, its stored properties
 * (from a {@link ConnectionCatalog}) are the base and the options given explicitly win over them, as a
 * Glue job's connection options override its connection's.
 *
 * <p>Properties spelt as Glue's JDBC connections spell them become the options they stand for; their
 * names match ignoring case, and every other property passes as it is:
 * <table>
 *   <caption>Glue connection properties and the options they become</caption>
 *   <tr><th>property</th><th>option</th></tr>
 *   <tr><td>{@code JDBC_CONNECTION_URL}</td><td>{@code url}</td></tr>
 *   <tr><td>{@code USERNAME}</td><td>{@code user}</td></tr>
 *   <tr><td>{@code PASSWORD}</td><td>{@code password}</td></tr>
 *   <tr><td>{@code SECRET_ID}</td><td>{@code secretId}</td></tr>
 * </table>
 * Two properties that become one option with different values (say {@code USERNAME} and {@code user}) are
 * an error naming both, never their values.
 *
 * <p>In the result {@code password} and the given sensitive keys are secret, whoever supplied them, so a
 * connection's password is masked in {@code toString}, messages and logs. A connection may hold a
 * {@code secretId}: {@link SecretMerge}, applied after this step, then merges that secret as usual.
 * Without a {@code connectionName} the options are returned unchanged.
 */
public final class ConnectionMerge {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMerge.class);
    private static final Map<String, String> GLUE_PROPERTIES = caseInsensitive(Map.of(
            "JDBC_CONNECTION_URL", "url",
            "USERNAME", CredentialKeys.USER,
            "PASSWORD", CredentialKeys.PASSWORD,
            "SECRET_ID", StandardOptions.SECRET_ID));

    private ConnectionMerge() {
    }

    /**
     * {@code options} over the properties of the connection they name; unchanged if they name none.
     *
     * @param sensitiveKeys keys whose values are secret besides {@code password} (the connector's
     *     {@link AuthenticationSpec#sensitiveKeys()})
     * @throws ConnectorException the catalog's failure (an unknown connection is
     *     {@link ErrorCode#RESOURCE_NOT_FOUND}), or {@link ErrorCode#INVALID_ARGUMENT} for two properties
     *     that become one option with different values
     */
    public static ConnectionOptions apply(ConnectionOptions options, ConnectionCatalog catalog,
                                          Collection<String> sensitiveKeys) {
        Optional<String> connectionName = options.getNonBlank(StandardOptions.CONNECTION_NAME);
        if (connectionName.isEmpty()) {
            return options;
        }
        ConnectionOptions stored = asOptions(catalog.resolve(connectionName.get()));
        LOG.debug("merging keys {} of connection '{}' under the options", stored.keys(), connectionName.get());
        List<String> secret = new ArrayList<>(sensitiveKeys);
        secret.add(CredentialKeys.PASSWORD);
        return stored.withAll(options).markSecret(secret);
    }

    /** The connection's properties under their option names. */
    private static ConnectionOptions asOptions(ConnectionProperties connection) {
        Map<String, String> options = caseInsensitive(Map.of());
        Map<String, String> property = caseInsensitive(Map.of());
        for (Map.Entry<String, String> entry : connection.asMap().entrySet()) {
            String option = GLUE_PROPERTIES.getOrDefault(entry.getKey(), entry.getKey());
            String previous = options.put(option, entry.getValue());
            if (previous != null && !previous.equals(entry.getValue())) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "connection '" + connection.connectionName()
                        + "' gives option '" + option + "' twice with different values, as properties '"
                        + property.get(option) + "' and '" + entry.getKey() + "'; keep one of them in the connection");
            }
            property.put(option, entry.getKey());
        }
        return ConnectionOptions.of(options);
    }

    private static Map<String, String> caseInsensitive(Map<String, String> map) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(map);
        return copy;
    }
}
