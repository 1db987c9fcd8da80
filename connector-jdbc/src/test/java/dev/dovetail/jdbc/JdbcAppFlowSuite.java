package dev.dovetail.jdbc;

import com.amazonaws.appflow.custom.connector.model.ConnectorContext;
import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ConnectorModes;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse;
import com.amazonaws.appflow.custom.connector.model.connectorconfiguration.ImmutableDescribeConnectorConfigurationRequest;
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
import dev.dovetail.aws.SecretResolvers;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.dovetail.jdbc.JdbcFixtures.folded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The JDBC connector as an Amazon AppFlow custom connector, the whole sequence AppFlow itself runs, on a real
 * database: validate the profile's and the flow's settings, validate the credentials (a BASIC secret holding
 * {@code username} and {@code password}), describe the configuration, list and describe entities (tables and
 * views, schema-qualified outside the current schema), query with a filter across pages and across the splits
 * of a partitioned read, retrieve by ids, and write every kind. Requests are built and responses read with the
 * official SDK; the handler is the generated {@link JdbcConnectorLambdaHandler}'s runtime.
 */
abstract class JdbcAppFlowSuite {
    private static final ObjectMapper SDK = CustomObjectMapper.getObjectMapper();
    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db-AbCdEf";
    private static final String WRONG_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db-wrong";
    private static final int ORDERS = 60;

