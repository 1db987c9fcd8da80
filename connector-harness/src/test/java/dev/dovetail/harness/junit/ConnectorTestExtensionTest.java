package dev.dovetail.harness.junit;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ConnectorTest(value = PlainConnector.class, options = {"failInSplit=-1", "misbehave=NONE"})
@Option(name = "jobName", value = "outer")
@InMemorySecret(id = "login", values = {"username=ada", "password=open sesame"})
class ConnectorTestExtensionTest {
    static final Dataset PEOPLE = Dataset.of(List.of(
            person(1, "ada", 10, Instant.parse("2024-01-01T00:00:00Z")),
            person(2, "grace", 20, Instant.parse("2024-01-02T00:00:00Z"))));

    @TempDir
    Path scratch;

    ConnectorHarness harness;
    BookmarkStore store;
    ConnectionOptions options;
    private ConnectorHarness harnessSeenByBeforeEach;

    @HarnessOptions
    static Map<String, String> dataset() {
        return Map.of("dataset", PEOPLE.name());
    }

    @HarnessOptions
    private Map<String, String> fromTempDir() {
        return Map.of("transformationContext", scratch.getFileName().toString());
    }

    @BeforeEach
    void setUp(ConnectorHarness harness) {
        harnessSeenByBeforeEach = harness;
    }

    @Test
    void injectsParametersAndFieldsOfOneHarness(ConnectorHarness parameter, ConnectionOptions givenOptions,
                                                BookmarkStore givenStore, SecretResolver secrets) {
        assertThat(harness).isSameAs(parameter).isSameAs(harnessSeenByBeforeEach);
        assertThat(store).isSameAs(givenStore).isSameAs(harness.bookmarkStore());
        assertThat(options).isEqualTo(givenOptions).isEqualTo(harness.options());
        assertThat(secrets.resolve("login").get("username")).contains("ada");
        assertThat(harness.read("people").run().rowCount()).isEqualTo(2);
    }

    @Test
    void collectsAnnotationOptionsClassOptionsAndComputedOptions() {
        assertThat(options.asMap()).containsEntry("failInSplit", "-1").containsEntry("misbehave", "NONE")
                .containsEntry("jobName", "outer").containsEntry("dataset", PEOPLE.name())
                .containsEntry("transformationContext", scratch.getFileName().toString());
        assertThat(harness.jobName()).isEqualTo("outer");
    }

    @Test
    @Option(name = "jobName", value = "method")
    @Option(name = "FAILINSPLIT", value = "7")
    void methodOptionsReplaceClassOptionsIgnoringCase(ConnectorHarness parameter) {
        assertThat(parameter.options().asMap()).containsEntry("jobName", "method").containsEntry("failInSplit", "7");
        assertThat(parameter.options().keys()).containsOnlyOnce("FAILINSPLIT");
    }

    @Test
    void parameterOptionsApplyToThatValueOnly(@Option(name = "jobName", value = "special") ConnectorHarness special,
                                              ConnectorHarness plain) {
        assertThat(special.jobName()).isEqualTo("special");
        assertThat(plain.jobName()).isEqualTo("outer");
        assertThat(special.bookmarkStore()).as("one test, one bookmark store").isSameAs(plain.bookmarkStore());
    }

    @Test
    @Option(name = "secretId", value = "login")
    void secretsAreResolvedFromMemoryAndNeverShown(ConnectorHarness parameter) {
        parameter.validateCredentials();
        assertThat(parameter.toString()).contains("login").doesNotContain("open sesame");
        assertThat(parameter.secrets().toString()).doesNotContain("open sesame");
    }

    @Test
    @InMemoryConnection(name = "people-db", properties = {"USERNAME=ada", "PASSWORD=open sesame", "misbehave=LEAK_PASSWORD"})
    @Option(name = "connectionName", value = "people-db")
    void connectionsAreResolvedFromMemoryAndNeverShown(ConnectorHarness parameter, ConnectionCatalog connections,
                                                       @Option(name = "misbehave", value = "LEAK_PASSWORD") ConnectorHarness leaking) {
        parameter.validateCredentials();
        assertThat(connections.resolve("people-db").get("username")).contains("ada");
        assertThat(parameter.read("people").run().rowCount()).as("the class's misbehave=NONE wins over the connection's")
                .isEqualTo(2);
        assertThat(parameter.toString()).contains("people-db").doesNotContain("open sesame");
        assertThatThrownBy(() -> leaking.read("people").run()).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("login ada/**** expired")
                .hasMessageNotContaining("open sesame");
    }

    @Nested
    @Option(name = "jobName", value = "inner")
    class Inner {
        ConnectorHarness innerHarness;

        @HarnessOptions
        Map<String, String> innerOptions() {
            return Map.of("misbehave", "SKIP_COLUMN");
        }

        @Test
        void seesTheEnclosingConfigurationAndAddsToIt(ConnectorHarness parameter) {
            assertThat(parameter.options().asMap()).containsEntry("dataset", PEOPLE.name())
                    .containsEntry("failInSplit", "-1").containsEntry("jobName", "inner")
                    .containsEntry("misbehave", "SKIP_COLUMN");
            assertThat(innerHarness).isSameAs(parameter);
            assertThat(harness).as("the enclosing instance's field gets the same harness").isSameAs(parameter);
        }

        @Nested
        @ConnectorTest(value = PlainConnector.class, options = "failInSplit=3", durableBookmarks = true)
        class WithDurableBookmarks {
            @Test
            void addsItsOwnAnnotationAndCommitsToFiles(ConnectorHarness parameter, BookmarkStore fileStore) {
                assertThat(parameter.options().asMap()).containsEntry("failInSplit", "3").containsEntry("jobName", "inner");
                assertThat(fileStore).isInstanceOf(FileBookmarkStore.class);
                BookmarkKey key = new BookmarkKey("inner", "people");
                fileStore.save(key, new BookmarkState(List.of("id"), SortOrder.ASC, List.of(2L)));
                assertThat(Files.isRegularFile(((FileBookmarkStore) fileStore).fileOf(key))).isTrue();
            }
        }
    }
}
