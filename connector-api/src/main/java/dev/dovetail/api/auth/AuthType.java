package dev.dovetail.api.auth;

import java.util.List;

/**
 * The ways a connector authenticates, AppFlow's four plus none. Each type names the option (or secret)
 * keys its credentials are read from.
 */
public enum AuthType {
    /** No credentials: public data, or a connection whose URL carries everything. */
    NONE(List.of()),
    /** A username ({@code username}, or Glue's {@code user}) and a {@code password}. */
    BASIC(List.of(CredentialKeys.USERNAME, CredentialKeys.USER, CredentialKeys.PASSWORD)),
    /** An {@code apiKey} and, for some services, an {@code apiSecretKey}. */
    API_KEY(List.of(CredentialKeys.API_KEY, CredentialKeys.API_SECRET_KEY)),
    /** An OAuth 2.0 {@code accessToken}, optionally a {@code refreshToken}, {@code clientId} and {@code clientSecret}. */
    OAUTH2(List.of(CredentialKeys.ACCESS_TOKEN, CredentialKeys.REFRESH_TOKEN,
            CredentialKeys.CLIENT_ID, CredentialKeys.CLIENT_SECRET)),
    /** Named parameters the connector declares with {@code @CustomAuth}. */
    CUSTOM(List.of());

    private final List<String> keys;

    AuthType(List<String> keys) {
        this.keys = keys;
    }

    /** The option keys this type's credentials are read from (custom parameters come from the declaration). */
    public List<String> keys() {
        return keys;
    }
}
