package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.Secret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads typed credentials from key/value pairs whose lookups ignore case. */
final class CredentialsReader {
    private CredentialsReader() {
    }

    static boolean isPresent(AuthType type, AuthenticationSpec spec, Map<String, String> values) {
        return switch (type) {
            case NONE -> true;
            case BASIC -> values.containsKey(CredentialKeys.USERNAME) || values.containsKey(CredentialKeys.USER);
            case API_KEY -> values.containsKey(CredentialKeys.API_KEY);
            case OAUTH2 -> values.containsKey(CredentialKeys.ACCESS_TOKEN);
            case CUSTOM -> spec.custom().stream().anyMatch(scheme -> scheme.parameters().stream()
                    .filter(AuthParameterSpec::required)
                    .allMatch(parameter -> values.containsKey(parameter.key())));
        };
    }

    static ResolvedCredentials read(AuthType type, AuthenticationSpec spec, Map<String, String> values) {
        return switch (type) {
            case NONE -> ResolvedCredentials.none();
            case BASIC -> new ResolvedCredentials.Basic(
                    Optional.ofNullable(values.get(CredentialKeys.USERNAME))
                            .or(() -> Optional.ofNullable(values.get(CredentialKeys.USER)))
                            .orElseThrow(() -> missing(type, List.of(CredentialKeys.USERNAME))),
                    require(type, values, CredentialKeys.PASSWORD));
            case API_KEY -> new ResolvedCredentials.ApiKey(
                    require(type, values, CredentialKeys.API_KEY),
                    optional(values, CredentialKeys.API_SECRET_KEY));
            case OAUTH2 -> new ResolvedCredentials.OAuth2(
                    require(type, values, CredentialKeys.ACCESS_TOKEN),
                    optional(values, CredentialKeys.REFRESH_TOKEN),
                    Optional.ofNullable(values.get(CredentialKeys.CLIENT_ID)),
                    optional(values, CredentialKeys.CLIENT_SECRET));
            case CUSTOM -> readCustom(spec, values);
        };
    }

    static String howToGive(AuthType type) {
        return switch (type) {
            case NONE -> "no credentials";
            case BASIC -> "for BASIC give 'user' (or 'username') and 'password', or a 'secretId' whose secret has them";
            case API_KEY -> "for API_KEY give 'apiKey' (and 'apiSecretKey' if the service needs one)";
            case OAUTH2 -> "for OAUTH2 give 'accessToken' (and 'refreshToken', 'clientId', 'clientSecret' to refresh it)";
            case CUSTOM -> "for CUSTOM give the parameters of one declared scheme";
        };
    }

    private static ResolvedCredentials readCustom(AuthenticationSpec spec, Map<String, String> values) {
        for (CustomAuthSpec scheme : spec.custom()) {
            List<String> missing = scheme.parameters().stream()
                    .filter(parameter -> parameter.required() && !values.containsKey(parameter.key()))
                    .map(AuthParameterSpec::key)
                    .toList();
            if (missing.isEmpty()) {
                Map<String, Secret> parameters = new LinkedHashMap<>();
                for (AuthParameterSpec parameter : scheme.parameters()) {
                    String value = values.get(parameter.key());
                    if (value != null) {
                        parameters.put(parameter.key(), Secret.of(value));
                    }
                }
                return new ResolvedCredentials.Custom(scheme.type(), parameters);
            }
            if (spec.custom().size() == 1) {
                throw missing(AuthType.CUSTOM, missing);
            }
        }
        throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS,
                "the credentials match none of the custom schemes " + spec.custom().stream().map(CustomAuthSpec::type).toList()
                        + "; give every required parameter of one");
    }

    private static Secret require(AuthType type, Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw missing(type, List.of(key));
        }
        return Secret.of(value);
    }

    private static Optional<Secret> optional(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(Secret::of);
    }

    private static ConnectorException missing(AuthType type, List<String> keys) {
        return new ConnectorException(ErrorCode.INVALID_CREDENTIALS,
                type + " credentials are incomplete: " + keys + " missing; " + howToGive(type));
    }
}
