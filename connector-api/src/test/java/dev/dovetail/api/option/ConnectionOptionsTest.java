package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConnectionOptionsTest {

    @Test
    void keysIgnoreCase() {
        ConnectionOptions options = ConnectionOptions.of("dbTable", "orders", "URL", "jdbc:h2:mem:");

        assertThat(options.get("dbtable")).hasValue("orders");
        assertThat(options.get("DBTABLE")).hasValue("orders");
        assertThat(options.get("url")).hasValue("jdbc:h2:mem:");
        assertThat(options.contains("Url")).isTrue();
        assertThat(options.contains("user")).isFalse();
        assertThat(options.get("user")).isEmpty();
        assertThat(options.keys()).containsExactly("dbTable", "URL");
        assertThat(options.asMap().get("dbtable")).isEqualTo("orders");
        assertThat(options.isEmpty()).isFalse();
        assertThat(ConnectionOptions.empty().isEmpty()).isTrue();
    }

    @Test
    void theSameKeyTwiceWithDifferentCaseAndValueIsAnError() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("dbTable", "orders");
        given.put("dbtable", "customers");

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> ConnectionOptions.of(given));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage())
                .contains("'dbTable'")
                .contains("'dbtable'")
                .contains("ignore case")
                .doesNotContain("orders")
                .doesNotContain("customers");
    }

    @Test
    void theSameKeyTwiceWithDifferentCaseButTheSameValueIsOne() {
        ConnectionOptions options = ConnectionOptions.of("dbTable", "orders", "DBTABLE", "orders");
        assertThat(options.keys()).hasSize(1);
        assertThat(options.get("dbtable")).hasValue("orders");
    }

    @Test
    void secretValuesOfDuplicateKeysStayOutOfTheMessage() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> ConnectionOptions.of("password", "hunter2", "PASSWORD", "hunter3"));
        assertThat(failure.getMessage()).doesNotContain("hunter");
    }

    @Test
    void nullValuesAndOddArgumentCountsAreRejectedWithoutShowingValues() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("user", null);
        assertThatThrownBy(() -> ConnectionOptions.of(withNull))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'user' has no value; give a value or leave the option out");

        assertThatThrownBy(() -> ConnectionOptions.of("url", "x", "user", "password", "hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alternate")
                .hasMessageContaining("5")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void requireAndNonBlank() {
        ConnectionOptions options = ConnectionOptions.of("a", "  x ", "blank", "   ");
        assertThat(options.require("A")).isEqualTo("  x ");
        assertThat(options.getNonBlank("a")).hasValue("x");
        assertThat(options.getNonBlank("blank")).isEmpty();
        assertThat(options.getNonBlank("absent")).isEmpty();
        assertThatThrownBy(() -> options.require("dbTable"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'dbTable' is required but was not given");
    }

    @Test
    void typedGettersParseTrimmedValues() {
        ConnectionOptions options = ConnectionOptions.of(
                "fetchsize", " 500 ", "big", "9000000000", "ratio", "0.25", "on", "TRUE", "off", "false",
                "unit", "seconds", "timeout", "PT5M", "seconds", "30", "lower", "pt1h30m", "tables", " a, b ,,c ,");

        assertThat(options.getInt("fetchsize")).hasValue(500);
        assertThat(options.getLong("big")).hasValue(9_000_000_000L);
        assertThat(options.getDouble("ratio")).hasValue(0.25);
        assertThat(options.getBoolean("on")).hasValue(true);
        assertThat(options.getBoolean("off")).hasValue(false);
        assertThat(options.getEnum("unit", TimeUnit.class)).hasValue(TimeUnit.SECONDS);
        assertThat(options.getDuration("timeout")).hasValue(Duration.ofMinutes(5));
        assertThat(options.getDuration("seconds")).hasValue(Duration.ofSeconds(30));
        assertThat(options.getDuration("lower")).hasValue(Duration.ofMinutes(90));
        assertThat(options.getList("tables")).containsExactly("a", "b", "c");

        assertThat(options.getInt("absent")).isEmpty();
        assertThat(options.getLong("absent")).isEmpty();
        assertThat(options.getDouble("absent")).isEmpty();
        assertThat(options.getBoolean("absent")).isEmpty();
        assertThat(options.getEnum("absent", TimeUnit.class)).isEmpty();
        assertThat(options.getDuration("absent")).isEmpty();
        assertThat(options.getList("absent")).isEmpty();
    }

    @Test
    void typedGettersNameTheOptionAndTheExpectationWhenAValueDoesNotParse() {
        ConnectionOptions options = ConnectionOptions.of(
                "fetchsize", "lots", "big", "99999999999999999999", "ratio", "half", "on", "yes", "unit", "fortnights",
                "timeout", "5 minutes");

        assertThat(messageOf(() -> options.getInt("FETCHSIZE")))
                .isEqualTo("option 'FETCHSIZE' must be an integer but was 'lots'");
        assertThat(messageOf(() -> options.getInt("big"))).isEqualTo("option 'big' must be an integer but was '99999999999999999999'");
        assertThat(messageOf(() -> options.getLong("big")))
                .isEqualTo("option 'big' must be an integer but was '99999999999999999999'");
        assertThat(messageOf(() -> options.getDouble("ratio"))).isEqualTo("option 'ratio' must be a number but was 'half'");
        assertThat(messageOf(() -> options.getBoolean("on"))).isEqualTo("option 'on' must be true or false but was 'yes'");
        assertThat(messageOf(() -> options.getEnum("unit", TimeUnit.class)))
                .startsWith("option 'unit' must be one of [NANOSECONDS, MICROSECONDS, ")
                .endsWith("but was 'fortnights'");
        assertThat(messageOf(() -> options.getDuration("timeout")))
                .isEqualTo("option 'timeout' must be a duration such as PT5M or a number of seconds but was '5 minutes'");
    }

    private static String messageOf(Runnable call) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, call::run);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        return failure.getMessage();
    }

    @Test
    void secretsByNameNeverAppearInToStringOrParseErrors() {
        ConnectionOptions options = ConnectionOptions.of(
                "user", "ada", "password", "hunter2", "apiKey", "k-123", "api_key", "k-456", "clientSecret", "s-789",
                "accessToken", "t-000", "sessionKey", "sk-1", "privateKey", "pk-1", "dbTable", "orders");

        String text = options.toString();
        assertThat(text).contains("user=ada", "dbTable=orders", "password=****", "apiKey=****", "clientSecret=****",
                "accessToken=****");
        assertThat(text).doesNotContain("hunter2", "k-123", "k-456", "s-789", "t-000", "sk-1", "pk-1");
        for (String key : List.of("password", "PASSWORD", "apiKey", "api_key", "clientSecret", "accessToken", "sessionKey",
                "privateKey", "myCredentials", "pwd", "passwd")) {
            assertThat(options.isSecret(key)).as(key).isTrue();
        }
        assertThat(options.isSecret("user")).isFalse();
        // A secret's id only names it.
        assertThat(options.isSecret("secretId")).isFalse();
        assertThat(options.isSecret("SECRET_ARN")).isFalse();
        assertThat(options.isSecret("clientSecretId2")).isTrue();
        assertThat(ConnectionOptions.of("secretId", "prod/db").toString()).isEqualTo("{secretId=prod/db}");
        assertThat(ConnectionOptions.of("secretId", "prod/db").markSecret(List.of("secretId")).toString())
                .isEqualTo("{secretId=****}");
        assertThat(options.isSecret("dbTable")).isFalse();
        assertThat(options.describeValue("password")).isEqualTo("(secret, not shown)");
        assertThat(options.describeValue("user")).isEqualTo("'ada'");
        assertThat(options.describeValue("absent")).isEqualTo("(absent)");

        assertThat(messageOf(() -> options.getInt("password")))
                .isEqualTo("option 'password' must be an integer but was (secret, not shown)");
    }

    @Test
    void markedSecretsNeverAppearEither() {
        ConnectionOptions options = ConnectionOptions.of("pin", "0000", "region", "eu").markSecret(List.of("PIN"));

        assertThat(options.isSecret("pin")).isTrue();
        assertThat(options.toString()).isEqualTo("{pin=****, region=eu}");
        assertThat(messageOf(() -> options.getBoolean("pin"))).doesNotContain("0000").contains("(secret, not shown)");
        assertThat(options.redactor().redact("pin is 0000")).isEqualTo("pin is ****");
        // Marking applies to keys present or not.
        assertThat(ConnectionOptions.empty().markSecret(List.of("pin")).with("pin", "1234").toString())
                .isEqualTo("{pin=****}");
        assertThat(ConnectionOptions.empty().withSecret("pin", "1234").toString()).isEqualTo("{pin=****}");
    }

    @Test
    void passwordParametersInsideOtherValuesAreMasked() {
        ConnectionOptions options = ConnectionOptions.of(
                "url", "jdbc:postgresql://db:5432/shop?user=ada&password=hunter2&ssl=true",
                "other", "Server=x;Pwd=s3cr3t;Database=y");

        assertThat(options.toString())
                .contains("url=jdbc:postgresql://db:5432/shop?user=ada&password=****&ssl=true")
                .contains("Pwd=****")
                .doesNotContain("hunter2")
                .doesNotContain("s3cr3t");
        assertThat(options.describeValue("url")).doesNotContain("hunter2").contains("password=****");
        // The value itself is handed on intact.
        assertThat(options.get("url")).hasValue("jdbc:postgresql://db:5432/shop?user=ada&password=hunter2&ssl=true");
        assertThat(messageOf(() -> options.getInt("url"))).doesNotContain("hunter2");
    }

    @Test
    void withWithoutAndWithAllAreCopies() {
        ConnectionOptions base = ConnectionOptions.of("dbTable", "orders", "user", "ada");

        ConnectionOptions changed = base.with("DBTABLE", "customers");
        assertThat(changed.get("dbTable")).hasValue("customers");
        assertThat(changed.keys()).containsExactly("DBTABLE", "user");
        assertThat(base.get("dbTable")).hasValue("orders");

        ConnectionOptions fewer = base.without(List.of("USER"));
        assertThat(fewer.keys()).containsExactly("dbTable");
        assertThat(base.keys()).hasSize(2);

        ConnectionOptions other = ConnectionOptions.of("User", "bob", "url", "x").markSecret(List.of("url"));
        ConnectionOptions merged = base.withAll(other);
        assertThat(merged.get("user")).hasValue("bob");
        assertThat(merged.get("dbtable")).hasValue("orders");
        assertThat(merged.isSecret("url")).isTrue();
        assertThat(merged.keys()).containsExactlyInAnyOrder("dbTable", "User", "url");

        // Where both have a key, the other's secrecy wins too.
        ConnectionOptions secretRegion = ConnectionOptions.of("region", "eu").markSecret(List.of("region"));
        assertThat(secretRegion.withAll(ConnectionOptions.of("region", "us")).isSecret("region")).isFalse();
        assertThat(ConnectionOptions.of("region", "eu").withAll(secretRegion).isSecret("region")).isTrue();
        // A secret that is not overridden stays secret.
        assertThat(secretRegion.withAll(ConnectionOptions.of("x", "1")).isSecret("region")).isTrue();

        assertThatThrownBy(() -> base.with("k", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityIgnoresKeyCase() {
        ConnectionOptions a = ConnectionOptions.of("dbTable", "orders", "user", "ada");
        ConnectionOptions b = ConnectionOptions.of("DBTABLE", "orders", "USER", "ada");

        assertThat(a).isEqualTo(b);
        assertThat(a).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ConnectionOptions.of("dbTable", "ORDERS", "user", "ada"));
        assertThat(a).isNotEqualTo(a.with("x", "1"));
        assertThat(a.markSecret(List.of("user"))).isNotEqualTo(a);
        assertThat(a.markSecret(List.of("user"))).isEqualTo(b.markSecret(List.of("USER")));
        assertThat(ConnectionOptions.of(Map.of())).isEqualTo(ConnectionOptions.empty());
    }

    @Test
    void theMapViewIsUnmodifiable() {
        ConnectionOptions options = ConnectionOptions.of("a", "1");
        assertThatThrownBy(() -> options.asMap().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> options.keys().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void standardOptionNamesMatchIgnoringCase() {
        assertThat(StandardOptions.isRuntimeKey("DBTABLE")).isTrue();
        assertThat(StandardOptions.isRuntimeKey("hashPartitions")).isTrue();
        assertThat(StandardOptions.isRuntimeKey("jobbookmarkkeys")).isTrue();
        assertThat(StandardOptions.isRuntimeKey("password")).isFalse();
        assertThat(StandardOptions.runtimeKeys()).contains("secretId", "partitionColumn", "transformationContext");
        assertThatThrownBy(() -> StandardOptions.runtimeKeys().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
