package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Opening sessions: BASIC credentials or none, {@code secretId}, {@code connectionName}, {@code sessionInitStatement},
 * and the failures.
 */
abstract class JdbcSessionSuite {
    private static final String SECRET_PASSWORD = "Pa55-not-for-logs";
    private static final Pattern DATABASE_NAME = Pattern.compile("dovetail\\d+");

    @BeforeAll
    static void createTable(TestDatabase db) {
        db.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20))", "INSERT INTO items VALUES (1, 'one')");
    }

    @Test
    void connectsWithBasicCredentials(TestDatabase db) {
        assertThatCode(() -> JdbcFixtures.harness(db).validateCredentials()).doesNotThrowAnyException();
        assertThat(JdbcFixtures.harness(db).read("items").run().rows()).containsExactly(Row.of(1, "one"));
    }

    @Test
    void connectsWithoutCredentialsWhenTheUrlHoldsThem(TestDatabase db) {
        String url = switch (db.kind()) {
            case H2 -> db.url() + ";USER=" + db.user();
            case POSTGRESQL, MARIADB -> db.url() + "?user=" + db.user() + "&password=" + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
        };
        ConnectorHarness harness = ConnectorHarness.forConnector(JdbcConnector.class).withOption("url", url);

        assertThat(harness.read("items").run().rowCount()).isEqualTo(1);
    }

    @Test
    void aSecretIsMergedAndFillsThePlaceholdersOfTheUrl(TestDatabase db) {
        Matcher name = DATABASE_NAME.matcher(db.url());
        assertThat(name.find()).isTrue();
        ConnectorHarness harness = ConnectorHarness.forConnector(JdbcConnector.class)
                .withSecret("prod/db", Map.of("username", db.user(), "password", db.password(), "database", name.group()))
                .withOption("secretId", "prod/db")
                .withOption("url", db.url().replace(name.group(), "${database}"));

        assertThat(harness.validateSettings()).isEmpty();
        assertThat(harness.read("items").run().rows()).containsExactly(Row.of(1, "one"));
        assertThat(harness.toString()).doesNotContain(name.group());
    }

    /** A Glue job's read: only {@code connectionName} and {@code dbTable} given, the rest stored in connection "shop". */
    private static ConnectorHarness onConnection(Map<String, String> properties) {
        return ConnectorHarness.forConnector(JdbcConnector.class).withConnection("shop", properties)
                .withOption("connectionName", "shop").withOption("dbTable", "items");
    }

    /** The database refuses the login: INVALID_CREDENTIALS, {@link #SECRET_PASSWORD} in no message and no toString. */
    private static void assertRefusedWithoutShowingThePassword(ConnectorHarness harness) {
        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET_PASSWORD);
                    }
                })
                .hasMessageContaining("SQLSTATE 28");
        assertThat(harness.toString()).doesNotContain(SECRET_PASSWORD);
    }

    @Test
    void aReadNeedsOnlyAConnectionNameAndATableSpeltAsOptionsOrAsGlueSpellsThem(TestDatabase db) {
        Map<String, String> glue = Map.of("JDBC_CONNECTION_URL", db.url(), "USERNAME", db.user(), "PASSWORD", db.password());
        for (Map<String, String> properties : List.of(db.options(), glue)) {
            ConnectorHarness harness = onConnection(properties);

            assertThat(harness.validateSettings()).as(properties.keySet().toString()).isEmpty();
            assertThat(harness.glue().read().run().rows()).as(properties.keySet().toString()).containsExactly(Row.of(1, "one"));
        }
    }

    @Test
    void anExplicitOptionOverridesTheConnections(TestDatabase db) {
        Map<String, String> wrongPassword = Map.of("url", db.url(), "user", db.user(), "password", SECRET_PASSWORD);
        assertThat(onConnection(wrongPassword).withOption("password", db.password()).glue().read().run().rows())
                .containsExactly(Row.of(1, "one"));
        assertRefusedWithoutShowingThePassword(onConnection(wrongPassword));

        assertRefusedWithoutShowingThePassword(onConnection(db.options()).withOption("password", SECRET_PASSWORD));
    }

    @Test
    void aConnectionHoldingASecretIdResolvesTheSecret(TestDatabase db) {
        ConnectorHarness harness = onConnection(Map.of("JDBC_CONNECTION_URL", db.url(), "SECRET_ID", "prod/db"))
                .withSecret("prod/db", Map.of("username", db.user(), "password", db.password()));

        assertThat(harness.validateSettings()).isEmpty();
        assertThat(harness.glue().read().run().rows()).containsExactly(Row.of(1, "one"));
    }

    @Test
    void anUnknownConnectionNameIsNotFoundNamingItWithDidYouMean(TestDatabase db) {
        ConnectorHarness harness = onConnection(db.options()).withOption("connectionName", "shpo");

        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessage("connection 'shpo' does not exist; did you mean 'shop'?");
        assertThat(harness.validateSettings()).extracting(OptionProblem::option, OptionProblem::message)
                .containsExactly(tuple("connectionName",
                        "connection 'shpo' does not exist; did you mean 'shop'?"));
    }

    @Test
    void sessionInitStatementRunsOnEveryNewConnection(TestDatabase db) {
        String[] setAndGet = switch (db.kind()) {
            case POSTGRESQL -> new String[]{"SET application_name = 'dovetail-init'", "SELECT current_setting('application_name') AS tag"};
            case H2, MARIADB -> new String[]{"SET @dovetail_tag = 'dovetail-init'", "SELECT @dovetail_tag AS tag"};
        };
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("sessionInitStatement", setAndGet[0])
                .withOption("query", setAndGet[1]);

        assertThat(harness.read(JdbcConnector.QUERY_ENTITY).run().rows()).containsExactly(Row.of("dovetail-init"));
        assertThat(JdbcFixtures.harness(db).withOption("query", setAndGet[1]).read(JdbcConnector.QUERY_ENTITY).run().rows())
                .as("without the option").doesNotContain(Row.of("dovetail-init"));
    }

    @Test
    void aFailingSessionInitStatementNamesTheOption(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("sessionInitStatement", "SELEC 1");

        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'sessionInitStatement'").hasMessageContaining("SQLSTATE 42");
        JdbcFixtures.awaitNoOtherConnections(db);
    }

    @Test
    void badCredentialsNameTheSqlStateAndNeverThePassword(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("user", "nobody").withOption("password", SECRET_PASSWORD);

        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
                    assertThat(e.retryable()).isFalse();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET_PASSWORD);
                    }
                })
                .hasMessageContaining("SQLSTATE 28").hasMessageContaining("'nobody'");
    }

    @Test
    void theRightUserWithAWrongPasswordIsRefused(TestDatabase db) {
        assertRefusedWithoutShowingThePassword(JdbcFixtures.harness(db).withOption("password", SECRET_PASSWORD));
    }

    @Test
    void anUnreachableServerIsRetryableAndTheUrlPasswordMasked(TestDatabase db) {
        String url = switch (db.kind()) {
            case H2 -> "jdbc:h2:tcp://127.0.0.1:1/mem:nothing"; // H2 refuses a PASSWORD setting besides the property
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=5&password=" + SECRET_PASSWORD;
            case MARIADB -> "jdbc:mariadb://127.0.0.1:1/nothing?connectTimeout=5000&password=" + SECRET_PASSWORD;
        };
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("url", url);

        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                    assertThat(e.retryable()).isTrue();
                })
                .hasMessageContaining("127.0.0.1:1").hasMessageContaining("SQLSTATE")
                .hasMessageNotContaining(SECRET_PASSWORD);
    }

    @Test
    void aUrlNoDriverAcceptsIsAnInvalidArgument(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("url", "jdbc:nosuchdb://host/db");

        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("no JDBC driver").hasMessageContaining("jdbc:nosuchdb://host/db");
    }
}
