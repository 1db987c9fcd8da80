package dev.dovetail.appflow.wire;

/** The OAuth 2.0 grants AppFlow runs for a connector profile. */
public enum OAuth2GrantType {
    CLIENT_CREDENTIALS, AUTHORIZATION_CODE
}
