package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.aws.FileConnectionCatalog;
import dev.dovetail.aws.SecretResolvers;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options the Spark host itself understands, besides the connector's settings and the runtime's
 * {@link StandardOptions} (all case-insensitive, like every Spark option). They are passed to the
 * {@link dev.dovetail.api.runtime.ConnectorRuntime} as host keys, so validation does not call them unknown.
 *
 * <p>Where the connection's secret and stored connections come from, and where bookmarks are kept:
 * <ul>
 *   <li>{@value #SECRET_RESOLVER}: {@code file:<path>} (a local JSON file of secrets), {@code aws} or
 *       {@code aws:<region>} (AWS Secrets Manager); default the system property
 *       {@code dovetail.secretResolver}, then the environment variable {@code DOVETAIL_SECRET_RESOLVER},
 *       then {@code aws} ({@link SecretResolvers#fromEnvironment()}).</li>
 *   <li>{@value #CONNECTION_CATALOG}: the path of a local JSON catalog of connections for
 *       {@code connectionName}; default the system property {@value #CONNECTION_CATALOG_PROPERTY}; absent,
 *       no catalog ({@code connectionName} is then an error saying so).</li>
 *   <li>{@value #BOOKMARK_STORE}: the directory of the durable bookmark store that reads with
 *       {@code jobBookmarkKeys} start after and {@link DovetailJob#commit} writes; default the system
 *       property {@value #BOOKMARK_STORE_PROPERTY}.</li>
 * </ul>
 * How a DataFrame is written ({@code df.write().format(...).mode("append")}):
 * <ul>
 *   <li>{@value #WRITE_OPERATION}: {@code insert} (default), {@code update}, {@code upsert} or {@code delete};
 *       one the connector's {@code @WriteOperation} supports.</li>
 *   <li>{@value #ID_FIELD_NAMES}: comma-separated columns identifying a record for update, upsert and delete;
 *       default the entity's primary key.</li>
 *   <li>{@value #BATCH_SIZE}: records per call of the connector's write operation (default
 *       {@value #DEFAULT_BATCH_SIZE}).</li>
 *   <li>{@value #ALL_OR_NONE}: {@code true} to write each Spark task's rows as one all-or-none batch at
 *       the task's commit (only for connectors that support it; the task's rows are held in memory until
 *       then), so a failed or aborted task writes nothing; default {@code false}.</li>
 * </ul>
 * Spark's own {@value #PATH} (set by {@code load(path)} and {@code save(path)}) is accepted and ignored.
 */
public final class SparkOptions {
    /** Where {@code secretId} is resolved: {@code file:<path>}, {@code aws} or {@code aws:<region>}. */
    public static final String SECRET_RESOLVER = "secretResolver";
    /** The path of a local JSON connection catalog for {@code connectionName}. */
    public static final String CONNECTION_CATALOG = "connectionCatalog";
    /** The system property giving {@value #CONNECTION_CATALOG} a default. */
    public static final String CONNECTION_CATALOG_PROPERTY = "dovetail.connectionCatalog";
    /** The directory of the durable job bookmark store. */
    public static final String BOOKMARK_STORE = "bookmarkStore";
    /** The system property giving {@value #BOOKMARK_STORE} a default. */
    public static final String BOOKMARK_STORE_PROPERTY = "dovetail.bookmarkStore";
    /** The kind of write: insert, update, upsert or delete. */
    public static final String WRITE_OPERATION = "writeOperation";
    /** The columns identifying a record for update, upsert and delete. */
    public static final String ID_FIELD_NAMES = "idFieldNames";
    /** Records per call of the connector's write operation. */
    public static final String BATCH_SIZE = "batchSize";
    /** The default {@value #BATCH_SIZE}. */
    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** Whether each task's rows are written all-or-none. */
    public static final String ALL_OR_NONE = "allOrNone";
    /** Spark's own path option. */
    public static final String PATH = "path";

    private static final List<String> HOST_KEYS = List.of(SECRET_RESOLVER, CONNECTION_CATALOG, BOOKMARK_STORE,
            WRITE_OPERATION, ID_FIELD_NAMES, BATCH_SIZE, ALL_OR_NONE, PATH);

    private SparkOptions() {
    }

    /** The option names above: the host keys of the connector runtime. */
    public static List<String> hostKeys() {
        return HOST_KEYS;
    }

    /** The secret resolver the options choose ({@value #SECRET_RESOLVER}, else the environment's). */
    public static SecretResolver secretResolver(ConnectionOptions options) {
        return options.getNonBlank(SECRET_RESOLVER).map(SecretResolvers::fromSpec).orElseGet(SecretResolvers::fromEnvironment);
    }

    /** The connection catalog the options choose ({@value #CONNECTION_CATALOG}, else its system property), or none. */
    public static ConnectionCatalog connectionCatalog(ConnectionOptions options) {
        return setting(options, CONNECTION_CATALOG, CONNECTION_CATALOG_PROPERTY)
                .map(path -> (ConnectionCatalog) FileConnectionCatalog.of(path(CONNECTION_CATALOG, path)))
                .orElseGet(ConnectionCatalog::none);
    }

    /**
     * The durable bookmark store the options choose.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} saying how to set one, if neither the
     *     option nor its system property is given
     */
    public static BookmarkStore bookmarkStore(ConnectionOptions options) {
        String directory = setting(options, BOOKMARK_STORE, BOOKMARK_STORE_PROPERTY)
                .orElseThrow(() -> new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '"
                        + StandardOptions.JOB_BOOKMARK_KEYS + "' asks for a job bookmark, but no bookmark store is set;"
                        + " give the option '" + BOOKMARK_STORE + "' (a directory) or the system property '"
                        + BOOKMARK_STORE_PROPERTY + "'"));
        return new FileBookmarkStore(path(BOOKMARK_STORE, directory));
    }

    /** The kind of write ({@value #WRITE_OPERATION}, default insert). */
    public static WriteOperationType writeOperation(ConnectionOptions options) {
        return options.getEnum(WRITE_OPERATION, WriteOperationType.class).orElse(WriteOperationType.INSERT);
    }

    /** The id fields ({@value #ID_FIELD_NAMES}), if given. */
    public static Optional<List<String>> idFieldNames(ConnectionOptions options) {
        List<String> names = options.getList(ID_FIELD_NAMES);
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Records per write call ({@value #BATCH_SIZE}), at least 1. */
    public static int batchSize(ConnectionOptions options) {
        int size = options.getInt(BATCH_SIZE).orElse(DEFAULT_BATCH_SIZE);
        if (size < 1) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + BATCH_SIZE + "' is " + size
                    + "; give a number of records of at least 1");
        }
        return size;
    }

    /** Whether each task writes all-or-none ({@value #ALL_OR_NONE}). */
    public static boolean allOrNone(ConnectionOptions options) {
        return options.getBoolean(ALL_OR_NONE).orElse(false);
    }

    private static Optional<String> setting(ConnectionOptions options, String option, String property) {
        return options.getNonBlank(option).or(() -> Optional.ofNullable(System.getProperty(property))
                .filter(value -> !value.isBlank()));
    }

    private static Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + option + "' is not a valid path: "
                    + e.getMessage());
        }
    }
}
