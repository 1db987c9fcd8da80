package dev.dovetail.appflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.runtime.ConnectorRuntime;
import dev.dovetail.api.runtime.ResolvedConnection;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.appflow.wire.ConnectorContext;
import dev.dovetail.appflow.wire.AuthenticationType;
import dev.dovetail.appflow.wire.Credentials;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What every request handler shares: the connector's descriptor, the runtime that resolves secrets and
 * opens sessions, the clock and the JSON mapper. Immutable and thread-safe; one per Lambda instance.
 */
final class AppFlowHost {
    private final ConnectorDescriptor descriptor;
    private final ConnectorRuntime runtime;
    private final Clock clock;
    private final ObjectMapper json = AppFlowJson.mapper();

    AppFlowHost(ConnectorDescriptor descriptor, SecretResolver secrets, Clock clock) {
        this.descriptor = requireNonNull(descriptor, "descriptor is null");
        this.runtime = new ConnectorRuntime(descriptor, requireNonNull(secrets, "secrets is null"), List.of());
        this.clock = requireNonNull(clock, "clock is null");
    }

    ConnectorDescriptor descriptor() {
        return descriptor;
    }

    ConnectorRuntime runtime() {
        return runtime;
    }

    Clock clock() {
        return clock;
    }

    /** The wire's JSON mapper. */
    ObjectMapper json() {
        return json;
    }

    /** The connector's name. */
    String name() {
        return descriptor.info().name();
    }

    /** The options of {@code settings} and {@code credentials}; see {@link ContextOptions}. */
    ConnectionOptions options(Map<String, String> settings, Optional<Credentials> credentials) {
        return ContextOptions.of(name(), descriptor.authentication(), settings, credentials);
    }

    /**
     * The context's options with the secret merged and the credentials read, checked to be of the type the
     * context says.
     */
    ResolvedConnection resolve(Map<String, String> settings, Optional<Credentials> credentials) {
        ResolvedConnection connection = runtime.resolve(options(settings, credentials));
        Optional<AuthType> expected = credentials.flatMap(Credentials::authenticationType).map(AuthenticationType::authType);
        if (expected.isPresent() && connection.credentials().type() != expected.get()) {
            throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "the profile's authenticationType is "
                    + expected.get() + " but its secret holds " + connection.credentials().type()
                    + " credentials; store the keys of " + expected.get() + " in the secret");
        }
        return connection;
    }

    /** A session on the context's connection; the caller closes it. */
    RuntimeSession open(ConnectorContext context) {
        return runtime.open(resolve(context.connectorRuntimeSettings(), context.credentials()));
    }
}
