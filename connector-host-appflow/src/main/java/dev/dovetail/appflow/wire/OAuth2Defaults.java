package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * The OAuth 2.0 defaults AppFlow offers when a profile is created.
 *
 * @param oAuthScopes the scopes to request
 * @param tokenURL where tokens are obtained
 * @param authURL where users sign in
 * @param oAuth2GrantTypesSupported the grants the connector supports
 */
public record OAuth2Defaults(
        @JsonProperty("oAuthScopes") List<String> oAuthScopes,
        @JsonProperty("tokenURL") List<String> tokenURL,
        @JsonProperty("authURL") List<String> authURL,
        @JsonProperty("oAuth2GrantTypesSupported") List<OAuth2GrantType> oAuth2GrantTypesSupported) {

    public OAuth2Defaults {
        oAuthScopes = Wire.list(Optional.ofNullable(oAuthScopes), "oAuth2Defaults", "oAuthScopes").orElse(List.of());
        tokenURL = Wire.list(Optional.ofNullable(tokenURL), "oAuth2Defaults", "tokenURL").orElse(List.of());
        authURL = Wire.list(Optional.ofNullable(authURL), "oAuth2Defaults", "authURL").orElse(List.of());
        oAuth2GrantTypesSupported = Wire.list(Optional.ofNullable(oAuth2GrantTypesSupported), "oAuth2Defaults",
                "oAuth2GrantTypesSupported").orElse(List.of());
    }
}
