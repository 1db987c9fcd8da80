package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.metadata.DescribeEntityResponse;
import com.amazonaws.appflow.custom.connector.model.metadata.ImmutableDescribeEntityRequest;
import com.amazonaws.appflow.custom.connector.model.metadata.ImmutableListEntitiesRequest;
import com.amazonaws.appflow.custom.connector.model.metadata.ListEntitiesResponse;
import com.amazonaws.appflow.custom.connector.model.query.ImmutableQueryDataRequest;
import com.amazonaws.appflow.custom.connector.model.query.QueryDataResponse;
import com.amazonaws.appflow.custom.connector.model.retreive.ImmutableRetrieveDataRequest;
import com.amazonaws.appflow.custom.connector.model.retreive.RetrieveDataResponse;
import com.amazonaws.appflow.custom.connector.model.write.ImmutableWriteDataRequest;
import com.amazonaws.appflow.custom.connector.model.write.WriteDataResponse;
import com.amazonaws.appflow.custom.connector.model.write.WriteOperationType;
import com.fasterxml.jackson.databind.JsonNode;

import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.appflow.fixtures.Warehouse;
import dev.dovetail.appflow.fixtures.WarehouseConnector;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure is an answer, never an exception: {@code isSuccess: false} with the right code and a message
 * saying what was wrong, no stack trace and no secret.
 */
class ErrorResponsesTest {
    private static final String WAREHOUSE = "error-responses-test";
    private static final String THROTTLED = "error-responses-throttled";
    private static DovetailLambdaHandler handler;

