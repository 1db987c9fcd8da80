package dev.dovetail.appflow;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.appflow.wire.AuthenticationType;
import dev.dovetail.appflow.wire.Credentials;

import java.util.Map;
import java.util.Optional;

/**
 * AppFlow's runtime settings and credentials as the runtime's connection options: the settings as they are,
 * and the credentials' {@code secretArn} as {@code secretId}, so the runtime merges the secret's keys
 * ({@code username}/{@code password}, {@code apiKey}, {@code accessToken}, a custom scheme's parameters) into
 * the options exactly as it does for Glue.
 */
final class ContextOptions {
    private ContextOptions() {
    }

    /** Whether {@code credentials} say anything: an empty object (or one with only unknown fields) is none. */
    static boolean given(Credentials credentials) {
        return credentials.secretArn().isPresent() || credentials.authenticationType().isPresent();
    }

    /**
     * The options for {@code settings} and {@code credentials}.
     *
     * Credentials without a secret ARN and a type are none.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} when the credentials are needed but absent,
     *     lack the secret's ARN, or are of a type the connector does not accept
     */
    static ConnectionOptions of(String connector, AuthenticationSpec authentication, Map<String, String> settings,
                                Optional<Credentials> credentials) {
        ConnectionOptions options = ConnectionOptions.of(settings);
        if (credentials.filter(ContextOptions::given).isEmpty()) {
            if (!authentication.accepts(AuthType.NONE)) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the request carries no credentials, but connector '"
                        + connector + "' needs " + authentication.types() + "; AppFlow passes them as credentials"
                        + " {secretArn, authenticationType}");
            }
            return options;
        }
        Credentials given = credentials.get();
        AuthenticationType type = given.authenticationType().orElseThrow(() -> new ConnectorException(
                ErrorCode.INVALID_ARGUMENT, "the credentials have no 'authenticationType'; give one of BasicAuth, OAuth2,"
                + " ApiKey, CustomAuth"));
        AuthType authType = type.authType();
        if (!authentication.accepts(authType)) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "authenticationType " + type + " is not accepted by"
                    + " connector '" + connector + "'; it accepts " + authentication.types());
        }
        String arn = given.secretArn().filter(text -> !text.isBlank()).orElseThrow(() -> new ConnectorException(
                ErrorCode.INVALID_ARGUMENT, "the credentials have no 'secretArn'; AppFlow passes the ARN of the secret"
                + " that holds the connector profile's " + type + " credentials"));
        return options.with(StandardOptions.SECRET_ID, arn);
    }
}
