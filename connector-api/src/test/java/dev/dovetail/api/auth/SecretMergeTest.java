package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link SecretMerge}, {@link InMemorySecretResolver} and {@link SecretValues}. */
class SecretMergeTest {
    private final InMemorySecretResolver secrets = new InMemorySecretResolver()
            .put("prod/db", Map.of("username", "app", "password", "p@ss$1\\x", "host", "db.internal"));

    @Test
    void withoutASecretIdTheOptionsAreUnchangedPlaceholdersIncluded() {
        ConnectionOptions options = ConnectionOptions.of("url", "jdbc:pg://${host}/shop", "user", "ada");
        assertThat(SecretMerge.apply(options, secrets)).isSameAs(options);
        assertThat(SecretMerge.apply(options.with("secretId", "  "), secrets).get("url")).hasValue("jdbc:pg://${host}/shop");
    }

    @Test
    void theSecretsKeysAreMergedOverrideAndAreSecret() {
        ConnectionOptions merged = SecretMerge.apply(
                ConnectionOptions.of("secretId", "prod/db", "USERNAME", "overridden", "dbTable", "orders"), secrets);

        assertThat(merged.get("username")).hasValue("app");
        assertThat(merged.get("password")).hasValue("p@ss$1\\x");
        assertThat(merged.get("host")).hasValue("db.internal");
        assertThat(merged.get("dbTable")).hasValue("orders");
        assertThat(merged.isSecret("username")).isTrue();
        assertThat(merged.isSecret("host")).isTrue();
        assertThat(merged.isSecret("dbTable")).isFalse();
        assertThat(merged.toString()).doesNotContain("app").doesNotContain("p@ss").doesNotContain("db.internal")
                .contains("dbTable=orders");
        assertThat(merged.redactor().redact("login app/p@ss$1\\x at db.internal")).isEqualTo("login ****/**** at ****");
    }

    @Test
    void placeholdersAreSubstitutedAndTheOptionBecomesSecret() {
        ConnectionOptions merged = SecretMerge.apply(ConnectionOptions.of(
                "secretId", "prod/db",
                "url", "jdbc:postgresql://${host}:5432/shop?user=${ username }&pwd=${password}",
                "note", "no placeholder"), secrets);

        // Replacement text is literal: '$' and '\' in the secret do not act as regex group references.
        assertThat(merged.get("url")).hasValue("jdbc:postgresql://db.internal:5432/shop?user=app&pwd=p@ss$1\\x");
        assertThat(merged.isSecret("url")).isTrue();
        assertThat(merged.isSecret("note")).isFalse();
        assertThat(merged.toString()).contains("url=****").contains("note=no placeholder");
    }

    @Test
    void anUnknownPlaceholderNamesTheOptionThePlaceholderAndTheKeysButNoValue() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> SecretMerge.apply(
                ConnectionOptions.of("secretId", "prod/db", "url", "jdbc:x://${host}:${port}/shop"), secrets));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).isEqualTo(
                "option 'url' refers to ${port} but secret 'prod/db' has no key 'port' (its keys: [host, password, username])");
        assertThat(failure.getMessage()).doesNotContain("db.internal").doesNotContain("p@ss").doesNotContain("app,");
    }

    @Test
    void anUnknownSecretIsResourceNotFoundWithDidYouMean() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> SecretMerge.apply(ConnectionOptions.of("secretId", "prod/bd"), secrets));

        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).isEqualTo("secret 'prod/bd' does not exist; did you mean 'prod/db'?");
        assertThat(catchThrowableOfType(ConnectorException.class, () -> secrets.resolve("staging")).getMessage())
                .isEqualTo("secret 'staging' does not exist");
    }

    @Test
    void secretValuesLookUpIgnoringCaseAndPrintKeysOnly() {
        SecretValues values = secrets.resolve("prod/db");

        assertThat(values.secretId()).isEqualTo("prod/db");
        assertThat(values.get("PASSWORD")).hasValue("p@ss$1\\x");
        assertThat(values.get("port")).isEmpty();
        assertThat(values.keys()).containsExactly("host", "password", "username");
        assertThat(values.asMap().get("Host")).isEqualTo("db.internal");
        assertThat(values.toString()).isEqualTo("SecretValues{secretId=prod/db, keys=[host, password, username]}");
        assertThat(values.asOptions().isSecret("host")).isTrue();
        assertThat(values.redactor().redact("db.internal")).isEqualTo("****");
        assertThat(secrets.toString()).isEqualTo("InMemorySecretResolver[prod/db]");
    }

    @Test
    void secretsCanBeReplacedWhileInUse() {
        secrets.put("prod/db", Map.of("password", "rotated"));
        assertThat(SecretMerge.apply(ConnectionOptions.of("secretId", "prod/db"), secrets).get("password"))
                .hasValue("rotated");
    }
}
