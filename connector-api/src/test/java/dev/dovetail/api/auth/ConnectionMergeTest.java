package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ConnectionMerge}, {@link InMemoryConnectionCatalog}, {@link ConnectionCatalog#none()} and {@link ConnectionProperties}. */
class ConnectionMergeTest {
    private static final String PASSWORD = "c0nn-Pa55";

    private final InMemoryConnectionCatalog connections = new InMemoryConnectionCatalog()
            .put("shop", Map.of("url", "jdbc:pg://db/shop", "user", "app", "password", PASSWORD, "fetchsize", "500"))
            .put("glue-shop", Map.of("JDBC_CONNECTION_URL", "jdbc:pg://db/shop", "USERNAME", "app", "PASSWORD", PASSWORD,
                    "SECRET_ID", "prod/db", "JDBC_ENFORCE_SSL", "true"));

    private ConnectionOptions merge(ConnectionOptions options) {
        return ConnectionMerge.apply(options, connections, List.of("pin"));
    }

    @Test
    void withoutAConnectionNameTheOptionsAreUnchanged() {
        ConnectionOptions options = ConnectionOptions.of("url", "jdbc:h2:mem:", "user", "ada");
        assertThat(merge(options)).isSameAs(options);
        assertThat(merge(options.with("connectionName", " "))).isEqualTo(options.with("connectionName", " "));
    }

    @Test
    void theConnectionIsTheBaseAndTheGivenOptionsWin() {
        ConnectionOptions merged = merge(ConnectionOptions.of("connectionName", "shop", "USER", "ada", "dbTable", "orders"));

        assertThat(merged.get("url")).hasValue("jdbc:pg://db/shop");
        assertThat(merged.get("user")).hasValue("ada");
        assertThat(merged.keys()).containsOnlyOnce("USER");
        assertThat(merged.get("password")).hasValue(PASSWORD);
        assertThat(merged.get("fetchsize")).hasValue("500");
        assertThat(merged.get("dbTable")).hasValue("orders");
        assertThat(merged.get("connectionName")).hasValue("shop");
        assertThat(merged.isSecret("password")).isTrue();
        assertThat(merged.isSecret("url")).isFalse();
        assertThat(merged.toString()).doesNotContain(PASSWORD).contains("password=****").contains("url=jdbc:pg://db/shop");
        assertThat(merged.redactor().redact("login app/" + PASSWORD)).isEqualTo("login app/****");

        assertThat(merge(ConnectionOptions.of("connectionName", "shop", "password", "given")).get("password")).hasValue("given");
    }

    @Test
    void glueSpellingsBecomeOptionNamesIgnoringCaseAndOtherPropertiesPassAsTheyAre() {
        ConnectionOptions merged = merge(ConnectionOptions.of("connectionName", "glue-shop"));

        assertThat(merged.asMap()).containsOnlyKeys("url", "user", "password", "secretId", "JDBC_ENFORCE_SSL", "connectionName");
        assertThat(merged.get("url")).hasValue("jdbc:pg://db/shop");
        assertThat(merged.get("user")).hasValue("app");
        assertThat(merged.get("password")).hasValue(PASSWORD);
        assertThat(merged.get("secretId")).hasValue("prod/db");
        assertThat(merged.get("jdbc_enforce_ssl")).hasValue("true");
        assertThat(merged.toString()).doesNotContain(PASSWORD);

        connections.put("lower", Map.of("jdbc_connection_url", "jdbc:x:", "username", "bob"));
        ConnectionOptions lower = merge(ConnectionOptions.of("connectionName", "lower", "user", "ada"));
        assertThat(lower.asMap()).containsOnlyKeys("url", "user", "connectionName").containsEntry("user", "ada");
    }

    @Test
    void twoPropertiesForOneOptionWithDifferentValuesAreAnErrorNamingBothButNoValue() {
        connections.put("twice", Map.of("USERNAME", "app", "user", "other", "password", PASSWORD));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> merge(ConnectionOptions.of("connectionName", "twice")));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).startsWith("connection 'twice' gives option 'user' twice with different values,")
                .contains("'USERNAME'").contains("'user'").doesNotContain("app").doesNotContain("other");
        connections.put("same", Map.of("USERNAME", "app", "user", "app"));
        assertThat(merge(ConnectionOptions.of("connectionName", "same")).get("user")).hasValue("app");
    }

    @Test
    void sensitiveKeysAreSecretWhoeverGivesThem() {
        connections.put("kiosk", Map.of("pin", "4711", "JDBC_CONNECTION_URL", "jdbc:x://h?password=" + PASSWORD));

        ConnectionOptions merged = merge(ConnectionOptions.of("connectionName", "kiosk"));

        assertThat(merged.isSecret("pin")).isTrue();
        assertThat(merged.toString()).doesNotContain("4711").doesNotContain(PASSWORD);
        assertThat(merged.describeValue("pin")).isEqualTo("(secret, not shown)");
    }

    @Test
    void aConnectionsSecretIdMergesAsUsualAndTheSecretWins() {
        InMemorySecretResolver secrets = new InMemorySecretResolver().put("prod/db", Map.of("password", "from-secret"));

        ConnectionOptions merged = SecretMerge.apply(merge(ConnectionOptions.of("connectionName", "glue-shop")), secrets);

        assertThat(merged.get("password")).hasValue("from-secret");
        assertThat(merged.get("url")).hasValue("jdbc:pg://db/shop");
    }

    @Test
    void anUnknownConnectionIsResourceNotFoundWithDidYouMean() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> merge(ConnectionOptions.of("connectionName", "shp")));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).isEqualTo("connection 'shp' does not exist; did you mean 'shop'?");
        assertThat(catchThrowableOfType(ConnectorException.class, () -> connections.resolve("warehouse")).getMessage())
                .isEqualTo("connection 'warehouse' does not exist");
    }

    @Test
    void aHostWithoutACatalogSaysSoAndHowToGiveTheConnection() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> ConnectionMerge.apply(
                ConnectionOptions.of("connectionName", "shop"), ConnectionCatalog.none(), List.of()));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).startsWith("option 'connectionName' names connection 'shop', but this host has"
                + " no connection catalog;").contains("withConnection(name, properties)");
        assertThat(ConnectionCatalog.none().toString()).isEqualTo("ConnectionCatalog.none()");
    }

    @Test
    void propertiesLookUpIgnoringCaseAndPrintKeysOnly() {
        ConnectionProperties properties = connections.resolve("shop");

        assertThat(properties.connectionName()).isEqualTo("shop");
        assertThat(properties.get("PASSWORD")).hasValue(PASSWORD);
        assertThat(properties.get("port")).isEmpty();
        assertThat(properties.keys()).containsExactly("fetchsize", "password", "url", "user");
        assertThat(properties.asMap().get("URL")).isEqualTo("jdbc:pg://db/shop");
        assertThat(properties.toString()).isEqualTo("ConnectionProperties{connectionName=shop, keys=[fetchsize, password, url, user]}");
        assertThat(new InMemoryConnectionCatalog().put("shop", Map.of("password", PASSWORD)).toString())
                .isEqualTo("InMemoryConnectionCatalog[shop]");
    }

    @Test
    void connectionsCanBeReplacedWhileInUse() {
        connections.put("shop", Map.of("password", "rotated"));
        assertThat(merge(ConnectionOptions.of("connectionName", "shop")).get("password")).hasValue("rotated");
    }
}
