package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.InvalidOptionsException;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.runtime.ConnectorRuntime;
import dev.dovetail.api.runtime.EntitySelection;
import dev.dovetail.api.runtime.FilterPredicateOption;
import dev.dovetail.api.runtime.ResolvedConnection;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
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

    /**
     * Checks the options on the driver before any work: every problem at once (unknown keys with a "did you
     * mean", bad values of the connector's settings and of the runtime's partitioning and bookmark options,
     * missing required settings and credentials, an unresolvable connection or secret).
     *
     * @throws InvalidOptionsException listing them
     */
    void validate() {
        List<OptionProblem> problems = withRuntime(runtime -> runtime.validate(options));
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(connectorName(), problems);
        }
    }

    /** Resolves the connection and opens a session on it: the connector's {@code @Credentials} method runs. */
    RuntimeSession open() {
        return withRuntime(runtime -> runtime.open(runtime.resolve(options)));
    }

    /**
     * Runs {@code work} with this connection's runtime. The secret resolver is not closed: those of
     * {@code SecretResolvers} are shared by the JVM (one AWS client per region), the file one holds nothing.
     */
    private <T> T withRuntime(Function<ConnectorRuntime, T> work) {
        return work.apply(runtime(SparkOptions.secretResolver(options)));
    }

    private ConnectorRuntime runtime(SecretResolver secrets) {
        List<String> hostKeys = new ArrayList<>(SparkOptions.hostKeys());
        hostKeys.addAll(FilterPredicateOption.hostKeys(descriptor()));
        return new ConnectorRuntime(descriptor(), secrets, SparkOptions.connectionCatalog(options), hostKeys);
    }

    /** The entity the options select ({@link EntitySelection}: {@code dbTable}, else the connector's only one). */
    String entity(RuntimeSession session) {
        return EntitySelection.select(options, session::listEntities);
    }

    @Override
    public String toString() {
        return "SparkConnection{" + descriptorClass + ", " + options + "}";
    }
}
