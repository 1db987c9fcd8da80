package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ConnectorModes;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ImmutableDescribeConnectorConfigurationRequest;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.AuthParameter;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.AuthenticationConfig;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.CustomAuthConfig;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.OAuth2Defaults;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.OAuth2GrantType;
import com.amazonaws.appflow.custom.connector.model.credentials.AuthenticationType;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableCredentials;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableValidateCredentialsRequest;
import com.amazonaws.appflow.custom.connector.model.credentials.ValidateCredentialsResponse;
import com.amazonaws.appflow.custom.connector.model.query.ImmutableQueryDataRequest;
import com.amazonaws.appflow.custom.connector.model.query.QueryDataResponse;

import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.appflow.fixtures.TokenConnector;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * OAuth 2.0, API keys and custom schemes: the configuration offers the connector's OAuth 2.0 defaults and custom
 * parameters, and each kind of secret AppFlow stores for a profile opens a session of that kind.
 */
class AuthenticationTypesTest {
    private static DovetailLambdaHandler handler;

    @BeforeAll
    static void deploy() {
        handler = new DovetailLambdaHandler(ConnectorDescriptors.forClass(TokenConnector.class), new InMemorySecretResolver()
                .put("oauth", Map.of("accessToken", TokenConnector.TOKEN, "refreshToken", "refresh-1", "clientId", "app"))
                .put("key", Map.of("apiKey", TokenConnector.TOKEN))
                .put("tenant", Map.of("customAuthenticationType", "tenant", "tenant", "acme", "tenantToken", TokenConnector.TOKEN))
                .put("stale", Map.of("accessToken", "expired")));
    }

    @Test
    void offersTheOAuth2DefaultsAndTheCustomParameters() {
        DescribeConnectorConfigurationResponse response = Sdk.call(handler,
                ImmutableDescribeConnectorConfigurationRequest.builder().build(), DescribeConnectorConfigurationResponse.class);

        assertThat(response.connectorModes()).containsExactly(ConnectorModes.SOURCE);
        assertThat(response.supportedWriteOperations()).isEmpty();
        AuthenticationConfig auth = response.authenticationConfig();
        assertThat(auth.isBasicAuthSupported()).isFalse();
        assertThat(auth.isApiKeyAuthSupported()).isTrue();
        assertThat(auth.isOAuth2Supported()).isTrue();
        assertThat(auth.isCustomAuthSupported()).isTrue();
        OAuth2Defaults oauth2 = auth.oAuth2Defaults();
        assertThat(oauth2.tokenURL()).containsExactly("https://auth.example.com/token");
        assertThat(oauth2.authURL()).containsExactly("https://auth.example.com/authorize");
        assertThat(oauth2.oAuthScopes()).containsExactly("read", "profile");
        assertThat(oauth2.oAuth2GrantTypesSupported()).containsExactly(OAuth2GrantType.AUTHORIZATION_CODE,
                OAuth2GrantType.CLIENT_CREDENTIALS);
        assertThat(auth.customAuthConfig()).extracting(CustomAuthConfig::authenticationType).containsExactly("tenant");
        assertThat(auth.customAuthConfig().get(0).authParameters())
                .extracting(AuthParameter::key, AuthParameter::label, AuthParameter::description, AuthParameter::required,
                        AuthParameter::sensitiveField, AuthParameter::connectorSuppliedValues)
                .containsExactly(tuple("tenant", "Tenant", "Your tenant's name", true, false, java.util.List.of("acme", "globex")),
                        tuple("tenantToken", "Tenant token", "Tenant token", true, true, null));
    }

    @Test
    void opensASessionWithEachKindOfSecret() {
        assertThat(who("oauth", AuthenticationType.OAuth2)).isEqualTo("oauth2");
        assertThat(who("key", AuthenticationType.ApiKey)).isEqualTo("api-key");
        assertThat(who("tenant", AuthenticationType.CustomAuth)).isEqualTo("tenant:acme");

        ValidateCredentialsResponse stale = validate("stale", AuthenticationType.OAuth2);
        assertThat(stale.isSuccess()).isFalse();
        assertThat(stale.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidCredentials);
        assertThat(stale.errorDetails().errorMessage()).doesNotContain("expired");

        ValidateCredentialsResponse mismatch = validate("key", AuthenticationType.OAuth2);
        assertThat(mismatch.isSuccess()).isFalse();
        assertThat(mismatch.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidCredentials);
    }

    private static ValidateCredentialsResponse validate(String secret, AuthenticationType type) {
        return Sdk.call(handler, ImmutableValidateCredentialsRequest.builder()
                .credentials(ImmutableCredentials.builder().secretArn(secret).authenticationType(type).build()).build(),
                ValidateCredentialsResponse.class);
    }

    private static String who(String secret, AuthenticationType type) {
        assertThat(validate(secret, type).isSuccess()).isTrue();
        QueryDataResponse response = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("whoami")
                .connectorContext(ImmutableConnectorContext.builder().apiVersion("v1")
                        .credentials(ImmutableCredentials.builder().secretArn(secret).authenticationType(type).build()).build())
                .build(), QueryDataResponse.class);
        assertThat(response.isSuccess()).as("%s", response.errorDetails()).isTrue();
        return Sdk.json(response.records().get(0)).get("who").textValue();
    }
}
