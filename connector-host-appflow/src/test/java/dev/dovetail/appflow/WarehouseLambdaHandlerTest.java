package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ConnectorModes;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ConnectorOperator;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ImmutableDescribeConnectorConfigurationRequest;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.TriggerFrequency;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.TriggerType;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.auth.AuthenticationConfig;
import com.amazonaws.appflow.custom.connector.model.credentials.AuthenticationType;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableCredentials;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableValidateCredentialsRequest;
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
import com.amazonaws.appflow.custom.connector.model.settings.ConnectorRuntimeSetting;
import com.amazonaws.appflow.custom.connector.model.settings.ConnectorRuntimeSettingDataType;
import com.amazonaws.appflow.custom.connector.model.settings.ConnectorRuntimeSettingScope;
import com.amazonaws.appflow.custom.connector.model.settings.ImmutableValidateConnectorRuntimeSettingsRequest;
import com.amazonaws.appflow.custom.connector.model.settings.ValidateConnectorRuntimeSettingsResponse;
import com.amazonaws.appflow.custom.connector.model.write.ImmutableWriteDataRequest;
import com.amazonaws.appflow.custom.connector.model.write.WriteDataResponse;
import com.amazonaws.appflow.custom.connector.model.write.WriteOperationType;
import com.amazonaws.appflow.custom.connector.model.write.WriteRecordResult;
import com.fasterxml.jackson.databind.JsonNode;

import dev.dovetail.api.read.Row;
import dev.dovetail.appflow.fixtures.Warehouse;
import dev.dovetail.appflow.fixtures.WarehouseConnectorLambdaHandler;
import dev.dovetail.aws.SecretResolvers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every AppFlow request type, end to end: the official SDK builds the request and reads the response, the
 * processor-generated {@link WarehouseConnectorLambdaHandler} (its no-argument constructor, as Lambda calls it)
 * answers, and secrets come from a local file named by the {@code dovetail.secretResolver} system property.
 */
class WarehouseLambdaHandlerTest {
    private static final String WAREHOUSE = "lambda-handler-test";

    @TempDir
    static Path directory;
    private static DovetailLambdaHandler handler;

    @BeforeAll
    static void deploy() throws IOException {
        Path secrets = directory.resolve("secrets.json");
        Files.writeString(secrets, "{\"" + Sdk.SECRET_ARN + "\": {\"username\": \"ada\", \"password\": \"s3cret\"},"
                + " \"" + Sdk.BAD_SECRET_ARN + "\": {\"username\": \"eve\", \"password\": \"hunter2\"}}");
        String previous = System.getProperty(SecretResolvers.SYSTEM_PROPERTY);
        System.setProperty(SecretResolvers.SYSTEM_PROPERTY, "file:" + secrets);
        try {
            handler = new WarehouseConnectorLambdaHandler();
        } finally {
            if (previous == null) {
                System.clearProperty(SecretResolvers.SYSTEM_PROPERTY);
            } else {
                System.setProperty(SecretResolvers.SYSTEM_PROPERTY, previous);
            }
        }
        Warehouse.create(WAREHOUSE).withItems(10).withNotes(2, 50);
    }

