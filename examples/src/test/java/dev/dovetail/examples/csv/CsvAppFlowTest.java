package dev.dovetail.examples.csv;

import com.amazonaws.appflow.custom.connector.model.ConnectorContext;
import com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ConnectorModes;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ImmutableDescribeConnectorConfigurationRequest;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableValidateCredentialsRequest;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableCredentials;
import com.amazonaws.appflow.custom.connector.model.credentials.ValidateCredentialsResponse;
import com.amazonaws.appflow.custom.connector.model.metadata.DescribeEntityResponse;
import com.amazonaws.appflow.custom.connector.model.metadata.Entity;
import com.amazonaws.appflow.custom.connector.model.metadata.FieldDataType;
import com.amazonaws.appflow.custom.connector.model.metadata.FieldDefinition;
import com.amazonaws.appflow.custom.connector.model.metadata.ImmutableDescribeEntityRequest;
import com.amazonaws.appflow.custom.connector.model.metadata.ImmutableListEntitiesRequest;
import com.amazonaws.appflow.custom.connector.model.metadata.ListEntitiesResponse;
import com.amazonaws.appflow.custom.connector.model.query.ImmutableQueryDataRequest;
import com.amazonaws.appflow.custom.connector.model.query.QueryDataResponse;
import com.amazonaws.appflow.custom.connector.model.retreive.ImmutableRetrieveDataRequest;
import com.amazonaws.appflow.custom.connector.model.retreive.RetrieveDataResponse;
import com.amazonaws.appflow.custom.connector.model.settings.ConnectorRuntimeSettingScope;
import com.amazonaws.appflow.custom.connector.model.settings.ImmutableValidateConnectorRuntimeSettingsRequest;
import com.amazonaws.appflow.custom.connector.model.settings.ValidateConnectorRuntimeSettingsResponse;
import com.amazonaws.appflow.custom.connector.model.write.ImmutableWriteDataRequest;
import com.amazonaws.appflow.custom.connector.model.write.WriteDataResponse;
import com.amazonaws.appflow.custom.connector.model.write.WriteOperationType;
import com.amazonaws.appflow.custom.connector.model.write.WriteRecordResult;
import com.amazonaws.appflow.custom.connector.util.CustomObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.appflow.DovetailLambdaHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The CSV example connector as an Amazon AppFlow custom connector, the sequence AppFlow runs: validate the
 * settings and the (absent) credentials, describe the configuration, list and describe the entities, query
 * with a filter across pages, retrieve by ids and write. Requests are built and read with the official SDK;
 * the handler is the processor-generated {@link CsvConnectorLambdaHandler}'s runtime.
 */
class CsvAppFlowTest {
    private static final ObjectMapper SDK = CustomObjectMapper.getObjectMapper();

    @TempDir
    Path directory;

