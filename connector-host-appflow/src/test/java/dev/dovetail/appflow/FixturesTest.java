package dev.dovetail.appflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.appflow.fixtures.Warehouse;
import dev.dovetail.appflow.fixtures.WarehouseConnector;
import dev.dovetail.appflow.wire.ConnectorRequest;
import dev.dovetail.appflow.wire.ConnectorResponse;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationResponse;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
import dev.dovetail.appflow.wire.ListEntitiesResponse;
import dev.dovetail.appflow.wire.QueryDataRequest;
import dev.dovetail.appflow.wire.QueryDataResponse;
import dev.dovetail.appflow.wire.RetrieveDataResponse;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsResponse;
import dev.dovetail.appflow.wire.ValidateCredentialsResponse;
import dev.dovetail.appflow.wire.WriteDataResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The samples of the official SDKs (test resources {@code appflow-samples}, from {@code shared/fixtures/appflow}): every request and response parses into
 * the wire model, every request is answered (never with an exception), and each {@code *_invalid} request is
 * rejected with {@code InvalidArgument}.
 */
class FixturesTest {
    private static final ObjectMapper JSON = AppFlowJson.mapper();
    /** A Python sample whose type is not a request type; the handler answers it as unknown. */
    private static final String MISTYPED = "describe_connector_configuration_request_optional.json";
    private static final Map<String, Class<? extends ConnectorResponse>> RESPONSES = Map.of(
            "validate_connector_runtime_settings", ValidateConnectorRuntimeSettingsResponse.class,
            "validate_credentials", ValidateCredentialsResponse.class,
            "describe_connector_configuration", DescribeConnectorConfigurationResponse.class,
            "list_entities", ListEntitiesResponse.class,
            "describe_entity", DescribeEntityResponse.class,
            "query_data", QueryDataResponse.class,
            "retrieve_data", RetrieveDataResponse.class,
            "write_data", WriteDataResponse.class);

    private static DovetailLambdaHandler handler;

    @BeforeAll
    static void deploy() {
        handler = new DovetailLambdaHandler(ConnectorDescriptors.forClass(WarehouseConnector.class),
                new InMemorySecretResolver().put("TestSecretArn", Map.of("username", "ada", "password", "s3cret")));
        Warehouse.create("fixtures-test").withItems(2);
    }

    /** The samples, copied into this module's test resources ({@code appflow-samples}, with their README). */
    static Path fixtures() {
        return Samples.directory();
    }

    static Stream<Path> requests() throws IOException {
        return files().filter(path -> name(path).contains("request") || name(path).endsWith("Request.json"))
                .filter(path -> !name(path).contains("_invalid") && !name(path).equals(MISTYPED)
                        && !name(path).equals("UnknownRequest.json"));
    }

    static Stream<Path> invalidRequests() throws IOException {
        return files().filter(path -> name(path).contains("_invalid"));
    }

    static Stream<Path> responses() throws IOException {
        return files().filter(path -> name(path).contains("_response_"));
    }

    private static Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(fixtures())) {
            return walk.filter(path -> name(path).endsWith(".json")).sorted().toList().stream();
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    @Test
    void findsTheSamplesOfBothSdks() throws IOException {
        assertThat(requests().count()).isEqualTo(22);
        assertThat(invalidRequests().count()).isEqualTo(7);
        assertThat(responses().count()).isEqualTo(16);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void parsesEveryRequest(Path file) throws IOException {
        String text = Files.readString(file);
        ConnectorRequest request = JSON.readValue(text, ConnectorRequest.class);

        assertThat(request.type()).isEqualTo(JSON.readTree(text).get("type").textValue());
        if (request instanceof QueryDataRequest query) {
            assertThat(query.entityIdentifier()).isNotBlank();
            assertThat(query.connectorContext().apiVersion()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("requests")
    void answersEveryRequest(Path file) throws IOException {
        JsonNode answer = JSON.readTree(handler.handle(Files.readString(file)));

        assertThat(answer.get("isSuccess").isBoolean()).isTrue();
        if (!answer.get("isSuccess").booleanValue() && answer.has("errorsByInputField") && !answer.has("errorDetails")) {
            assertThat(answer.get("errorsByInputField").size()).isPositive();
        } else if (!answer.get("isSuccess").booleanValue()) {
            assertThat(answer.get("errorDetails").get("errorCode").textValue())
                    .isIn(Arrays.stream(dev.dovetail.api.ErrorCode.values()).map(dev.dovetail.api.ErrorCode::wireName).toList());
            assertThat(answer.get("errorDetails").get("errorMessage").textValue()).isNotBlank().doesNotContain("\tat ");
        }
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void rejectsEveryInvalidRequest(Path file) throws IOException {
        JsonNode answer = JSON.readTree(handler.handle(Files.readString(file)));

        assertThat(answer.get("isSuccess").booleanValue()).isFalse();
        assertThat(answer.get("errorDetails").get("errorCode").textValue()).isEqualTo("InvalidArgument");
        assertThat(answer.get("errorDetails").get("errorMessage").textValue()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("responses")
    void parsesEveryResponse(Path file) throws IOException {
        String kind = name(file).substring(0, name(file).indexOf("_response_"));
        ConnectorResponse response = JSON.readValue(Files.readString(file), RESPONSES.get(kind));

        JsonNode json = JSON.readTree(Files.readString(file));
        assertThat(response.isSuccess()).isEqualTo(json.path("isSuccess").asBoolean(false));
        assertThat(response.errorDetails().map(details -> details.errorCode()))
                .isEqualTo(Optional.ofNullable(json.path("errorDetails").path("errorCode").textValue()));
    }

    @Test
    void answersRequestsOfUnknownTypesAsInvalid() throws IOException {
        for (String file : List.of("python-sdk/" + MISTYPED, "java-sdk/UnknownRequest.json")) {
            JsonNode answer = JSON.readTree(handler.handle(Files.readString(fixtures().resolve(file))));
            assertThat(answer.get("isSuccess").booleanValue()).isFalse();
            assertThat(answer.get("errorDetails").get("errorCode").textValue()).isEqualTo("InvalidArgument");
            assertThat(answer.get("errorDetails").get("errorMessage").textValue()).contains("is unknown");
        }
        assertThatThrownBy(() -> JSON.readValue(Files.readString(fixtures().resolve("python-sdk/" + MISTYPED)),
                ConnectorRequest.class)).hasMessageContaining("DescribeConnectorConfigurationRequestRequired");
    }
}