    @Test
    void describesTheConnectorConfiguration() {
        DescribeConnectorConfigurationResponse response = Sdk.call(handler,
                ImmutableDescribeConnectorConfigurationRequest.builder().locale("en-US").build(),
                DescribeConnectorConfigurationResponse.class);

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.errorDetails()).isNull();
        assertThat(response.connectorOwner()).isEqualTo("Dovetail tests");
        assertThat(response.connectorName()).isEqualTo("warehouse");
        assertThat(response.connectorVersion()).isEqualTo("2.1");
        assertThat(response.connectorModes()).containsExactly(ConnectorModes.SOURCE, ConnectorModes.DESTINATION);
        assertThat(response.supportedApiVersions()).containsExactly("v1");
        assertThat(response.operatorsSupported()).containsExactly(ConnectorOperator.values());
        assertThat(response.supportedTriggerTypes()).containsExactly(TriggerType.SCHEDULED, TriggerType.ONDEMAND);
        assertThat(response.triggerFrequenciesSupported()).containsExactly(TriggerFrequency.values());
        assertThat(response.supportedWriteOperations()).containsExactly(WriteOperationType.INSERT, WriteOperationType.UPDATE,
                WriteOperationType.UPSERT, WriteOperationType.DELETE);
        assertThat(response.logoURL()).isNull();
        AuthenticationConfig auth = response.authenticationConfig();
        assertThat(auth.isBasicAuthSupported()).isTrue();
        assertThat(auth.isApiKeyAuthSupported()).isFalse();
        assertThat(auth.isOAuth2Supported()).isFalse();
        assertThat(auth.isCustomAuthSupported()).isFalse();
        assertThat(auth.oAuth2Defaults()).isNull();
        assertThat(auth.customAuthConfig()).isNull();
        assertThat(response.connectorRuntimeSetting())
                .extracting(ConnectorRuntimeSetting::key, ConnectorRuntimeSetting::dataType, ConnectorRuntimeSetting::required,
                        ConnectorRuntimeSetting::label, ConnectorRuntimeSetting::scope)
                .containsExactly(
                        tuple("warehouse", ConnectorRuntimeSettingDataType.String, true, "Warehouse",
                                ConnectorRuntimeSettingScope.CONNECTOR_PROFILE),
                        tuple("region", ConnectorRuntimeSettingDataType.String, false, "Region",
                                ConnectorRuntimeSettingScope.CONNECTOR_PROFILE),
                        tuple("includeArchived", ConnectorRuntimeSettingDataType.Boolean, false, "includeArchived",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("batchSize", ConnectorRuntimeSettingDataType.Integer, false, "batchSize",
                                ConnectorRuntimeSettingScope.DESTINATION),
                        tuple("partitionColumn", ConnectorRuntimeSettingDataType.String, false, "Partition column",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("lowerBound", ConnectorRuntimeSettingDataType.String, false, "Lower bound",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("upperBound", ConnectorRuntimeSettingDataType.String, false, "Upper bound",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("numPartitions", ConnectorRuntimeSettingDataType.Integer, false, "Number of partitions",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("hashfield", ConnectorRuntimeSettingDataType.String, false, "Hash field",
                                ConnectorRuntimeSettingScope.SOURCE),
                        tuple("hashpartitions", ConnectorRuntimeSettingDataType.Integer, false, "Hash partitions",
                                ConnectorRuntimeSettingScope.SOURCE));
        ConnectorRuntimeSetting region = response.connectorRuntimeSetting().get(1);
        assertThat(region.connectorSuppliedValueOptions()).containsExactly("eu", "us");
        assertThat(region.description()).isEqualTo("Default eu");
        assertThat(response.connectorRuntimeSetting().get(0).description()).isEqualTo("The warehouse's name");
        assertThat(response.connectorRuntimeSetting().get(0).connectorSuppliedValueOptions()).isNull();
        assertThat(response.connectorRuntimeSetting().get(3).description()).isEqualTo("Records per write (default 100)");
    }

    @Test
    void validatesTheSettingsOfEachScope() {
        ValidateConnectorRuntimeSettingsResponse good = validate(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE,
                Map.of("warehouse", WAREHOUSE, "region", "us"));
        assertThat(good.isSuccess()).isTrue();
        assertThat(good.errorsByInputField()).isEmpty();
        assertThat(good.errorDetails()).isNull();

        ValidateConnectorRuntimeSettingsResponse profile = validate(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE,
                Map.of("region", "mars", "regoin", "eu"));
        assertThat(profile.isSuccess()).isFalse();
        assertThat(profile.errorDetails()).isNull();
        assertThat(profile.errorsByInputField()).containsOnlyKeys("warehouse", "region", "regoin");
        assertThat(profile.errorsByInputField().get("region")).contains("must be one of [eu, us] but was 'mars'");
        assertThat(profile.errorsByInputField().get("regoin")).contains("region");
        assertThat(profile.errorsByInputField().get("warehouse")).contains("warehouse");

        ValidateConnectorRuntimeSettingsResponse source = validate(ConnectorRuntimeSettingScope.SOURCE,
                Map.of("includeArchived", "maybe", "numPartitions", "many"));
        assertThat(source.isSuccess()).isFalse();
        assertThat(source.errorsByInputField()).containsOnlyKeys("includeArchived", "numPartitions");
        assertThat(source.errorsByInputField().get("includeArchived")).contains("must be true or false but was 'maybe'");

        ValidateConnectorRuntimeSettingsResponse destination = validate(ConnectorRuntimeSettingScope.DESTINATION,
                Map.of("batchSize", "250"));
        assertThat(destination.isSuccess()).isTrue();
        assertThat(destination.errorsByInputField()).isEmpty();
    }

    private static ValidateConnectorRuntimeSettingsResponse validate(ConnectorRuntimeSettingScope scope, Map<String, String> settings) {
        return Sdk.call(handler, ImmutableValidateConnectorRuntimeSettingsRequest.builder().scope(scope)
                .connectorRuntimeSettings(settings).build(), ValidateConnectorRuntimeSettingsResponse.class);
    }

    @Test
    void validatesCredentialsWithoutRevealingThem() {
        ValidateCredentialsResponse good = validateCredentials(Sdk.SECRET_ARN);
        assertThat(good.isSuccess()).isTrue();
        assertThat(good.errorDetails()).isNull();

        String answer = handler.handle(Sdk.write(ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("warehouse", WAREHOUSE))
                .credentials(ImmutableCredentials.builder().secretArn(Sdk.BAD_SECRET_ARN)
                        .authenticationType(AuthenticationType.BasicAuth).build()).build()));
        ValidateCredentialsResponse bad = Sdk.read(answer, ValidateCredentialsResponse.class);
        assertThat(bad.isSuccess()).isFalse();
        assertThat(bad.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidCredentials);
        assertThat(bad.errorDetails().errorMessage()).contains("not valid for warehouse");
        assertThat(bad.errorDetails().retryAfterSeconds()).isNull();
        assertThat(answer).doesNotContain("hunter2");

        ValidateCredentialsResponse missing = validateCredentials("arn:aws:secretsmanager:eu-west-1:1:secret:nothing");
        assertThat(missing.isSuccess()).isFalse();
        assertThat(missing.errorDetails().errorCode()).isEqualTo(ErrorCode.ResourceNotFoundError);
        assertThat(missing.errorDetails().errorMessage()).contains("nothing");
    }

    private static ValidateCredentialsResponse validateCredentials(String arn) {
        return Sdk.call(handler, ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("warehouse", WAREHOUSE))
                .credentials(ImmutableCredentials.builder().secretArn(arn).authenticationType(AuthenticationType.BasicAuth).build())
                .build(), ValidateCredentialsResponse.class);
    }

    @Test
    void listsTheEntitiesPageByPage() {
        ListEntitiesResponse first = Sdk.call(handler, ImmutableListEntitiesRequest.builder()
                .connectorContext(Sdk.context(WAREHOUSE)).maxResult(1L).build(), ListEntitiesResponse.class);
        assertThat(first.isSuccess()).isTrue();
        assertThat(first.errorDetails()).isNull();
        assertThat(first.entities()).extracting(Entity::entityIdentifier, Entity::hasNestedEntities, Entity::isWritable,
                Entity::label, Entity::description).containsExactly(tuple("items", false, true, "Items", "Things in stock"));
        assertThat(first.nextToken()).isNotBlank();

        ListEntitiesResponse second = Sdk.call(handler, ImmutableListEntitiesRequest.builder()
                .connectorContext(Sdk.context(WAREHOUSE)).maxResult(1L).nextToken(first.nextToken()).build(),
                ListEntitiesResponse.class);
        assertThat(second.isSuccess()).isTrue();
        assertThat(second.entities()).extracting(Entity::entityIdentifier, Entity::isWritable, Entity::label, Entity::description)
                .containsExactly(tuple("notes", false, "notes", null));
        assertThat(second.nextToken()).isNull();

        ListEntitiesResponse all = Sdk.call(handler, ImmutableListEntitiesRequest.builder()
                .connectorContext(Sdk.context(WAREHOUSE)).build(), ListEntitiesResponse.class);
        assertThat(all.entities()).extracting(Entity::entityIdentifier).containsExactly("items", "notes");
        assertThat(all.nextToken()).isNull();
    }

    @Test
    void describesAnEntitysFields() {
        DescribeEntityResponse response = Sdk.call(handler, ImmutableDescribeEntityRequest.builder()
                .entityIdentifier("items").connectorContext(Sdk.context(WAREHOUSE)).build(), DescribeEntityResponse.class);

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.errorDetails()).isNull();
        assertThat(response.entityDefinition().entity().entityIdentifier()).isEqualTo("items");
        assertThat(response.entityDefinition().entity().isWritable()).isTrue();
        List<FieldDefinition> fields = response.entityDefinition().fields();
        assertThat(fields).extracting(FieldDefinition::fieldName, FieldDefinition::dataType, FieldDefinition::dataTypeLabel,
                        FieldDefinition::isPrimaryKey)
                .containsExactly(
                        tuple("id", FieldDataType.Long, "LONG", true),
                        tuple("name", FieldDataType.String, "STRING", false),
                        tuple("price", FieldDataType.BigDecimal, "DECIMAL(10,2)", false),
                        tuple("quantity", FieldDataType.Integer, "INT", false),
                        tuple("small", FieldDataType.Short, "SHORT", false),
                        tuple("ratio", FieldDataType.Double, "DOUBLE", false),
                        tuple("weight", FieldDataType.Float, "FLOAT", false),
                        tuple("active", FieldDataType.Boolean, "BOOLEAN", false),
                        tuple("added", FieldDataType.Date, "DATE", false),
                        tuple("updated", FieldDataType.DateTime, "TIMESTAMP", false),
                        tuple("photo", FieldDataType.ByteArray, "BINARY", false),
                        tuple("tags", FieldDataType.List, "LIST<STRING>", false),
                        tuple("code", FieldDataType.String, "STRING", false));
        Function<String, FieldDefinition> field = name -> fields.stream().filter(f -> f.fieldName().equals(name)).findFirst().orElseThrow();
        assertThat(field.apply("id").readProperties().isNullable()).isFalse();
        assertThat(field.apply("price").readProperties().isNullable()).isTrue();
        assertThat(field.apply("updated").readProperties().isTimestampFieldForIncrementalQueries()).isTrue();
        assertThat(field.apply("added").readProperties().isTimestampFieldForIncrementalQueries()).isFalse();
        assertThat(field.apply("updated").readProperties().isQueryable()).isTrue();
        assertThat(field.apply("updated").readProperties().isRetrievable()).isTrue();
        assertThat(field.apply("photo").readProperties().isQueryable()).isFalse();
        assertThat(field.apply("photo").filterOperators()).isEmpty();
        assertThat(field.apply("active").filterOperators()).containsExactly(ConnectorOperator.EQUAL_TO, ConnectorOperator.NOT_EQUAL_TO);
        assertThat(field.apply("name").filterOperators()).contains(ConnectorOperator.CONTAINS, ConnectorOperator.BETWEEN);
        assertThat(field.apply("quantity").filterOperators()).contains(ConnectorOperator.LESS_THAN, ConnectorOperator.BETWEEN)
                .doesNotContain(ConnectorOperator.CONTAINS);
        assertThat(field.apply("name").writeProperties().isCreatable()).isTrue();
        assertThat(field.apply("name").writeProperties().isNullable()).isFalse();
        assertThat(field.apply("name").writeProperties().supportedWriteOperations())
                .containsExactly(WriteOperationType.INSERT, WriteOperationType.UPDATE, WriteOperationType.UPSERT, WriteOperationType.DELETE);
        assertThat(field.apply("code").writeProperties().isCreatable()).isFalse();
        assertThat(field.apply("code").writeProperties().isUpdatable()).isFalse();
        assertThat(field.apply("code").writeProperties().isDefaultedOnCreate()).isTrue();
        assertThat(field.apply("code").writeProperties().supportedWriteOperations()).isEmpty();

        DescribeEntityResponse notes = Sdk.call(handler, ImmutableDescribeEntityRequest.builder()
                .entityIdentifier("notes").connectorContext(Sdk.context(WAREHOUSE)).build(), DescribeEntityResponse.class);
        assertThat(notes.entityDefinition().fields()).allSatisfy(definition -> assertThat(definition.writeProperties()).isNull());
    }

    @Test
    void queriesWithAFilterAndSelectedFieldsPageByPage() {
        ImmutableQueryDataRequest.Builder request = ImmutableQueryDataRequest.builder()
                .entityIdentifier("items").connectorContext(Sdk.context(WAREHOUSE))
                .addSelectedFieldNames("id", "name", "updated")
                .filterExpression("quantity > 20 and active = true and updated < 2024-01-01T09:30:00Z")
                .maxResults(2L);
        QueryDataResponse first = Sdk.call(handler, request.build(), QueryDataResponse.class);
        assertThat(first.isSuccess()).isTrue();
        assertThat(first.errorDetails()).isNull();
        assertThat(first.records()).extracting(Sdk::json).extracting(node -> node.get("id").asLong()).containsExactly(4L, 6L);
        JsonNode four = Sdk.json(first.records().get(0));
        assertThat(four.size()).isEqualTo(3);
        assertThat(four.get("name").textValue()).isEqualTo("item-4");
        assertThat(four.get("updated").textValue()).isEqualTo("2024-01-01T04:00:00.123456Z");
        assertThat(first.nextToken()).isNotBlank();

        QueryDataResponse second = Sdk.call(handler, request.nextToken(first.nextToken()).build(), QueryDataResponse.class);
        assertThat(second.isSuccess()).isTrue();
        assertThat(second.records()).extracting(Sdk::json).extracting(node -> node.get("id").asLong()).containsExactly(8L);
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void writesRecordsTypedAsTheEntityDeclares() {
        QueryDataResponse all = Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).filterExpression("id = 3").build(), QueryDataResponse.class);
        JsonNode three = Sdk.json(all.records().get(0));
        assertThat(three.get("id").isIntegralNumber()).isTrue();
        assertThat(three.get("price").decimalValue()).isEqualByComparingTo(new BigDecimal("3.25"));
        assertThat(three.get("price").isNumber()).isTrue();
        assertThat(three.get("quantity").intValue()).isEqualTo(30);
        assertThat(three.get("small").intValue()).isEqualTo(3);
        assertThat(three.get("ratio").doubleValue()).isEqualTo(0.75);
        assertThat(three.get("weight").doubleValue()).isEqualTo(1.5);
        assertThat(three.get("active").isBoolean()).isTrue();
        assertThat(three.get("added").textValue()).isEqualTo("2024-01-04");
        assertThat(three.get("photo").isNull()).isTrue();
        assertThat(three.get("tags").toString()).isEqualTo("[\"t3\",\"x\"]");
        assertThat(three.get("code").textValue()).isEqualTo("C3");
        JsonNode two = Sdk.json(Sdk.call(handler, ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).filterExpression("id = 2").build(), QueryDataResponse.class)
                .records().get(0));
        assertThat(two.get("photo").textValue()).isEqualTo("AgEC");
    }

    @Test
    void retrievesRecordsById() {
        RetrieveDataResponse response = Sdk.call(handler, ImmutableRetrieveDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).addIds("2", "7", "99").addSelectedFieldNames("id", "quantity")
                .build(), RetrieveDataResponse.class);

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.errorDetails()).isNull();
        assertThat(response.records()).containsExactly("{\"id\":2,\"quantity\":20}", "{\"id\":7,\"quantity\":70}");

        RetrieveDataResponse byName = Sdk.call(handler, ImmutableRetrieveDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).idFieldName("name").addIds("item-5").addSelectedFieldNames("id")
                .build(), RetrieveDataResponse.class);
        assertThat(byName.records()).containsExactly("{\"id\":5}");
    }

    @Test
    void writesEveryKindWithPerRecordResults() {
        String name = "lambda-handler-write-test";
        Warehouse warehouse = Warehouse.create(name).withItems(2);

        WriteDataResponse insert = write(name, WriteOperationType.INSERT, List.of(
                "{\"id\": 11, \"name\": \"new\", \"price\": 9.5, \"quantity\": 3, \"active\": false, \"added\": \"2024-05-01\","
                        + " \"updated\": \"2024-05-01T10:00:00Z\", \"photo\": \"AQI=\", \"tags\": [\"a\"]}",
                "{\"id\": 1, \"name\": \"duplicate\"}",
                "{\"id\": 12, \"name\": \"bad\", \"quantity\": \"many\"}",
                "[1, 2]"));
        assertThat(insert.isSuccess()).isFalse();
        assertThat(insert.errorDetails().errorCode()).isEqualTo(ErrorCode.PartialWriteFailure);
        assertThat(insert.errorDetails().errorMessage()).contains("3 of 4 records were not written");
        assertThat(insert.writeRecordResults()).extracting(WriteRecordResult::isSuccess, WriteRecordResult::recordId)
                .containsExactly(tuple(true, "11"), tuple(false, ""), tuple(false, ""), tuple(false, ""));
        assertThat(insert.writeRecordResults().get(1).errorMessage()).isEqualTo("item 1 exists");
        assertThat(insert.writeRecordResults().get(2).errorMessage()).contains("record 2").contains("quantity");
        assertThat(insert.writeRecordResults().get(3).errorMessage()).isEqualTo("record 3 is not a JSON object");
        Row added = warehouse.items().get(2);
        assertThat(added.values()).containsExactly(11L, "new", new BigDecimal("9.50"), 3, null, null, null, false,
                java.time.LocalDate.of(2024, 5, 1), java.time.Instant.parse("2024-05-01T10:00:00Z"), new byte[] {1, 2},
                List.of("a"), null);

        WriteDataResponse update = write(name, WriteOperationType.UPDATE, List.of("{\"id\": 2, \"quantity\": 5}"));
        assertThat(update.isSuccess()).isTrue();
        assertThat(update.errorDetails()).isNull();
        assertThat(update.writeRecordResults()).extracting(WriteRecordResult::isSuccess, WriteRecordResult::errorMessage)
                .containsExactly(tuple(true, ""));
        assertThat(warehouse.items().get(1).get(3)).isEqualTo(5);
        assertThat(warehouse.items().get(1).get(1)).isEqualTo("item-2");

        WriteDataResponse upsert = write(name, WriteOperationType.UPSERT,
                List.of("{\"id\": 2, \"name\": \"two\"}", "{\"id\": 20, \"name\": \"twenty\"}"));
        assertThat(upsert.isSuccess()).isTrue();
        assertThat(warehouse.items()).extracting(row -> row.get(1)).containsExactly("item-1", "two", "new", "twenty");

        WriteDataResponse delete = write(name, WriteOperationType.DELETE, List.of("{\"id\": 1}", "{\"id\": 30}"));
        assertThat(delete.isSuccess()).isFalse();
        assertThat(delete.writeRecordResults()).extracting(WriteRecordResult::isSuccess).containsExactly(true, false);
        assertThat(warehouse.items()).extracting(row -> row.get(0)).containsExactly(2L, 11L, 20L);
    }

    @Test
    void refusesAllOrNoneWritesTheConnectorCannotDo() {
        WriteDataResponse response = Sdk.call(handler, ImmutableWriteDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE)).operation(WriteOperationType.INSERT).allOrNone(true)
                .addRecords("{\"id\": 50, \"name\": \"x\"}").build(), WriteDataResponse.class);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(response.errorDetails().errorMessage()).contains("cannot write all-or-none");
        assertThat(response.writeRecordResults()).isEmpty();
    }

    @Test
    void servesLambdaStreams() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Sdk.write(ImmutableDescribeConnectorConfigurationRequest.builder().build())
                .getBytes(StandardCharsets.UTF_8)), output, null);

        DescribeConnectorConfigurationResponse response = Sdk.read(output.toString(StandardCharsets.UTF_8),
                DescribeConnectorConfigurationResponse.class);
        assertThat(response.isSuccess()).isTrue();
        assertThat(response.connectorName()).isEqualTo("warehouse");
        assertThat(response.connectorOwner()).isEqualTo("Dovetail tests");
    }

    private static WriteDataResponse write(String warehouse, WriteOperationType operation, List<String> records) {
        return Sdk.call(handler, ImmutableWriteDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(warehouse)).operation(operation).records(records).build(), WriteDataResponse.class);
    }


}
