package dev.dovetail.appflow.wire;

import dev.dovetail.api.auth.AuthType;

/** How a connector profile authenticates, as AppFlow names it in {@code credentials.authenticationType}. */
public enum AuthenticationType {
    BasicAuth(AuthType.BASIC), OAuth2(AuthType.OAUTH2), ApiKey(AuthType.API_KEY), CustomAuth(AuthType.CUSTOM);

    private final AuthType authType;

    AuthenticationType(AuthType authType) {
        this.authType = authType;
    }

    /** The runtime's credential type for this one. */
    public AuthType authType() {
        return authType;
    }

    /**
     * AppFlow's name for {@code type}; {@link AuthType#NONE}, which AppFlow cannot name, is sent as
     * {@link #BasicAuth}.
     */
    public static AuthenticationType of(AuthType type) {
        for (AuthenticationType candidate : values()) {
            if (candidate.authType == type) {
                return candidate;
            }
        }
        return BasicAuth;
    }
}
