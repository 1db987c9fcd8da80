package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSecretResolverTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("secrets.json"), json);
    }

    @Test
    void readsTheSecretsKeyValuePairs() throws IOException {
        FileSecretResolver secrets = FileSecretResolver.of(write("""
                {
                  // comments are allowed
                  "prod/orders-db": {"username": "etl", "password": "s3cret-pw", "port": 5432, "ssl": true},
                  "api": {"apiKey": "k-1"}
                }
                """));

        assertThat(secrets.resolve("prod/orders-db").asMap())
                .containsEntry("username", "etl").containsEntry("password", "s3cret-pw")
                .containsEntry("port", "5432").containsEntry("ssl", "true");
        assertThat(secrets.resolve("prod/orders-db").secretId()).isEqualTo("prod/orders-db");
        assertThat(secrets.toString()).doesNotContain("s3cret-pw").contains("secrets.json");
    }

    @Test
    void anEditAppliesToTheNextLookup() throws IOException {
        Path file = write("{\"db\": {\"password\": \"one\"}}");
        FileSecretResolver secrets = FileSecretResolver.of(file);
        assertThat(secrets.resolve("db").get("password")).contains("one");

        Files.writeString(file, "{\"db\": {\"password\": \"two\"}}");

        assertThat(secrets.resolve("db").get("password")).contains("two");
    }

    @Test
    void anUnknownIdIsResourceNotFoundWithTheClosestId() throws IOException {
        FileSecretResolver secrets = FileSecretResolver.of(write("{\"prod/orders-db\": {\"password\": \"s3cret-pw\"}}"));

        assertThatThrownBy(() -> secrets.resolve("prod/order-db"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessageContaining("secret 'prod/order-db' is not in secret file " + dir.resolve("secrets.json"))
                .hasMessageContaining("did you mean 'prod/orders-db'")
                .hasMessageNotContaining("s3cret-pw");
    }

    @Test
    void badJsonNamesTheLineAndColumnButNeverQuotesTheFile() throws IOException {
        FileSecretResolver secrets = FileSecretResolver.of(write("{\n  \"db\": {\"password\": s3cret-pw}\n}"));

        assertThatThrownBy(() -> secrets.resolve("db"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("is not valid JSON (at line 2, column")
                .hasMessageContaining("it must be an object mapping each secret id")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void entriesAndValuesMustBeFlat() throws IOException {
        FileSecretResolver secrets = FileSecretResolver.of(write(
                "{\"list\": [\"s3cret-pw\"], \"nested\": {\"password\": {\"v\": \"s3cret-pw\"}}, \"nul\": {\"password\": null}}"));

        assertThatThrownBy(() -> secrets.resolve("list"))
                .hasMessageContaining("secret 'list' in secret file").hasMessageContaining("must be a JSON object of key/value pairs, but is an array")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> secrets.resolve("nested"))
                .hasMessageContaining("the value of 'password' is an object").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> secrets.resolve("nul")).hasMessageContaining("the value of 'password' is null");
    }

    @Test
    void aMissingFileOrOneThatIsNotAnObjectSaysWhatItMustHold() throws IOException {
        assertThatThrownBy(() -> FileSecretResolver.of(dir.resolve("absent.json")).resolve("db"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("secret file " + dir.resolve("absent.json") + " does not exist: create it");
        assertThatThrownBy(() -> FileSecretResolver.of(write("[1, 2]")).resolve("db"))
                .hasMessageContaining("is not a JSON object: it must be an object mapping each secret id");
    }
}
