package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ResolvedCredentials}, {@link AuthenticationSpec} and the specs it is made of. */
class CredentialsTest {
    private static final OAuth2Spec OAUTH = new OAuth2Spec(List.of("https://auth/token"), List.of(), List.of("read"),
            List.of(OAuth2GrantType.CLIENT_CREDENTIALS), List.of());
    private static final CustomAuthSpec HMAC = new CustomAuthSpec("hmac", List.of(
            new AuthParameterSpec("keyId", "Key id", Optional.empty(), true, false, List.of()),
            new AuthParameterSpec("signingKey", "Signing key", Optional.of("the HMAC key"), true, true, List.of()),
            new AuthParameterSpec("region", "Region", Optional.empty(), false, false, List.of("eu", "us"))));
    private static final CustomAuthSpec PIN = new CustomAuthSpec("pin", List.of(
            new AuthParameterSpec("pin", "PIN", Optional.empty(), true, true, List.of())));

    private static ConnectorException invalidCredentials(Runnable call) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, call::run);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        return failure;
    }

    @Test
    void noneNeedsNothing() {
        assertThat(ResolvedCredentials.fromOptions(AuthenticationSpec.none(), ConnectionOptions.empty()))
                .isEqualTo(ResolvedCredentials.none())
                .isInstanceOf(ResolvedCredentials.None.class);
        assertThat(ResolvedCredentials.none().type()).isEqualTo(AuthType.NONE);
        // Stray credentials are ignored when only NONE is accepted.
        assertThat(ResolvedCredentials.fromOptions(AuthenticationSpec.none(), ConnectionOptions.of("user", "ada")))
                .isEqualTo(ResolvedCredentials.none());
    }

    @Test
    void basicFromUserOrUsername() {
        AuthenticationSpec spec = AuthenticationSpec.of(AuthType.BASIC);

        ResolvedCredentials glue = ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("user", "ada", "password", "hunter2"));
        ResolvedCredentials appflow = ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("USERNAME", "ada", "Password", "hunter2"));

        assertThat(glue).isEqualTo(new ResolvedCredentials.Basic("ada", Secret.of("hunter2")));
        assertThat(appflow).isEqualTo(glue);
        assertThat(glue.type()).isEqualTo(AuthType.BASIC);
        assertThat(((ResolvedCredentials.Basic) glue).password().reveal()).isEqualTo("hunter2");
        assertThat(glue.toString()).contains("ada").doesNotContain("hunter2").contains("****");
        // username wins over user when both are given
        assertThat(ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("user", "glue", "username", "secret-user", "password", "p")))
                .isEqualTo(new ResolvedCredentials.Basic("secret-user", Secret.of("p")));
    }

    @Test
    void basicWithoutPasswordSaysWhatToGive() {
        ConnectorException failure = invalidCredentials(() -> ResolvedCredentials.fromOptions(AuthenticationSpec.of(AuthType.BASIC),
                ConnectionOptions.of("user", "ada")));

        assertThat(failure.getMessage()).isEqualTo("BASIC credentials are incomplete: [password] missing; "
                + "for BASIC give 'user' (or 'username') and 'password', or a 'secretId' whose secret has them");
    }

    @Test
    void noCredentialsAtAllListsEveryAcceptedWay() {
        ConnectorException failure = invalidCredentials(() -> ResolvedCredentials.fromOptions(
                AuthenticationSpec.of(AuthType.BASIC, AuthType.API_KEY), ConnectionOptions.of("password", "hunter2")));

        assertThat(failure.getMessage())
                .startsWith("no credentials given; for BASIC give 'user' (or 'username') and 'password'")
                .contains("; or for API_KEY give 'apiKey'")
                .doesNotContain("hunter2");
    }

    @Test
    void theFirstAcceptedTypeWhoseKeysArePresentWins() {
        AuthenticationSpec spec = AuthenticationSpec.of(AuthType.API_KEY, AuthType.BASIC, AuthType.NONE);

        assertThat(ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("user", "ada", "password", "p")))
                .isInstanceOf(ResolvedCredentials.Basic.class);
        assertThat(ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("user", "ada", "password", "p", "apiKey", "k")))
                .isInstanceOf(ResolvedCredentials.ApiKey.class);
        assertThat(ResolvedCredentials.fromOptions(spec, ConnectionOptions.empty())).isEqualTo(ResolvedCredentials.none());
    }

    @Test
    void apiKeyWithOptionalSecretKey() {
        AuthenticationSpec spec = AuthenticationSpec.of(AuthType.API_KEY);

        assertThat(ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("apikey", "k1")))
                .isEqualTo(new ResolvedCredentials.ApiKey(Secret.of("k1"), Optional.empty()));
        ResolvedCredentials both = ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("apiKey", "k1", "apiSecretKey", "s1"));
        assertThat(both).isEqualTo(new ResolvedCredentials.ApiKey(Secret.of("k1"), Optional.of(Secret.of("s1"))));
        assertThat(both.toString()).doesNotContain("k1").doesNotContain("s1");
        assertThat(invalidCredentials(() -> ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("apiSecretKey", "s1")))
                .getMessage()).contains("'apiKey'").doesNotContain("s1");
    }

    @Test
    void oauth2WithAccessTokenAndOptionalRefreshParts() {
        AuthenticationSpec spec = new AuthenticationSpec(List.of(AuthType.OAUTH2), Optional.of(OAUTH), List.of());

        ResolvedCredentials minimal = ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("accessToken", "at"));
        assertThat(minimal).isEqualTo(new ResolvedCredentials.OAuth2(Secret.of("at"), Optional.empty(), Optional.empty(), Optional.empty()));

        ResolvedCredentials full = ResolvedCredentials.fromOptions(spec, ConnectionOptions.of(
                "accessToken", "AT-111", "refreshToken", "RT-222", "clientId", "app", "clientSecret", "CS-333"));
        assertThat(full).isEqualTo(new ResolvedCredentials.OAuth2(Secret.of("AT-111"), Optional.of(Secret.of("RT-222")),
                Optional.of("app"), Optional.of(Secret.of("CS-333"))));
        assertThat(full.type()).isEqualTo(AuthType.OAUTH2);
        assertThat(full.toString()).contains("app").doesNotContain("AT-111", "RT-222", "CS-333");

        assertThat(invalidCredentials(() -> ResolvedCredentials.fromOptions(spec, ConnectionOptions.of("refreshToken", "rt")))
                .getMessage()).contains("for OAUTH2 give 'accessToken'");
        assertThat(invalidCredentials(() -> ResolvedCredentials.fromValues(AuthType.OAUTH2, spec, Map.of("clientId", "app")))
                .getMessage()).isEqualTo("OAUTH2 credentials are incomplete: [accessToken] missing; "
                + "for OAUTH2 give 'accessToken' (and 'refreshToken', 'clientId', 'clientSecret' to refresh it)");
    }

    @Test
    void customSchemesTakeTheirDeclaredParameters() {
        AuthenticationSpec spec = new AuthenticationSpec(List.of(AuthType.CUSTOM), Optional.empty(), List.of(HMAC));

        ResolvedCredentials credentials = ResolvedCredentials.fromOptions(spec,
                ConnectionOptions.of("keyid", "K1", "signingKey", "sk-secret", "unrelated", "x"));

        assertThat(credentials).isInstanceOf(ResolvedCredentials.Custom.class);
        ResolvedCredentials.Custom custom = (ResolvedCredentials.Custom) credentials;
        assertThat(custom.scheme()).isEqualTo("hmac");
        assertThat(custom.parameters()).containsOnlyKeys("keyId", "signingKey");
        assertThat(custom.parameter("signingKey")).hasValue(Secret.of("sk-secret"));
        assertThat(custom.parameter("region")).isEmpty();
        assertThat(custom.toString()).doesNotContain("sk-secret").doesNotContain("K1");

        assertThat(invalidCredentials(() -> ResolvedCredentials.fromValues(AuthType.CUSTOM, spec, Map.of("keyId", "K1")))
                .getMessage()).isEqualTo("CUSTOM credentials are incomplete: [signingKey] missing; "
                + "for CUSTOM give the parameters of one declared scheme");
    }

    @Test
    void withSeveralCustomSchemesTheFirstCompleteOneWins() {
        AuthenticationSpec spec = new AuthenticationSpec(List.of(AuthType.CUSTOM), Optional.empty(), List.of(HMAC, PIN));

        assertThat(ResolvedCredentials.fromValues(AuthType.CUSTOM, spec, Map.of("pin", "0000")))
                .isEqualTo(new ResolvedCredentials.Custom("pin", Map.of("pin", Secret.of("0000"))));
        ConnectorException failure = invalidCredentials(
                () -> ResolvedCredentials.fromValues(AuthType.CUSTOM, spec, Map.of("keyId", "K1")));
        assertThat(failure.getMessage()).isEqualTo(
                "the credentials match none of the custom schemes [hmac, pin]; give every required parameter of one");
    }

    @Test
    void fromValuesReadsASecretsPairsIgnoringCase() {
        AuthenticationSpec spec = AuthenticationSpec.of(AuthType.BASIC, AuthType.API_KEY);

        assertThat(ResolvedCredentials.fromValues(AuthType.BASIC, spec, Map.of("USERNAME", "ada", "PASSWORD", "p")))
                .isEqualTo(new ResolvedCredentials.Basic("ada", Secret.of("p")));
        assertThat(ResolvedCredentials.fromValues(AuthType.NONE, AuthenticationSpec.none(), Map.of())).isEqualTo(ResolvedCredentials.none());
        assertThat(invalidCredentials(() -> ResolvedCredentials.fromValues(AuthType.BASIC, spec, Map.of("password", "p")))
                .getMessage()).startsWith("BASIC credentials are incomplete: [username] missing");
        assertThat(invalidCredentials(() -> ResolvedCredentials.fromValues(AuthType.OAUTH2, spec, Map.of("accessToken", "t")))
                .getMessage()).isEqualTo("authentication type OAUTH2 is not accepted; the connector accepts [BASIC, API_KEY]");
    }

    @Test
    void authenticationSpecInvariants() {
        assertThatThrownBy(() -> new AuthenticationSpec(List.of(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> AuthenticationSpec.of(AuthType.OAUTH2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OAuth 2.0 defaults");
        assertThatThrownBy(() -> new AuthenticationSpec(List.of(AuthType.BASIC), Optional.of(OAUTH), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OAuth 2.0 defaults");
        assertThatThrownBy(() -> AuthenticationSpec.of(AuthType.CUSTOM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom schemes");
        assertThatThrownBy(() -> new AuthenticationSpec(List.of(AuthType.BASIC), Optional.empty(), List.of(PIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom schemes");
        assertThatThrownBy(() -> new CustomAuthSpec("empty", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'empty' declares no parameters");
        assertThatThrownBy(() -> new OAuth2Spec(List.of("t"), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grant type");
    }

    @Test
    void authenticationSpecListsKeysAndSensitiveKeys() {
        AuthenticationSpec spec = new AuthenticationSpec(
                List.of(AuthType.BASIC, AuthType.BASIC, AuthType.CUSTOM), Optional.empty(), List.of(HMAC));

        assertThat(spec.types()).containsExactly(AuthType.BASIC, AuthType.CUSTOM);
        assertThat(spec.accepts(AuthType.BASIC)).isTrue();
        assertThat(spec.accepts(AuthType.NONE)).isFalse();
        assertThat(spec.credentialKeys()).containsExactly("username", "user", "password", "keyId", "signingKey", "region");
        assertThat(spec.sensitiveKeys()).contains("password", "apiKey", "accessToken", "clientSecret", "signingKey")
                .doesNotContain("keyId", "region", "username");
        assertThat(AuthenticationSpec.none().credentialKeys()).isEmpty();
        assertThat(AuthType.OAUTH2.keys()).containsExactly("accessToken", "refreshToken", "clientId", "clientSecret");
    }
}
