package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * Which kinds of authentication a connector accepts, with the OAuth 2.0 defaults and the custom schemes.
 *
 * @param isBasicAuthSupported user name and password
 * @param isApiKeyAuthSupported an API key
 * @param isOAuth2Supported OAuth 2.0
 * @param isCustomAuthSupported custom schemes
 * @param oAuth2Defaults present when OAuth 2.0 is accepted
 * @param customAuthConfig the custom schemes, when accepted
 */
public record AuthenticationConfig(
        @JsonProperty("isBasicAuthSupported") boolean isBasicAuthSupported,
        @JsonProperty("isApiKeyAuthSupported") boolean isApiKeyAuthSupported,
        @JsonProperty("isOAuth2Supported") boolean isOAuth2Supported,
        @JsonProperty("isCustomAuthSupported") boolean isCustomAuthSupported,
        @JsonProperty("oAuth2Defaults") Optional<OAuth2Defaults> oAuth2Defaults,
        Optional<List<CustomAuthConfig>> customAuthConfig) {

    public AuthenticationConfig {
        oAuth2Defaults = Wire.optional(oAuth2Defaults);
        customAuthConfig = Wire.list(customAuthConfig, "authenticationConfig", "customAuthConfig");
    }
}