    @Test
    void runsTheAppFlowSequence() throws IOException {
        StringBuilder csv = new StringBuilder("id:LONG:key,customer:STRING,\"amount:DECIMAL(10,2)\",updated_at:TIMESTAMP\n");
        IntStream.rangeClosed(1, 25).forEach(id -> csv.append(id).append(",customer-").append(id % 4).append(',')
                .append(id * 3).append(".50,2024-01-01T").append(String.format("%02d", id % 24)).append(":00:00Z\n"));
        Files.writeString(directory.resolve("orders.csv"), csv);
        DovetailLambdaHandler handler = new DovetailLambdaHandler(new CsvConnectorDescriptor(), new InMemorySecretResolver());
        assertThat(CsvConnectorLambdaHandler.class.getSuperclass()).isEqualTo(DovetailLambdaHandler.class);

        ValidateConnectorRuntimeSettingsResponse settings = call(handler, ImmutableValidateConnectorRuntimeSettingsRequest.builder()
                .scope(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE)
                .connectorRuntimeSettings(Map.of("directory", directory.toString(), "delimeter", ";")).build(),
                ValidateConnectorRuntimeSettingsResponse.class);
        assertThat(settings.isSuccess()).isFalse();
        assertThat(settings.errorsByInputField()).containsOnlyKeys("delimeter");
        assertThat(settings.errorsByInputField().get("delimeter")).contains("did you mean 'delimiter'?");

        ValidateCredentialsResponse credentials = call(handler, ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("directory", directory.toString()))
                .credentials(ImmutableCredentials.builder().build()).build(), ValidateCredentialsResponse.class);
        assertThat(credentials.isSuccess()).as("%s", credentials.errorDetails()).isTrue();
        ValidateCredentialsResponse missing = call(handler, ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("directory", directory.resolve("nowhere").toString()))
                .credentials(ImmutableCredentials.builder().build()).build(), ValidateCredentialsResponse.class);
        assertThat(missing.isSuccess()).isFalse();
        assertThat(missing.errorDetails().errorMessage()).contains("nowhere");

        DescribeConnectorConfigurationResponse configuration = call(handler,
                ImmutableDescribeConnectorConfigurationRequest.builder().build(), DescribeConnectorConfigurationResponse.class);
        assertThat(configuration.connectorName()).isEqualTo("csv");
        assertThat(configuration.connectorModes()).containsExactly(ConnectorModes.SOURCE, ConnectorModes.DESTINATION);
        assertThat(configuration.authenticationConfig().isBasicAuthSupported()).isFalse();

        ListEntitiesResponse entities = call(handler, ImmutableListEntitiesRequest.builder().connectorContext(context())
                .build(), ListEntitiesResponse.class);
        assertThat(entities.entities()).extracting(Entity::entityIdentifier, Entity::isWritable)
                .containsExactly(tuple("orders", true));

        DescribeEntityResponse orders = call(handler, ImmutableDescribeEntityRequest.builder().entityIdentifier("orders")
                .connectorContext(context()).build(), DescribeEntityResponse.class);
        assertThat(orders.entityDefinition().fields()).extracting(FieldDefinition::fieldName, FieldDefinition::dataType)
                .containsExactly(tuple("id", FieldDataType.Long), tuple("customer", FieldDataType.String),
                        tuple("amount", FieldDataType.BigDecimal), tuple("updated_at", FieldDataType.DateTime));

        List<Long> ids = new ArrayList<>();
        String token = null;
        do {
            ImmutableQueryDataRequest.Builder query = ImmutableQueryDataRequest.builder().entityIdentifier("orders")
                    .connectorContext(context()).addSelectedFieldNames("id")
                    .filterExpression("customer contains \"-1\" or amount > 60").maxResults(3L);
            QueryDataResponse page = call(handler, token == null ? query.build() : query.nextToken(token).build(),
                    QueryDataResponse.class);
            assertThat(page.isSuccess()).as("%s", page.errorDetails()).isTrue();
            page.records().forEach(record -> ids.add(json(record).get("id").asLong()));
            token = page.nextToken();
        } while (token != null);
        assertThat(ids).containsExactly(1L, 5L, 9L, 13L, 17L, 20L, 21L, 22L, 23L, 24L, 25L);

        RetrieveDataResponse retrieved = call(handler, ImmutableRetrieveDataRequest.builder().entityIdentifier("orders")
                .connectorContext(context()).addIds("2", "3").addSelectedFieldNames("id", "amount").build(),
                RetrieveDataResponse.class);
        assertThat(retrieved.records()).containsExactly("{\"id\":2,\"amount\":6.50}", "{\"id\":3,\"amount\":9.50}");

        WriteDataResponse written = call(handler, ImmutableWriteDataRequest.builder().entityIdentifier("orders")
                .connectorContext(context()).operation(WriteOperationType.UPSERT)
                .addRecords("{\"id\": 2, \"customer\": \"changed\", \"amount\": 1, \"updated_at\": \"2024-02-01T00:00:00Z\"}",
                        "{\"id\": 26, \"customer\": \"new\", \"amount\": 2.5, \"updated_at\": \"2024-02-02T00:00:00Z\"}")
                .build(), WriteDataResponse.class);
        assertThat(written.isSuccess()).as("%s", written.errorDetails()).isTrue();
        assertThat(written.writeRecordResults()).extracting(WriteRecordResult::isSuccess).containsExactly(true, true);
        assertThat(Files.readString(directory.resolve("orders.csv"))).contains("2,changed,1.00,2024-02-01T00:00:00Z")
                .contains("26,new,2.50,2024-02-02T00:00:00Z");
    }

    private ConnectorContext context() {
        return ImmutableConnectorContext.builder().apiVersion("v1")
                .putConnectorRuntimeSettings("directory", directory.toString()).build();
    }

    private static <T> T call(DovetailLambdaHandler handler, Object request, Class<T> type) {
        try {
            return SDK.readValue(handler.handle(SDK.writeValueAsString(request)), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String record) {
        try {
            return SDK.readTree(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
