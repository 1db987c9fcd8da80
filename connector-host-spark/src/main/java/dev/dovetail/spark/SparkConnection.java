package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.runtime.ConnectorRuntime;
import dev.dovetail.api.runtime.ResolvedConnection;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * One connector and the options of one Spark read or write, as the driver and every executor use them:
 * serializable (the descriptor travels as its class name and is created again where it is used; the
 * options, secrets masked in {@link #toString()}, travel as given), so each executor resolves the
 * connection and opens its own session through the same {@link ConnectorRuntime} as the driver, with the
 * {@link SparkOptions} host keys accepted.
 *
 * <p>Immutable and thread-safe.
 */
final class SparkConnection implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String descriptorClass;
    private final ConnectionOptions options;
    private transient ConnectorDescriptor descriptor;

    SparkConnection(ConnectorDescriptor descriptor, ConnectionOptions options) {
        this.descriptor = requireNonNull(descriptor, "descriptor is null");
        this.descriptorClass = descriptor.getClass().getName();
        this.options = requireNonNull(options, "options is null");
    }

    /** A connection from Spark's options (their original spelling; they match ignoring case). */
    static SparkConnection of(ConnectorDescriptor descriptor, Map<String, String> sparkOptions) {
        return new SparkConnection(descriptor, ConnectionOptions.of(sparkOptions));
    }

    /** The connector's descriptor, created again from its class on an executor. */
    synchronized ConnectorDescriptor descriptor() {
        if (descriptor == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                descriptor = (ConnectorDescriptor) Class.forName(descriptorClass, true,
                        loader == null ? SparkConnection.class.getClassLoader() : loader).getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the connector descriptor " + descriptorClass
                        + " is not on this executor's classpath; ship the connector's jar with the job (--jars, or"
                        + " Glue's dependent JARs path)", e);
            } catch (ReflectiveOperationException | ClassCastException e) {
                Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
                throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "cannot create the connector descriptor "
                        + descriptorClass + ": " + cause, cause);
            }
        }
        return descriptor;
    }

    /** The options as given. */
    ConnectionOptions options() {
        return options;
    }

    /** The connector's name. */
    String connectorName() {
        return descriptor().info().name();
    }

    /**
     * Merges the stored connection and the secret into the options, validates them (every problem at once)
     * and reads the credentials.
     */
    ResolvedConnection resolve() {
        return withRuntime(runtime -> runtime.resolve(options));
    }

    /** Resolves the connection and opens a session on it: the connector's {@code @Credentials} method runs. */
    RuntimeSession open() {
        return withRuntime(runtime -> runtime.open(runtime.resolve(options)));
    }

    /** Runs {@code work} with this connection's runtime; its secret resolver is closed afterwards. */
    private <T> T withRuntime(Function<ConnectorRuntime, T> work) {
        SecretResolver secrets = SparkOptions.secretResolver(options);
        try {
            return work.apply(runtime(secrets));
        } finally {
            if (secrets instanceof AutoCloseable closeable) {
                close(closeable);
            }
        }
    }

    private ConnectorRuntime runtime(SecretResolver secrets) {
        return new ConnectorRuntime(descriptor(), secrets, SparkOptions.connectionCatalog(options), SparkOptions.hostKeys());
    }

    /**
     * The entity the options name with {@code dbTable}; without it, the connector's only entity.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} listing the entities, if the connector
     *     offers several (or none) and {@code dbTable} is absent
     */
    String entity(RuntimeSession session) {
        return options.getNonBlank(StandardOptions.DB_TABLE).orElseGet(() -> {
            List<String> names = session.listEntities().stream().map(Entity::name).toList();
            if (names.size() == 1) {
                return names.get(0);
            }
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "connector '" + connectorName() + "' offers "
                    + (names.isEmpty() ? "no entities" : "the entities " + names) + "; set the option '"
                    + StandardOptions.DB_TABLE + "' to the one to read or write");
        });
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw ConnectorException.wrap(e, "cannot close the secret resolver");
        }
    }

    @Override
    public String toString() {
        return "SparkConnection{" + descriptorClass + ", " + options + "}";
    }
}
