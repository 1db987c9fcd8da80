package dev.dovetail.appflow.wire;

/** How a connector profile authenticates, as AppFlow names it in {@code credentials.authenticationType}. */
public enum AuthenticationType {
    BasicAuth, OAuth2, ApiKey, CustomAuth
}
