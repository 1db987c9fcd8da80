package dev.dovetail.api.auth;

import java.util.List;

/**
 * The OAuth 2.0 defaults a connector declares, which AppFlow offers when a user creates a connection.
 *
 * @param tokenUrls where tokens are obtained
 * @param authUrls where users sign in (authorization-code grant)
 * @param scopes the scopes to request
 * @param grantTypes the grants supported, at least one
 * @param redirectUrls the allowed redirect URLs
 */
public record OAuth2Spec(
        List<String> tokenUrls,
        List<String> authUrls,
        List<String> scopes,
        List<OAuth2GrantType> grantTypes,
        List<String> redirectUrls) {

    public OAuth2Spec {
        tokenUrls = List.copyOf(tokenUrls);
        authUrls = List.copyOf(authUrls);
        scopes = List.copyOf(scopes);
        grantTypes = List.copyOf(grantTypes);
        redirectUrls = List.copyOf(redirectUrls);
        if (grantTypes.isEmpty()) {
            throw new IllegalArgumentException("OAuth 2.0 needs at least one grant type");
        }
    }
}
