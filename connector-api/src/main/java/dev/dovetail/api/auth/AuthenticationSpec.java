package dev.dovetail.api.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * How a connector authenticates, as declared by its {@code @Credentials} method: the accepted types in
 * order of preference, the OAuth 2.0 defaults and any custom schemes.
 *
 * @param types the accepted types, at least one, in order of preference
 * @param oauth2 the OAuth 2.0 defaults; present exactly when {@code types} has {@link AuthType#OAUTH2}
 * @param custom the custom schemes; not empty exactly when {@code types} has {@link AuthType#CUSTOM}
 */
public record AuthenticationSpec(List<AuthType> types, Optional<OAuth2Spec> oauth2, List<CustomAuthSpec> custom) {

    public AuthenticationSpec {
        types = List.copyOf(new LinkedHashSet<>(types));
        requireNonNull(oauth2, "oauth2 is null");
        custom = List.copyOf(custom);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a connector accepts at least one authentication type (NONE for none)");
        }
        if (types.contains(AuthType.OAUTH2) != oauth2.isPresent()) {
            throw new IllegalArgumentException("OAuth 2.0 defaults must be given exactly when OAUTH2 is accepted");
        }
        if (types.contains(AuthType.CUSTOM) == custom.isEmpty()) {
            throw new IllegalArgumentException("custom schemes must be declared exactly when CUSTOM is accepted");
        }
    }

    /** A connector that needs no credentials. */
    public static AuthenticationSpec none() {
        return new AuthenticationSpec(List.of(AuthType.NONE), Optional.empty(), List.of());
    }

    /** A connector that accepts the given types, none of them OAUTH2 or CUSTOM. */
    public static AuthenticationSpec of(AuthType... types) {
        return new AuthenticationSpec(List.of(types), Optional.empty(), List.of());
    }

    /** Whether {@code type} is accepted. */
    public boolean accepts(AuthType type) {
        return types.contains(type);
    }

    /** Every option key credentials of the accepted types are read from. */
    public Set<String> credentialKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (AuthType type : types) {
            keys.addAll(type.keys());
        }
        for (CustomAuthSpec scheme : custom) {
            scheme.parameters().forEach(parameter -> keys.add(parameter.key()));
        }
        return keys;
    }

    /** The keys of sensitive credentials: passwords, keys, tokens and sensitive custom parameters. */
    public List<String> sensitiveKeys() {
        List<String> keys = new ArrayList<>(List.of(CredentialKeys.PASSWORD, CredentialKeys.API_KEY,
                CredentialKeys.API_SECRET_KEY, CredentialKeys.ACCESS_TOKEN, CredentialKeys.REFRESH_TOKEN,
                CredentialKeys.CLIENT_SECRET));
        for (CustomAuthSpec scheme : custom) {
            scheme.parameters().stream().filter(AuthParameterSpec::sensitive).forEach(parameter -> keys.add(parameter.key()));
        }
        return keys;
    }
}