    @BeforeAll
    static void createTables(TestDatabase db) {
        db.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(40) NOT NULL, amount DECIMAL(10,2),"
                        + " placed DATE, updated_at " + JdbcFixtures.timestamp(db) + ")",
                "CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.regions (code CHAR(2) PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO sales.regions VALUES ('EU', 'Europe')",
                "INSERT INTO sales.regions VALUES ('US', 'United States')");
        for (int id = 1; id <= ORDERS; id++) {
            db.execute("INSERT INTO orders VALUES (" + id + ", 'customer-" + (id % 7) + "', " + (id * 5) + ".50, DATE '2024-01-"
                    + String.format("%02d", 1 + id % 28) + "', TIMESTAMP '2024-02-01 10:00:00' + INTERVAL '" + id + "' MINUTE)");
        }
    }

    private static DovetailLambdaHandler handler(TestDatabase db) {
        return new DovetailLambdaHandler(new JdbcConnectorDescriptor(), new InMemorySecretResolver()
                .put(ARN, Map.of("username", db.user(), "password", db.password()))
                .put(WRONG_ARN, Map.of("username", db.user(), "password", "not-" + db.password())));
    }

    private static ConnectorContext context(TestDatabase db, Map<String, String> flowSettings) {
        return ImmutableConnectorContext.builder().apiVersion("v1")
                .putConnectorRuntimeSettings("url", db.url()).putAllConnectorRuntimeSettings(flowSettings)
                .credentials(ImmutableCredentials.builder().secretArn(ARN).authenticationType(AuthenticationType.BasicAuth).build())
                .build();
    }

    @Test
    void theGeneratedHandlerAnswersWithSecretsFromTheEnvironment(TestDatabase db, @TempDir Path directory) throws IOException {
        Path secrets = Files.writeString(directory.resolve("secrets.json"), SDK.writeValueAsString(
                Map.of(ARN, Map.of("username", db.user(), "password", db.password()))));
        String previous = System.getProperty(SecretResolvers.SYSTEM_PROPERTY);
        System.setProperty(SecretResolvers.SYSTEM_PROPERTY, "file:" + secrets);
        DovetailLambdaHandler generated;
        try {
            generated = new JdbcConnectorLambdaHandler();
        } finally {
            if (previous == null) {
                System.clearProperty(SecretResolvers.SYSTEM_PROPERTY);
            } else {
                System.setProperty(SecretResolvers.SYSTEM_PROPERTY, previous);
            }
        }
        ValidateCredentialsResponse response = call(generated, ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("url", db.url()))
                .credentials(ImmutableCredentials.builder().secretArn(ARN).authenticationType(AuthenticationType.BasicAuth).build())
                .build(), ValidateCredentialsResponse.class);
        assertThat(response.isSuccess()).as("%s", response.errorDetails()).isTrue();
    }

    @Test
    void validatesSettingsAndCredentials(TestDatabase db) {
        DovetailLambdaHandler handler = handler(db);
        ValidateConnectorRuntimeSettingsResponse profile = call(handler, ImmutableValidateConnectorRuntimeSettingsRequest
                .builder().scope(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE).putConnectorRuntimeSettings("url", db.url())
                .build(), ValidateConnectorRuntimeSettingsResponse.class);
        assertThat(profile.isSuccess()).isTrue();
        assertThat(profile.errorsByInputField()).isEmpty();

        ValidateConnectorRuntimeSettingsResponse source = call(handler, ImmutableValidateConnectorRuntimeSettingsRequest
                .builder().scope(ConnectorRuntimeSettingScope.SOURCE)
                .connectorRuntimeSettings(Map.of("fetchsize", "lots", "filterPredicate", "amount > 0")).build(),
                ValidateConnectorRuntimeSettingsResponse.class);
        assertThat(source.isSuccess()).isFalse();
        assertThat(source.errorsByInputField()).containsOnlyKeys("fetchsize");
        assertThat(source.errorsByInputField().get("fetchsize")).contains("must be an integer but was 'lots'");

        ValidateCredentialsResponse good = call(handler, ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("url", db.url()))
                .credentials(ImmutableCredentials.builder().secretArn(ARN).authenticationType(AuthenticationType.BasicAuth).build())
                .build(), ValidateCredentialsResponse.class);
        assertThat(good.isSuccess()).as("%s", good.errorDetails()).isTrue();

        String answer = handler.handle(json(ImmutableValidateCredentialsRequest.builder()
                .connectorRuntimeSettings(Map.of("url", db.url()))
                .credentials(ImmutableCredentials.builder().secretArn(WRONG_ARN).authenticationType(AuthenticationType.BasicAuth)
                        .build()).build()));
        ValidateCredentialsResponse bad = read(answer, ValidateCredentialsResponse.class);
        assertThat(bad.isSuccess()).isFalse();
        assertThat(bad.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidCredentials);
        assertThat(answer).doesNotContain("not-" + db.password());
    }

    @Test
    void describesTheJdbcConnector(TestDatabase db) {
        DescribeConnectorConfigurationResponse response = call(handler(db),
                ImmutableDescribeConnectorConfigurationRequest.builder().build(), DescribeConnectorConfigurationResponse.class);

        assertThat(response.isSuccess()).isTrue();
        assertThat(response.connectorName()).isEqualTo("jdbc");
        assertThat(response.connectorOwner()).isEqualTo("Dovetail");
        assertThat(response.connectorModes()).containsExactly(ConnectorModes.SOURCE, ConnectorModes.DESTINATION);
        assertThat(response.authenticationConfig().isBasicAuthSupported()).isTrue();
        assertThat(response.supportedWriteOperations()).containsExactly(WriteOperationType.INSERT, WriteOperationType.UPDATE,
                WriteOperationType.UPSERT, WriteOperationType.DELETE);
        assertThat(response.connectorRuntimeSetting()).extracting(ConnectorRuntimeSetting::key, ConnectorRuntimeSetting::scope,
                ConnectorRuntimeSetting::required).contains(
                tuple("url", ConnectorRuntimeSettingScope.CONNECTOR_PROFILE, true),
                tuple("filterPredicate", ConnectorRuntimeSettingScope.SOURCE, false),
                tuple("partitionColumn", ConnectorRuntimeSettingScope.SOURCE, false));
    }

    @Test
    void listsAndDescribesTablesAndViews(TestDatabase db) {
        DovetailLambdaHandler handler = handler(db);
        ListEntitiesResponse list = call(handler, ImmutableListEntitiesRequest.builder().connectorContext(context(db, Map.of()))
                .build(), ListEntitiesResponse.class);
        assertThat(list.isSuccess()).as("%s", list.errorDetails()).isTrue();
        String regions = folded(db, "sales") + "." + folded(db, "regions");
        assertThat(list.entities()).extracting(Entity::entityIdentifier, Entity::isWritable).contains(
                tuple(folded(db, "orders"), true), tuple(folded(db, "big_orders"), false), tuple(regions, true));

        DescribeEntityResponse orders = call(handler, ImmutableDescribeEntityRequest.builder()
                .entityIdentifier(folded(db, "orders")).connectorContext(context(db, Map.of())).build(), DescribeEntityResponse.class);
        assertThat(orders.isSuccess()).isTrue();
        List<FieldDefinition> fields = orders.entityDefinition().fields();
        assertThat(fields).extracting(FieldDefinition::fieldName, FieldDefinition::dataType, FieldDefinition::isPrimaryKey)
                .containsExactly(tuple(folded(db, "id"), FieldDataType.Integer, true),
                        tuple(folded(db, "customer"), FieldDataType.String, false),
                        tuple(folded(db, "amount"), FieldDataType.BigDecimal, false),
                        tuple(folded(db, "placed"), FieldDataType.Date, false),
                        tuple(folded(db, "updated_at"), FieldDataType.DateTime, false));
        assertThat(fields.get(1).readProperties().isNullable()).isFalse();
        assertThat(fields.get(4).readProperties().isTimestampFieldForIncrementalQueries()).isTrue();
        assertThat(fields.get(0).writeProperties().isCreatable()).isTrue();

        DescribeEntityResponse qualified = call(handler, ImmutableDescribeEntityRequest.builder().entityIdentifier(regions)
                .connectorContext(context(db, Map.of())).build(), DescribeEntityResponse.class);
        assertThat(qualified.entityDefinition().fields()).extracting(FieldDefinition::fieldName)
                .containsExactly(folded(db, "code"), folded(db, "name"));

        DescribeEntityResponse missing = call(handler, ImmutableDescribeEntityRequest.builder().entityIdentifier("invoices")
                .connectorContext(context(db, Map.of())).build(), DescribeEntityResponse.class);
        assertThat(missing.errorDetails().errorCode()).isEqualTo(ErrorCode.ResourceNotFoundError);
    }

    @Test
    void queriesWithAFilterAcrossPagesAndSplits(TestDatabase db) {
        String filter = "amount > 100 and placed >= 2024-01-10 and updated_at < 2024-02-01T10:55:00Z";
        List<Integer> expected = ids(db, "SELECT id FROM orders WHERE amount > 100 AND placed >= DATE '2024-01-10'"
                + " AND updated_at < TIMESTAMP '2024-02-01 10:55:00' ORDER BY id");
        assertThat(expected).hasSizeGreaterThan(10);

        assertThat(queryAll(db, Map.of(), filter, 4)).containsExactlyElementsOf(expected);
        List<Integer> split = queryAll(db, Map.of("partitionColumn", "id", "lowerBound", "1", "upperBound", String.valueOf(ORDERS),
                "numPartitions", "3"), filter, 5);
        assertThat(split).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(queryAll(db, Map.of("hashfield", "customer", "hashpartitions", "4"), filter + " LIMIT 7", 3))
                .hasSize(7).doesNotHaveDuplicates().isSubsetOf(expected);

        QueryDataResponse page = call(handler(db), ImmutableQueryDataRequest.builder().entityIdentifier(folded(db, "orders"))
                .connectorContext(context(db, Map.of())).filterExpression("id = 12").build(), QueryDataResponse.class);
        JsonNode twelve = json(page.records().get(0));
        assertThat(twelve.get(folded(db, "amount")).decimalValue()).isEqualByComparingTo("60.50");
        assertThat(twelve.get(folded(db, "placed")).textValue()).isEqualTo("2024-01-13");
        assertThat(twelve.get(folded(db, "updated_at")).textValue()).isEqualTo("2024-02-01T10:12:00Z");
        assertThat(twelve.get(folded(db, "customer")).textValue()).isEqualTo("customer-5");
    }

    private static List<Integer> queryAll(TestDatabase db, Map<String, String> settings, String filter, long pageSize) {
        DovetailLambdaHandler handler = handler(db);
        List<Integer> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ImmutableQueryDataRequest.Builder request = ImmutableQueryDataRequest.builder().entityIdentifier(folded(db, "orders"))
                    .connectorContext(context(db, settings)).addSelectedFieldNames("id").filterExpression(filter)
                    .maxResults(pageSize);
            QueryDataResponse response = call(handler, token == null ? request.build() : request.nextToken(token).build(),
                    QueryDataResponse.class);
            assertThat(response.isSuccess()).as("%s", response.errorDetails()).isTrue();
            assertThat(response.records()).hasSizeLessThanOrEqualTo((int) pageSize);
            response.records().forEach(record -> ids.add(json(record).get(folded(db, "id")).intValue()));
            token = response.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isGreaterThan(1);
        return ids;
    }

    @Test
    void retrievesByIds(TestDatabase db) {
        RetrieveDataResponse response = call(handler(db), ImmutableRetrieveDataRequest.builder()
                .entityIdentifier(folded(db, "orders")).connectorContext(context(db, Map.of()))
                .addIds("3", "30", "999").addSelectedFieldNames("id", "customer").build(), RetrieveDataResponse.class);

        assertThat(response.isSuccess()).as("%s", response.errorDetails()).isTrue();
        assertThat(response.records()).extracting(JdbcAppFlowSuite::json)
                .extracting(node -> node.get(folded(db, "id")).intValue(), node -> node.get(folded(db, "customer")).textValue())
                .containsExactlyInAnyOrder(tuple(3, "customer-3"), tuple(30, "customer-2"));
    }

    @Test
    void writesEveryKind(TestDatabase db) {
        db.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, since DATE)");
        String table = folded(db, "customers");
        WriteDataResponse insert = write(db, table, WriteOperationType.INSERT, false,
                "{\"id\": 1, \"name\": \"Ada\", \"since\": \"2024-03-01\"}", "{\"id\": 2, \"name\": \"Grace\"}");
        assertThat(insert.isSuccess()).as("%s", insert.errorDetails()).isTrue();
        assertThat(insert.writeRecordResults()).extracting(WriteRecordResult::isSuccess).containsExactly(true, true);

        WriteDataResponse duplicate = write(db, table, WriteOperationType.INSERT, true,
                "{\"id\": 3, \"name\": \"Edsger\"}", "{\"id\": 1, \"name\": \"again\"}");
        assertThat(duplicate.isSuccess()).isFalse();
        assertThat(duplicate.writeRecordResults()).extracting(WriteRecordResult::isSuccess).containsExactly(false, false);
        assertThat(ids(db, "SELECT id FROM customers ORDER BY id")).as("all or none").containsExactly(1, 2);

        WriteDataResponse update = write(db, table, WriteOperationType.UPDATE, false, "{\"id\": 2, \"name\": \"Grace H.\"}");
        assertThat(update.isSuccess()).as("%s", update.errorDetails()).isTrue();
        WriteDataResponse upsert = write(db, table, WriteOperationType.UPSERT, false,
                "{\"id\": 2, \"name\": \"Grace Hopper\"}", "{\"id\": 4, \"name\": \"Barbara\"}");
        assertThat(upsert.isSuccess()).as("%s", upsert.errorDetails()).isTrue();
        WriteDataResponse delete = write(db, table, WriteOperationType.DELETE, false, "{\"id\": 1}");
        assertThat(delete.isSuccess()).as("%s", delete.errorDetails()).isTrue();

        assertThat(strings(db, "SELECT name FROM customers ORDER BY id")).containsExactly("Grace Hopper", "Barbara");
    }

    private static WriteDataResponse write(TestDatabase db, String table, WriteOperationType operation, boolean allOrNone,
                                           String... records) {
        return call(handler(db), ImmutableWriteDataRequest.builder().entityIdentifier(table)
                .connectorContext(context(db, Map.of())).operation(operation).allOrNone(allOrNone).addRecords(records).build(),
                WriteDataResponse.class);
    }

    private static List<Integer> ids(TestDatabase db, String sql) {
        return query(db, sql, result -> {
            try {
                return result.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> strings(TestDatabase db, String sql) {
        return query(db, sql, result -> {
            try {
                return result.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static <T> List<T> query(TestDatabase db, String sql, Function<ResultSet, T> column) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (result.next()) {
                values.add(column.apply(result));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T call(DovetailLambdaHandler handler, Object request, Class<T> type) {
        return read(handler.handle(json(request)), type);
    }

    private static String json(Object request) {
        try {
            return SDK.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return SDK.readValue(json, type);
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
