package dev.dovetail.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.ConnectionProperties;

import java.nio.file.Path;

/**
 * Stored connections kept in a local JSON file, standing in for the Glue Data Catalog's connections
 * outside AWS: an object mapping each connection name to its properties, spelt as Glue keeps them
 * ({@code JDBC_CONNECTION_URL}, {@code USERNAME}, {@code PASSWORD}, {@code SECRET_ID}) or as option
 * names. An entry may also be the {@code Connection} object that {@code aws glue get-connection} prints, whose
 * {@code ConnectionProperties} are then the properties:
 * <pre>{@code
 * {
 *   "orders-db": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/shop", "SECRET_ID": "prod/orders-db"},
 *   "copied-from-glue": {"Name": "copied-from-glue", "ConnectionType": "JDBC",
 *                        "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://db/shop"}}
 * }
 * }</pre>
 * The file is read at each {@link #resolve}; it is never written. Thread-safe. Errors are as
 * {@link FileSecretResolver}'s, and never quote a property's value.
 */
public final class FileConnectionCatalog implements ConnectionCatalog {
    private static final String GLUE_PROPERTIES = "ConnectionProperties";
    private static final String SHAPE = "an object mapping each connection name to an object of its properties, "
            + "e.g. {\"orders-db\": {\"JDBC_CONNECTION_URL\": \"jdbc:postgresql://db/shop\", \"SECRET_ID\": \"orders\"}}";

    private final EntriesFile file;

    private FileConnectionCatalog(Path path) {
        this.file = new EntriesFile(path, "connection", SHAPE);
    }

    /** The connections in {@code path}; the file need not exist yet. */
    public static FileConnectionCatalog of(Path path) {
        return new FileConnectionCatalog(path);
    }

    /** The file the connections are read from. */
    public Path path() {
        return file.path();
    }

    @Override
    public ConnectionProperties resolve(String connectionName) {
        JsonNode entry = file.entry(connectionName);
        String what = "connection '" + connectionName + "' in " + file.described();
        JsonNode glue = entry.get(GLUE_PROPERTIES);
        if (glue != null) {
            return ConnectionProperties.of(connectionName, KeyValueJson.pairs(glue, what + ", " + GLUE_PROPERTIES));
        }
        return ConnectionProperties.of(connectionName, KeyValueJson.pairs(entry, what));
    }

    @Override
    public String toString() {
        return "FileConnectionCatalog{" + file.path() + "}";
    }
}