    @BeforeAll
    static void deploy() {
        handler = new DovetailLambdaHandler(ConnectorDescriptors.forClass(WarehouseConnector.class),
                new InMemorySecretResolver().put(Sdk.SECRET_ARN, Map.of("username", "ada", "password", "s3cret"))
                        .put(Sdk.BAD_SECRET_ARN, Map.of("username", "ada", "password", "wrong-password-42")));
        Warehouse.create(WAREHOUSE).withItems(3);
        Warehouse.create(THROTTLED).withItems(3).throttled(Duration.ofMillis(1500));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"QueryDataRequest\", |the request is not valid JSON",
            "[]|the request is not a JSON object with a 'type'",
            "42|the request has no 'type'",
            "{\"entityIdentifier\": \"items\"}|the request has no 'type'",
            "{\"type\": \"DeleteEverythingRequest\"}|the request's type 'DeleteEverythingRequest' is unknown; it must be one of",
            "{\"type\": \"DescribeEntityRequest\", \"connectorContext\": {\"apiVersion\": \"v1\"}}|DescribeEntityRequest has no 'entityIdentifier'",
            "{\"type\": \"DescribeEntityRequest\", \"entityIdentifier\": \"items\"}|DescribeEntityRequest has no 'connectorContext'",
            "{\"type\": \"DescribeEntityRequest\", \"entityIdentifier\": \"items\", \"connectorContext\": {}}|connectorContext has no 'apiVersion'",
            "{\"type\": \"ValidateConnectorRuntimeSettingsRequest\", \"scope\": \"EVERYWHERE\", \"connectorRuntimeSettings\": {}}|malformed at 'scope'",
            "{\"type\": \"ListEntitiesRequest\", \"maxResult\": \"lots\", \"connectorContext\": {\"apiVersion\": \"v1\"}}|malformed at 'maxResult'",
            "{\"type\": \"QueryDataRequest\", \"entityIdentifier\": \"items\", \"selectedFieldNames\": [\"id\", null], \"connectorContext\": {\"apiVersion\": \"v1\"}}|NULL at position 1 of 'selectedFieldNames'",
    })
    void rejectsRequestsItCannotReadAsInvalidArguments(String request, String message) {
        JsonNode answer = Sdk.json(handler.handle(request));

        assertThat(answer.get("isSuccess").booleanValue()).isFalse();
        assertThat(answer.get("errorDetails").get("errorCode").textValue()).isEqualTo("InvalidArgument");
        assertThat(answer.get("errorDetails").get("errorMessage").textValue()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void reportsAnUnknownEntityAsNotFound() {
        DescribeEntityResponse response = Sdk.call(handler, ImmutableDescribeEntityRequest.builder()
                .entityIdentifier("orders").connectorContext(Sdk.context(WAREHOUSE)).build(), DescribeEntityResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.entityDefinition()).isNull();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.ResourceNotFoundError);
        assertThat(response.errorDetails().errorMessage()).contains("no entity 'orders'");

        QueryDataResponse query = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("orders")
                .connectorContext(Sdk.context(WAREHOUSE)).build(), QueryDataResponse.class);
        assertThat(query.errorDetails().errorCode()).isEqualTo(ErrorCode.ResourceNotFoundError);
    }

    @Test
    void reportsABadFilterOrFieldAsAnInvalidArgument() {
        QueryDataResponse syntax = query("quantity >> 3");
        assertThat(syntax.isSuccess()).isFalse();
        assertThat(syntax.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(syntax.errorDetails().errorMessage()).contains("filterExpression").contains("column 11");

        QueryDataResponse field = query("colour = 'red'");
        assertThat(field.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(field.errorDetails().errorMessage()).contains("colour");

        QueryDataResponse selected = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).addSelectedFieldNames("id", "colour").build(), QueryDataResponse.class);
        assertThat(selected.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(selected.errorDetails().errorMessage()).contains("no column 'colour'");

        QueryDataResponse pageSize = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).maxResults(0L).build(), QueryDataResponse.class);
        assertThat(pageSize.errorDetails().errorMessage()).contains("maxResults must be at least 1");
    }

    private static QueryDataResponse query(String filter) {
        return Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).filterExpression(filter).build(), QueryDataResponse.class);
    }

    @Test
    void keepsTheConnectorsCodeAndRetryAdvice() {
        QueryDataResponse response = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(THROTTLED)).build(), QueryDataResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.RateLimitExceeded);
        assertThat(response.errorDetails().retryAfterSeconds()).isEqualTo(2);
        assertThat(response.errorDetails().errorMessage()).contains("throttled").contains("split");
    }

    @Test
    void neverAnswersWithASecret() {
        String answer = handler.handle(Sdk.write(ImmutableListEntitiesRequest.builder()
                .connectorContext(Sdk.context(WAREHOUSE, Sdk.BAD_SECRET_ARN, Map.of())).build()));
        ListEntitiesResponse response = Sdk.read(answer, ListEntitiesResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidCredentials);
        assertThat(answer).doesNotContain("wrong-password-42");
    }

    @Test
    void needsCredentialsOfAnAcceptedType() {
        ListEntitiesResponse missing = Sdk.call(handler, ImmutableListEntitiesRequest.builder()
                .connectorContext(com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext.builder()
                        .apiVersion("v1").putConnectorRuntimeSettings("warehouse", WAREHOUSE).build()).build(),
                ListEntitiesResponse.class);
        assertThat(missing.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(missing.errorDetails().errorMessage()).contains("no credentials").contains("BASIC");

        ListEntitiesResponse apiKey = Sdk.call(handler, ImmutableListEntitiesRequest.builder()
                .connectorContext(com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext.builder()
                        .from(Sdk.context(WAREHOUSE))
                        .credentials(com.amazonaws.appflow.custom.connector.model.credentials.ImmutableCredentials.builder()
                                .secretArn(Sdk.SECRET_ARN)
                                .authenticationType(com.amazonaws.appflow.custom.connector.model.credentials.AuthenticationType.ApiKey)
                                .build()).build()).build(),
                ListEntitiesResponse.class);
        assertThat(apiKey.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(apiKey.errorDetails().errorMessage()).contains("authenticationType ApiKey is not accepted");
    }

    @Test
    void reportsMissingRequestPartsOfTheHandlers() {
        RetrieveDataResponse retrieve = Sdk.call(handler, ImmutableRetrieveDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).build(), RetrieveDataResponse.class);
        assertThat(retrieve.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(retrieve.errorDetails().errorMessage()).contains("no 'ids'");

        RetrieveDataResponse badId = Sdk.call(handler, ImmutableRetrieveDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).addIds("seven").build(), RetrieveDataResponse.class);
        assertThat(badId.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(badId.errorDetails().errorMessage()).contains("id").contains("seven");

        WriteDataResponse write = Sdk.call(handler, ImmutableWriteDataRequest.builder().entityIdentifier("notes")
                .connectorContext(Sdk.context(WAREHOUSE)).operation(WriteOperationType.INSERT)
                .addRecords("{\"id\": 1}").build(), WriteDataResponse.class);
        assertThat(write.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(write.errorDetails().errorMessage()).contains("entity 'notes'").contains("not writable");

        JsonNode noOperation = Sdk.json(handler.handle("{\"type\": \"WriteDataRequest\", \"entityIdentifier\": \"items\","
                + " \"records\": [\"{}\"], \"connectorContext\": {\"apiVersion\": \"v1\", \"connectorRuntimeSettings\":"
                + " {\"warehouse\": \"" + WAREHOUSE + "\"}, \"credentials\": {\"secretArn\": \"" + Sdk.SECRET_ARN
                + "\", \"authenticationType\": \"BasicAuth\"}}}"));
        assertThat(noOperation.get("errorDetails").get("errorMessage").textValue()).contains("no 'operation'");
    }


}
