package dev.dovetail.appflow;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.appflow.wire.ValidateCredentialsRequest;
import dev.dovetail.appflow.wire.ValidateCredentialsResponse;

import java.util.Optional;

/**
 * {@code ValidateCredentials}: resolves the profile's secret, validates the settings and opens (then closes) a
 * session, which runs the connector's {@code @Credentials} method. Any failure is thrown for the dispatcher to
 * report with its code ({@code InvalidCredentials} from the connector, {@code InvalidArgument} for bad settings,
 * {@code ResourceNotFoundError} for a secret that does not exist).
 */
final class CredentialsHandler {
    private final AppFlowHost host;

    CredentialsHandler(AppFlowHost host) {
        this.host = host;
    }

    ValidateCredentialsResponse handle(ValidateCredentialsRequest request) {
        RuntimeSession session = host.runtime().open(
                host.resolve(request.connectorRuntimeSettings(), Optional.of(request.credentials())));
        session.close();
        return ValidateCredentialsResponse.success();
    }
}
