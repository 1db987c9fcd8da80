package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
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
 * Runs one connector the same way for every host: merges the {@code secretId} secret into the options,
 * validates them against the declared settings (every problem at once), reads the credentials and opens
 * sessions whose failures are {@link ConnectorException}s with secrets masked.
 *
 * <p>Thread-safe; hosts keep one per connector and options set, and open a session per split.
 */
public final class ConnectorRuntime {
    private final ConnectorDescriptor descriptor;
    private final SecretResolver secrets;
    private final Set<String> knownKeys;

    /**
     * @param descriptor the connector's generated descriptor
     * @param secrets resolves {@code secretId}
     * @param hostKeys option keys the host itself understands (accepted without being settings)
     */
    public ConnectorRuntime(ConnectorDescriptor descriptor, SecretResolver secrets, Collection<String> hostKeys) {
        this.descriptor = requireNonNull(descriptor, "descriptor is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
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
     * Every problem with {@code options}, without throwing: secret resolution, settings, credentials.
     * Empty when they are good enough to open a session.
     */
    public List<OptionProblem> validate(ConnectionOptions options) {
        ConnectionOptions given = options.markSecret(descriptor.authentication().sensitiveKeys());
        ConnectionOptions merged;
        try {
            merged = SecretMerge.apply(given, secrets);
        } catch (ConnectorException e) {
            // Required settings and credentials may be in the secret, so only what the given options surely
            // get wrong (values that do not parse, unknown keys) is reported besides the secret's problem.
            List<OptionProblem> problems = new ArrayList<>();
            problems.add(new OptionProblem(StandardOptions.SECRET_ID, OptionProblem.Kind.INVALID,
                    e.redacted(given.redactor()).getMessage()));
            OptionsValidator.validate(given, descriptor.settings(), knownKeys).stream()
                    .filter(problem -> problem.kind() != OptionProblem.Kind.MISSING)
                    .forEach(problems::add);
            return List.copyOf(problems);
        }
        List<OptionProblem> problems = new ArrayList<>(
                OptionsValidator.validate(merged, descriptor.settings(), knownKeysWith(given, merged)));
        try {
            ResolvedCredentials.fromOptions(descriptor.authentication(), merged);
        } catch (ConnectorException e) {
            problems.add(new OptionProblem("credentials", OptionProblem.Kind.MISSING, e.getMessage()));
        }
        return List.copyOf(problems);
    }

    /**
     * Merges the secret, validates and reads the credentials.
     *
     * @throws ConnectorException an {@link dev.dovetail.api.option.InvalidOptionsException} listing every
     *     problem, or the secret resolver's or credentials' failure
     */
    public ResolvedConnection resolve(ConnectionOptions options) {
        ConnectionOptions merged = SecretMerge.apply(options, secrets)
                .markSecret(descriptor.authentication().sensitiveKeys());
        SettingValues settings = SettingValues.resolve(
                name(), merged, descriptor.settings(), knownKeysWith(options, merged));
        ResolvedCredentials credentials = ResolvedCredentials.fromOptions(descriptor.authentication(), settings.options());
        return new ResolvedConnection(settings.options(), settings, credentials, settings.options().redactor());
    }

    /**
     * The known keys plus those a secret brought into {@code merged}: a secret holds what its owner keeps in it
     * (a database secret's {@code engine}, {@code host}, ...), which no user typed and no connector must declare.
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
