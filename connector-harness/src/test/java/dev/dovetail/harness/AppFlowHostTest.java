package dev.dovetail.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.appflow.wire.ConnectorRuntimeSettingScope;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
import dev.dovetail.appflow.wire.FieldDefinition;
import dev.dovetail.appflow.wire.QueryDataResponse;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsResponse;
import dev.dovetail.appflow.wire.WriteDataResponse;
import dev.dovetail.appflow.wire.WriteOperationType;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code harness.appflow()}: AppFlow's requests as JSON through the Lambda handler, answers parsed back. */
class AppFlowHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    private final List<Row> people = LongStream.range(0, 25)
            .mapToObj(id -> person(id, "p" + id, id % 5 == 0 ? null : (int) id * 3, T0.plusSeconds(id))).toList();
    private final Dataset dataset = Dataset.of(people);
    private final ConnectorHarness harness = ConnectorHarness.forConnector(PlainConnector.class)
            .withOption("dataset", dataset.name())
            .withOption("user", "ada").withOption("password", "open sesame");

    @Test
    void theProfileValidatesAndTheOptionsCredentialsTravelAsASecret() {
        AppFlowHost appflow = harness.appflow();

        assertThat(appflow.validateSettings(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE).isSuccess()).isTrue();
        assertThat(appflow.validateCredentials().isSuccess()).isTrue();
        assertThat(appflow.context().connectorRuntimeSettings()).containsOnlyKeys("dataset");
        assertThat(appflow.context().credentials()).hasValueSatisfying(credentials ->
                assertThat(credentials.secretArn()).contains(AppFlowHost.PROFILE_SECRET));
    }

    @Test
    void wrongCredentialsAreInvalidCredentialsWithoutThePassword() {
        AppFlowHost appflow = harness.withOption("password", "guess").appflow();

        var response = appflow.validateCredentials();

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails()).hasValueSatisfying(details -> {
            assertThat(details.errorCode()).isEqualTo("InvalidCredentials");
            assertThat(details.errorMessage()).contains("was refused").doesNotContain("guess");
        });
    }

    @Test
    void aSecretIdOptionIsTheProfilesSecret() {
        AppFlowHost appflow = harness.withoutOption("user").withoutOption("password")
                .withSecret("arn:aws:secretsmanager:eu-west-1:1:secret:people", Map.of("username", "ada", "password", "open sesame"))
                .withOption("secretId", "arn:aws:secretsmanager:eu-west-1:1:secret:people").appflow();

        assertThat(appflow.validateCredentials().isSuccess()).isTrue();
        assertThat(appflow.context().connectorRuntimeSettings()).containsOnlyKeys("dataset");
    }

    @Test
    void describeTheConnectorAndItsEntity() {
        AppFlowHost appflow = harness.appflow();

        assertThat(appflow.describeConfiguration().connectorName()).isEqualTo("plain-test");
        assertThat(appflow.listEntities(10).entities()).extracting(entity -> entity.entityIdentifier()).containsExactly("people");
        DescribeEntityResponse people = appflow.describeEntity("people");
        assertThat(people.entityDefinition()).hasValueSatisfying(definition -> assertThat(definition.fields())
                .extracting(FieldDefinition::fieldName).containsExactly("id", "name", "score", "updated_at"));
        assertThat(appflow.describeEntity("planets").errorDetails()).hasValueSatisfying(details ->
                assertThat(details.errorCode()).isEqualTo("ResourceNotFoundError"));
    }

    @Test
    void aFilteredQueryAcrossPagesReturnsWhatTheHarnessReads() {
        List<String> records = harness.appflow().queryAll("people", List.of("id", "score"), "score >= 30 and score < 60", 4);

        List<Row> expected = harness.read("people").columns("id", "score")
                .where(Predicate.and(Predicate.ge("score", 30), Predicate.lt("score", 60))).run().rows();
        assertThat(records).hasSize(expected.size()).hasSizeGreaterThan(4);
        assertThat(records.stream().map(AppFlowHostTest::json).map(node -> node.get("id").asLong()))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(row -> (Long) row.get(0)).toList());
    }

    @Test
    void aPageStopsAtMaxResultsAndHandsBackAToken() {
        QueryDataResponse first = harness.appflow().query("people", List.of(), "", 10, Optional.empty());

        assertThat(first.records()).hasSize(10);
        assertThat(first.nextToken()).isPresent();
    }

    @Test
    void aBadFilterIsInvalidArgumentAndQueryAllSaysSo() {
        QueryDataResponse response = harness.appflow().query("people", List.of(), "score >", 10, Optional.empty());

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails()).hasValueSatisfying(details -> assertThat(details.errorCode()).isEqualTo("InvalidArgument"));
        assertThatThrownBy(() -> harness.appflow().queryAll("people", List.of(), "score >", 10))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("AppFlow request failed: ").hasMessageContaining("filterExpression");
    }

    @Test
    void retrieveByIdsAndWrite() {
        AppFlowHost appflow = harness.appflow();

        assertThat(appflow.retrieve("people", List.of("id", "name"), "id", List.of("3", "7")).records())
                .extracting(record -> json(record).get("name").asText()).containsExactlyInAnyOrder("p3", "p7");

        WriteDataResponse written = appflow.write("people", WriteOperationType.INSERT, List.of(),
                List.of("{\"id\": 100, \"name\": \"new\", \"score\": 1, \"updated_at\": \"2024-06-01T00:00:00Z\"}"), false);
        assertThat(written.isSuccess()).isTrue();
        assertThat(written.writeRecordResults()).singleElement().satisfies(result -> assertThat(result.isSuccess()).isTrue());
        assertThat(dataset.rows()).hasSize(26);
    }

    @Test
    void settingsValidationNamesTheBadField() {
        ValidateConnectorRuntimeSettingsResponse response = ConnectorHarness.forConnector(PlainConnector.class)
                .withOption("dataset", dataset.name()).withOption("failInSplit", "soon").appflow()
                .validateSettings(ConnectorRuntimeSettingScope.CONNECTOR_PROFILE);

        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorsByInputField()).containsKey("failInSplit");
    }

    @Test
    void rawJsonGoesThroughAsItIs() {
        String answer = harness.appflow().send("{\"type\": \"NoSuchRequest\"}");

        assertThat(json(answer).get("isSuccess").asBoolean()).isFalse();
        assertThat(json(answer).at("/errorDetails/errorCode").asText()).isEqualTo("InvalidArgument");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
