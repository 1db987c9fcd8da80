package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SecretsManagerSecretResolverTest {
    private static SecretsManagerEndpoint endpoint;

    @BeforeAll
    static void startEndpoint() throws IOException {
        endpoint = new SecretsManagerEndpoint();
        endpoint.putSecretString("prod/orders-db", "{\"username\":\"etl\",\"password\":\"s3cret-pw\",\"port\":5432}");
        endpoint.putSecretString("not-json", "s3cret-pw plain text");
        endpoint.putSecretString("nested", "{\"username\":\"etl\",\"password\":{\"v\":\"s3cret-pw\"}}");
        endpoint.putSecretBinary("binary");
        endpoint.fail("denied", 400, "AccessDeniedException", "User: arn:aws:iam::123456789012:role/x is not authorized");
        endpoint.fail("throttled", 400, "ThrottlingException", "Rate exceeded");
        endpoint.fail("broken", 500, "InternalServiceError", "An error occurred on the server side.");
        endpoint.fail("bad-token", 400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        endpoint.fail("deleted", 400, "InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
    }

    @AfterAll
    static void stopEndpoint() {
        endpoint.close();
    }

    private static SecretsManagerSecretResolver.Builder resolver() {
        return SecretsManagerSecretResolver.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(endpoint.uri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI")));
    }

    @Test
    void readsTheKeyValuePairsOfTheSecretStringWithASignedGetSecretValue() {
        try (SecretsManagerSecretResolver secrets = resolver().build()) {
            SecretValues values = secrets.resolve("prod/orders-db");

            assertThat(values.asMap()).containsEntry("username", "etl").containsEntry("password", "s3cret-pw")
                    .containsEntry("port", "5432");
            assertThat(values.toString()).doesNotContain("s3cret-pw");
        }
        SecretsManagerEndpoint.Request request = endpoint.requests().stream()
                .filter(r -> "prod/orders-db".equals(r.secretId())).findFirst().orElseThrow();
        assertThat(request.target()).isEqualTo("secretsmanager.GetSecretValue");
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/secretsmanager/aws4_request");
    }

    @Test
    void anUnknownSecretIsResourceNotFoundNamingIt() {
        try (SecretsManagerSecretResolver secrets = resolver().build()) {
            assertThatThrownBy(() -> secrets.resolve("prod/missing"))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                    .hasMessageContaining("secret 'prod/missing' does not exist in AWS Secrets Manager")
                    .hasMessageContaining("ResourceNotFoundException");
        }
    }

    @Test
    void serviceFailuresKeepTheirMeaning() {
        try (SecretsManagerSecretResolver secrets = resolver().build()) {
            assertThat(failure(secrets, "denied").code()).isEqualTo(ErrorCode.ACCESS_DENIED);
            assertThat(failure(secrets, "denied")).hasMessageContaining("grant secretsmanager:GetSecretValue");
            assertThat(failure(secrets, "bad-token").code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
            assertThat(failure(secrets, "deleted").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(failure(secrets, "deleted")).hasMessageContaining("marked for deletion");

            ConnectorException broken = failure(secrets, "broken");
            assertThat(broken.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(broken.retryable()).isTrue();
        }
    }

    @Test
    void throttlingIsRetriedByTheClientThenReportedAsRateLimitExceeded() {
        try (SecretsManagerSecretResolver secrets = resolver().build()) {
            ConnectorException throttled = failure(secrets, "throttled");

            assertThat(throttled.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
            assertThat(throttled.retryable()).isTrue();
            assertThat(endpoint.requestsFor("throttled")).isGreaterThan(1);
        }
    }

    @Test
    void aSecretThatIsNotKeyValueJsonIsRejectedWithoutQuotingIt() {
        try (SecretsManagerSecretResolver secrets = resolver().build()) {
            for (String id : new String[] {"not-json", "nested", "binary"}) {
                ConnectorException e = failure(secrets, id);
                assertThat(e.code()).as(id).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                assertThat(e).as(id).hasMessageContaining("secret '" + id + "' in AWS Secrets Manager")
                        .hasMessageNotContaining("s3cret-pw");
            }
            assertThat(failure(secrets, "nested")).hasMessageContaining("the value of 'password' is an object");
            assertThat(failure(secrets, "binary")).hasMessageContaining("binary data");
        }
    }

    @Test
    void aResolvedSecretIsReusedUntilItsTimeToLiveEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        endpoint.putSecretString("cached", "{\"password\":\"one\"}");
        try (SecretsManagerSecretResolver secrets = resolver().cacheTtl(Duration.ofMinutes(5)).clock(clock).build()) {
            assertThat(secrets.resolve("cached").get("password")).contains("one");
            endpoint.putSecretString("cached", "{\"password\":\"two\"}");
            clock.advance(Duration.ofMinutes(4));
            assertThat(secrets.resolve("cached").get("password")).contains("one");
            assertThat(endpoint.requestsFor("cached")).isEqualTo(1);

            clock.advance(Duration.ofMinutes(2));
            assertThat(secrets.resolve("cached").get("password")).contains("two");
            assertThat(endpoint.requestsFor("cached")).isEqualTo(2);
        }
    }

    @Test
    void aZeroTimeToLiveReadsTheSecretEveryTime() {
        endpoint.putSecretString("uncached", "{\"password\":\"x\"}");
        try (SecretsManagerSecretResolver secrets = resolver().cacheTtl(Duration.ZERO).build()) {
            secrets.resolve("uncached");
            secrets.resolve("uncached");
        }
        assertThat(endpoint.requestsFor("uncached")).isEqualTo(2);
    }

    @Test
    void anUnreachableEndpointIsServiceUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SecretsManagerSecretResolver secrets = resolver().endpointOverride(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            ConnectorException e = failure(secrets, "prod/orders-db");
            assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e).hasMessageContaining("could not reach AWS Secrets Manager");
        }
    }

    @Test
    void buildingNeedsNoRegionAndNoCredentials() {
        SecretsManagerSecretResolver secrets = SecretsManagerSecretResolver.create();

        assertThat(secrets.toString()).isEqualTo("SecretsManagerSecretResolver{region=(default chain)}");
        secrets.close();
    }

    @Test
    void aNegativeTimeToLiveIsRefused() {
        assertThatThrownBy(() -> SecretsManagerSecretResolver.builder().cacheTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheTtl must not be negative");
    }

    private static ConnectorException failure(SecretsManagerSecretResolver secrets, String secretId) {
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> secrets.resolve(secretId));
        assertThat(e).as("resolving %s fails", secretId).isNotNull();
        return e;
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
