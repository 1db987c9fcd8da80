package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Secret;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Resolved credentials, handed to a connector's {@code @Credentials} method. Every secret part is a
 * {@link Secret}, so printing credentials never prints a password.
 *
 * <p>{@link #fromOptions(AuthenticationSpec, ConnectionOptions)} reads them from options (Glue's
 * {@code user}/{@code password}, or the keys a {@code secretId} merged in); hosts that receive
 * credentials otherwise (AppFlow's secret ARN) build them with {@link #fromValues(AuthType, AuthenticationSpec, Map)}.
 */
public sealed interface ResolvedCredentials
        permits ResolvedCredentials.None, ResolvedCredentials.Basic, ResolvedCredentials.ApiKey, ResolvedCredentials.OAuth2, ResolvedCredentials.Custom {

    /** The type of these credentials. */
    AuthType type();

    /** No credentials. */
    record None() implements ResolvedCredentials {
        @Override
        public AuthType type() {
            return AuthType.NONE;
        }
    }

    /** A user name and password. */
    record Basic(String username, Secret password) implements ResolvedCredentials {
        public Basic {
            requireNonNull(username, "username is null");
            requireNonNull(password, "password is null");
        }

        @Override
        public AuthType type() {
            return AuthType.BASIC;
        }
    }

    /** An API key and an optional secret key. */
    record ApiKey(Secret apiKey, Optional<Secret> apiSecretKey) implements ResolvedCredentials {
        public ApiKey {
            requireNonNull(apiKey, "apiKey is null");
            requireNonNull(apiSecretKey, "apiSecretKey is null");
        }

        @Override
        public AuthType type() {
            return AuthType.API_KEY;
        }
    }

    /** An OAuth 2.0 access token, with what is needed to refresh it when available. */
    record OAuth2(
            Secret accessToken, Optional<Secret> refreshToken, Optional<String> clientId, Optional<Secret> clientSecret)
            implements ResolvedCredentials {
        public OAuth2 {
            requireNonNull(accessToken, "accessToken is null");
            requireNonNull(refreshToken, "refreshToken is null");
            requireNonNull(clientId, "clientId is null");
            requireNonNull(clientSecret, "clientSecret is null");
        }

        @Override
        public AuthType type() {
            return AuthType.OAUTH2;
        }
    }

    /** The parameters of a custom scheme; every value is kept as a {@link Secret}. */
    record Custom(String scheme, Map<String, Secret> parameters) implements ResolvedCredentials {
        public Custom {
            requireNonNull(scheme, "scheme is null");
            parameters = Map.copyOf(parameters);
        }

        /** The parameter's value. */
        public Optional<Secret> parameter(String key) {
            return Optional.ofNullable(parameters.get(key));
        }

        @Override
        public AuthType type() {
            return AuthType.CUSTOM;
        }
    }

    /** No credentials. */
    static ResolvedCredentials none() {
        return new None();
    }

    /**
     * The credentials in {@code options}: the first type of {@code spec} whose keys are present wins;
     * {@link AuthType#NONE} applies when it is accepted and no other type's keys are given.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_CREDENTIALS} saying which keys to give
     */
    static ResolvedCredentials fromOptions(AuthenticationSpec spec, ConnectionOptions options) {
        for (AuthType type : spec.types()) {
            if (type != AuthType.NONE && CredentialsReader.isPresent(type, spec, options.asMap())) {
                return CredentialsReader.read(type, spec, options.asMap());
            }
        }
        if (spec.accepts(AuthType.NONE)) {
            return none();
        }
        throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "no credentials given; "
                + spec.types().stream().map(CredentialsReader::howToGive).collect(Collectors.joining("; or ")));
    }

    /**
     * ResolvedCredentials of {@code type} from {@code values} (a secret's key/value pairs).
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_CREDENTIALS} naming the missing keys
     */
    static ResolvedCredentials fromValues(AuthType type, AuthenticationSpec spec, Map<String, String> values) {
        if (!spec.accepts(type)) {
            throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS,
                    "authentication type " + type + " is not accepted; the connector accepts " + spec.types());
        }
        Map<String, String> caseInsensitive = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(values);
        return CredentialsReader.read(type, spec, caseInsensitive);
    }
}
