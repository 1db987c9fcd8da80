package dev.dovetail.api.auth;

/** The OAuth 2.0 grants AppFlow can run on a connector's behalf. */
public enum OAuth2GrantType {
    /** Machine-to-machine: the client id and secret are exchanged for a token. */
    CLIENT_CREDENTIALS,
    /** A user signs in and consents; the code is exchanged for a token. */
    AUTHORIZATION_CODE
}
