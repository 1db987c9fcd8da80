package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.ConnectionMerge;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.auth.SecretMerge;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.option.OptionsValidator;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Runs one connector the same way for every host: merges the {@code connectionName} connection's properties
 * under the options ({@link ConnectionMerge}), then the {@code secretId} secret into them
 * ({@link SecretMerge}), validates them against the declared settings (every problem at once), reads the
 * credentials and opens sessions whose failures are {@link ConnectorException}s with secrets masked.
 *
 * <p>Thread-safe; hosts keep one per connector and options set, and open a session per split.
 */
public final class ConnectorRuntime {
    private final ConnectorDescriptor descriptor;
    private final SecretResolver secrets;
    private final ConnectionCatalog connections;
    private final Set<String> knownKeys;

    /**
     * A runtime on a host that keeps no connections: a {@code connectionName} is
     * {@link dev.dovetail.api.ErrorCode#RESOURCE_NOT_FOUND} ({@link ConnectionCatalog#none()}).
     *
     * @param descriptor the connector's generated descriptor
     * @param secrets resolves {@code secretId}
     * @param hostKeys option keys the host itself understands (accepted without being settings)
     */
    public ConnectorRuntime(ConnectorDescriptor descriptor, SecretResolver secrets, Collection<String> hostKeys) {
        this(descriptor, secrets, ConnectionCatalog.none(), hostKeys);
    }

    /**
     * A runtime resolving {@code connectionName} through {@code connections} and {@code secretId} through
     * {@code secrets}.
     *
     * @param descriptor the connector's generated descriptor
     * @param secrets resolves {@code secretId}
     * @param connections resolves {@code connectionName}
     * @param hostKeys option keys the host itself understands (accepted without being settings)
     */
    public ConnectorRuntime(ConnectorDescriptor descriptor, SecretResolver secrets, ConnectionCatalog connections,
                            Collection<String> hostKeys) {
        this.descriptor = requireNonNull(descriptor, "descriptor is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.connections = requireNonNull(connections, "connections is null");
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        keys.addAll(StandardOptions.runtimeKeys());
        keys.addAll(descriptor.authentication().credentialKeys());
        keys.addAll(hostKeys);
        this.knownKeys = Collections.unmodifiableSet(keys);
    }

    /** The connector's descriptor. */
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** The connector's name. */
    public String name() {
        return descriptor.info().name();
    }

    /** Every key accepted besides the settings: the runtime's, the credentials' and the host's. */
    public Set<String> knownKeys() {
        return knownKeys;
    }

    /**
     * Every problem with {@code options}, without throwing: connection and secret resolution, settings, the
     * values of the runtime's own partitioning and bookmark options, credentials. Empty when they are good
     * enough to open a session and plan a read.
     */
    public List<OptionProblem> validate(ConnectionOptions options) {
        List<String> sensitive = descriptor.authentication().sensitiveKeys();
        ConnectionOptions given = options.markSecret(sensitive);
        ConnectionOptions withConnection;
        try {
            withConnection = ConnectionMerge.apply(given, connections, sensitive);
        } catch (ConnectorException e) {
            return unresolved(StandardOptions.CONNECTION_NAME, e, given, given);
        }
        ConnectionOptions merged;
        try {
            merged = SecretMerge.apply(withConnection, secrets);
        } catch (ConnectorException e) {
            return unresolved(StandardOptions.SECRET_ID, e, given, withConnection);
        }
        List<OptionProblem> problems = new ArrayList<>(
                OptionsValidator.validate(merged, descriptor.settings(), knownKeysWith(given, merged)));
        problems.addAll(RuntimeOptions.problems(merged));
        try {
            ResolvedCredentials.fromOptions(descriptor.authentication(), merged);
        } catch (ConnectorException e) {
            problems.add(new OptionProblem("credentials", OptionProblem.Kind.MISSING, e.getMessage()));
        }
        return List.copyOf(problems);
    }

    /**
     * The problem of {@code option}, whose connection or secret could not be resolved, with those the options
     * merged so far surely have: required settings and credentials may be in what was not resolved, so only
     * values that do not parse and unknown keys are reported besides.
     */
    private List<OptionProblem> unresolved(String option, ConnectorException failure, ConnectionOptions given,
                                           ConnectionOptions merged) {
        List<OptionProblem> problems = new ArrayList<>();
        problems.add(new OptionProblem(option, OptionProblem.Kind.INVALID, failure.redacted(merged.redactor()).getMessage()));
        OptionsValidator.validate(merged, descriptor.settings(), knownKeysWith(given, merged)).stream()
                .filter(problem -> problem.kind() != OptionProblem.Kind.MISSING)
                .forEach(problems::add);
        problems.addAll(RuntimeOptions.problems(merged));
        return List.copyOf(problems);
    }

    /**
     * Merges the connection and the secret, validates and reads the credentials.
     *
     * @throws ConnectorException an {@link dev.dovetail.api.option.InvalidOptionsException} listing every
     *     problem, or the connection catalog's, the secret resolver's or the credentials' failure
     */
    public ResolvedConnection resolve(ConnectionOptions options) {
        List<String> sensitive = descriptor.authentication().sensitiveKeys();
        ConnectionOptions merged = SecretMerge.apply(ConnectionMerge.apply(options, connections, sensitive), secrets)
                .markSecret(sensitive);
        SettingValues settings = SettingValues.resolve(
                name(), merged, descriptor.settings(), knownKeysWith(options, merged));
        ResolvedCredentials credentials = ResolvedCredentials.fromOptions(descriptor.authentication(), settings.options());
        return new ResolvedConnection(settings.options(), settings, credentials, settings.options().redactor());
    }

    /**
     * The known keys plus those a connection or a secret brought into {@code merged}: they hold what their owner
     * keeps in them (a database secret's {@code engine}, {@code host}, ...), which no user typed and no connector
     * must declare.
     */
    private Set<String> knownKeysWith(ConnectionOptions given, ConnectionOptions merged) {
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        keys.addAll(knownKeys);
        merged.keys().stream().filter(key -> !given.contains(key)).forEach(keys::add);
        return keys;
    }

    /** Opens a session: the connector's {@code @Credentials} method runs, proving the credentials work. */
    public RuntimeSession open(ResolvedConnection connection) {
        ConnectorSession session;
        try {
            session = descriptor.open(connection.settings(), connection.credentials());
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + name() + "' could not open a session", connection.redactor());
        }
        return new RuntimeSession(name(), session, connection.redactor());
    }

    /** {@link #resolve} then {@link #open}. */
    public RuntimeSession open(ConnectionOptions options) {
        return open(resolve(options));
    }
}
