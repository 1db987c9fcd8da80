package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@link OptionsValidator}, {@link SettingValues}, {@link SettingDefinition} and {@link InvalidOptionsException}. */
class OptionsValidatorTest {
    enum Mode { FAST, SAFE }

    private static final List<SettingDefinition> SETTINGS = List.of(
            SettingDefinition.builder("url", SettingType.STRING).required(true).description("the JDBC URL").build(),
            SettingDefinition.builder("fetchSize", SettingType.INT).defaultValue("1000").build(),
            SettingDefinition.builder("maxRows", SettingType.LONG).build(),
            SettingDefinition.builder("ratio", SettingType.DOUBLE).defaultValue("0.5").build(),
            SettingDefinition.builder("verbose", SettingType.BOOLEAN).defaultValue("false").build(),
            SettingDefinition.builder("mode", SettingType.STRING).allowedValues(List.of("FAST", "SAFE")).defaultValue("safe").build(),
            SettingDefinition.builder("pin", SettingType.INT).secret(true).build(),
            SettingDefinition.builder("apiToken", SettingType.STRING).allowedValues(List.of("a", "b")).build(),
            SettingDefinition.builder("schema", SettingType.STRING).build());
    private static final Set<String> OTHERS = Set.of("dbTable", "user");

    @Test
    void goodOptionsHaveNoProblems() {
        assertThat(OptionsValidator.validate(ConnectionOptions.of("URL", "jdbc:x", "fetchsize", " 50 ", "MODE", "fast",
                "dbtable", "t", "pin", "1234", "verbose", "TRUE"), SETTINGS, OTHERS)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceSettingsFirstThenUnknownKeysSorted() {
        ConnectionOptions options = ConnectionOptions.of(
                "fetchSize", "lots",
                "maxRows", "1.5",
                "ratio", "half",
                "verbose", "yes",
                "mode", "turbo",
                "pin", "12a4",
                "apiToken", "tok-SECRET",
                "fetchSzie", "10",
                "zebra", "1",
                "dbTabel", "orders");

        List<OptionProblem> problems = OptionsValidator.validate(options, SETTINGS, OTHERS);

        assertThat(problems).extracting(OptionProblem::option, OptionProblem::kind).containsExactly(
                tuple("url", OptionProblem.Kind.MISSING),
                tuple("fetchSize", OptionProblem.Kind.INVALID),
                tuple("maxRows", OptionProblem.Kind.INVALID),
                tuple("ratio", OptionProblem.Kind.INVALID),
                tuple("verbose", OptionProblem.Kind.INVALID),
                tuple("mode", OptionProblem.Kind.INVALID),
                tuple("pin", OptionProblem.Kind.INVALID),
                tuple("apiToken", OptionProblem.Kind.INVALID),
                tuple("dbTabel", OptionProblem.Kind.UNKNOWN),
                tuple("fetchSzie", OptionProblem.Kind.UNKNOWN),
                tuple("zebra", OptionProblem.Kind.UNKNOWN));
        assertThat(problems).extracting(OptionProblem::message).containsExactly(
                "option 'url' is required but was not given (the JDBC URL)",
                "option 'fetchSize' must be an integer but was 'lots'",
                "option 'maxRows' must be an integer but was '1.5'",
                "option 'ratio' must be a number but was 'half'",
                "option 'verbose' must be true or false but was 'yes'",
                "option 'mode' must be one of [FAST, SAFE] but was 'turbo'",
                "option 'pin' must be an integer but was (secret, not shown)",
                "option 'apiToken' must be one of [a, b] but was (secret, not shown)",
                "option 'dbTabel' is not known; did you mean 'dbTable'?",
                "option 'fetchSzie' is not known; did you mean 'fetchSize'?",
                "option 'zebra' is not known");
        assertThat(problems.toString()).doesNotContain("12a4").doesNotContain("tok-SECRET");
        assertThat(problems.get(0)).hasToString("option 'url' is required but was not given (the JDBC URL)");
    }

    @Test
    void optionsMarkedSecretKeepTheirValuesOutOfProblems() {
        List<OptionProblem> problems = OptionsValidator.validate(
                ConnectionOptions.of("url", "x", "schema", "s", "fetchSize", "top-secret-value").markSecret(List.of("fetchSize")),
                SETTINGS, OTHERS);
        assertThat(problems).singleElement().extracting(OptionProblem::message)
                .isEqualTo("option 'fetchSize' must be an integer but was (secret, not shown)");
    }

    @Test
    void secretNamedParametersInAShownValueAreMasked() {
        List<OptionProblem> problems = OptionsValidator.validate(
                ConnectionOptions.of("url", "x", "mode", "jdbc:x?password=hunter2"), SETTINGS, OTHERS);
        assertThat(problems).singleElement().extracting(OptionProblem::message).asString()
                .doesNotContain("hunter2")
                .contains("password=****");
    }

    @Test
    void otherKnownKeysAreAcceptedUncheckedIgnoringCase() {
        assertThat(OptionsValidator.validate(ConnectionOptions.of("url", "x", "USER", "anything", "DBTABLE", "t"),
                SETTINGS, OTHERS)).isEmpty();
    }

    @Test
    void resolveThrowsOneExceptionListingEveryProblem() {
        InvalidOptionsException failure = catchThrowableOfType(InvalidOptionsException.class,
                () -> SettingValues.resolve("shop", ConnectionOptions.of("fetchSize", "x", "pin", "99x", "colour", "red"),
                        SETTINGS, OTHERS));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.problems()).hasSize(4);
        assertThat(failure.getMessage()).isEqualTo("4 problems with the options for connector 'shop':"
                + "\n  - option 'url' is required but was not given (the JDBC URL)"
                + "\n  - option 'fetchSize' must be an integer but was 'x'"
                + "\n  - option 'pin' must be an integer but was (secret, not shown)"
                + "\n  - option 'colour' is not known");
        assertThat(failure).isInstanceOf(ConnectorException.class);
    }

    @Test
    void oneProblemIsOneSentence() {
        InvalidOptionsException failure = catchThrowableOfType(InvalidOptionsException.class,
                () -> SettingValues.resolve("shop", ConnectionOptions.empty(), SETTINGS, OTHERS));
        assertThat(failure.getMessage())
                .isEqualTo("invalid options for connector 'shop': option 'url' is required but was not given (the JDBC URL)");
        assertThatThrownBy(() -> new InvalidOptionsException("shop", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedGettersApplyDefaults() {
        SettingValues values = SettingValues.resolve("shop", ConnectionOptions.of("url", "jdbc:x", "dbTable", "t"),
                SETTINGS, OTHERS);

        assertThat(values.string("url")).isEqualTo("jdbc:x");
        assertThat(values.string("URL")).isEqualTo("jdbc:x");
        assertThat(values.intValue("fetchSize")).isEqualTo(1000);
        assertThat(values.optionalInt("fetchSize")).hasValue(1000);
        assertThat(values.optionalLong("maxRows")).isEmpty();
        assertThat(values.doubleValue("ratio")).isEqualTo(0.5);
        assertThat(values.booleanValue("verbose")).isFalse();
        assertThat(values.optionalBoolean("verbose")).hasValue(false);
        assertThat(values.string("mode")).isEqualTo("safe");
        assertThat(values.enumValue("mode", Mode.class)).isEqualTo(Mode.SAFE);
        assertThat(values.optionalEnum("mode", Mode.class)).hasValue(Mode.SAFE);
        assertThat(values.optionalString("schema")).isEmpty();
        assertThat(values.optionalSecret("pin")).isEmpty();
        assertThat(values.options().get("dbTable")).hasValue("t");
    }

    @Test
    void givenValuesWinOverDefaults() {
        SettingValues values = SettingValues.resolve("shop", ConnectionOptions.of("url", "jdbc:x", "fetchSize", "5",
                "maxRows", "9000000000", "ratio", "2", "verbose", "True", "mode", "FAST", "pin", "1234", "schema", "s"),
                SETTINGS, OTHERS);

        assertThat(values.intValue("fetchSize")).isEqualTo(5);
        assertThat(values.longValue("maxRows")).isEqualTo(9_000_000_000L);
        assertThat(values.optionalDouble("ratio")).hasValue(2.0);
        assertThat(values.booleanValue("verbose")).isTrue();
        assertThat(values.enumValue("mode", Mode.class)).isEqualTo(Mode.FAST);
        assertThat(values.secret("pin").reveal()).isEqualTo("1234");
        assertThat(values.secret("pin")).hasToString("****");
        assertThat(values.optionalString("schema")).hasValue("s");
        // Declared secrets are marked on the options handed on.
        assertThat(values.options().isSecret("pin")).isTrue();
        assertThat(values.toString()).doesNotContain("1234").contains("pin=****");
    }

    @Test
    void gettersOfAbsentRequiredValuesAndUndeclaredNamesFail() {
        SettingValues values = SettingValues.resolve("shop", ConnectionOptions.of("url", "x"), SETTINGS, OTHERS);

        assertThatThrownBy(() -> values.longValue("maxRows"))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'maxRows' is required but was not given");
        assertThatThrownBy(() -> values.secret("pin")).isInstanceOf(ConnectorException.class);
        assertThatThrownBy(() -> values.intValue("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope' is not a declared setting");
    }

    @Test
    void enumGettersNameTheConstantsWhenAValueIsNotOne() {
        List<SettingDefinition> settings = List.of(SettingDefinition.builder("unit", SettingType.STRING).build());
        SettingValues values = SettingValues.resolve("c", ConnectionOptions.of("unit", "weeks"), settings, Set.of());
        assertThatThrownBy(() -> values.enumValue("unit", TimeUnit.class))
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("option 'unit' must be one of [NANOSECONDS")
                .hasMessageEndingWith("but was 'weeks'");
        assertThat(SettingValues.resolve("c", ConnectionOptions.of("unit", " minutes "), settings, Set.of())
                .enumValue("unit", TimeUnit.class)).isEqualTo(TimeUnit.MINUTES);
    }

    @Test
    void definitionInvariants() {
        assertThatThrownBy(() -> SettingDefinition.builder("url", SettingType.STRING).required(true).defaultValue("x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting 'url' is required and has a default; it can be only one");
        assertThatThrownBy(() -> SettingDefinition.builder("n", SettingType.INT).defaultValue("ten").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the default of setting 'n' is invalid: option 'n' must be an integer but was 'ten'");
        assertThatThrownBy(() -> SettingDefinition.builder("m", SettingType.STRING).allowedValues(List.of("a")).defaultValue("b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be one of [a]");
        assertThatThrownBy(() -> SettingDefinition.builder("k", SettingType.INT).secret(true).defaultValue("x1").build())
                .hasMessageContaining("(secret, not shown)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("x1"));
        assertThatThrownBy(() -> SettingDefinition.builder(" ", SettingType.STRING).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a setting name is blank");

        SettingDefinition defaults = SettingDefinition.builder("n", SettingType.INT).build();
        assertThat(defaults.label()).isEqualTo("n");
        assertThat(defaults.scope()).isEqualTo(SettingScope.CONNECTION);
        assertThat(defaults.required()).isFalse();
        assertThat(defaults.secret()).isFalse();
        assertThat(defaults.allowedValues()).isEmpty();
        SettingDefinition labelled = SettingDefinition.builder("n", SettingType.INT).label("Number").scope(SettingScope.SOURCE).build();
        assertThat(labelled.label()).isEqualTo("Number");
        assertThat(labelled.scope()).isEqualTo(SettingScope.SOURCE);
    }

    @Test
    void settingTypesAcceptWhatTheyParse() {
        assertThat(SettingType.INT.accepts(" 12 ")).isTrue();
        assertThat(SettingType.INT.accepts("2147483648")).isFalse();
        assertThat(SettingType.LONG.accepts("2147483648")).isTrue();
        assertThat(SettingType.LONG.accepts("1.0")).isFalse();
        assertThat(SettingType.DOUBLE.accepts("1e3")).isTrue();
        assertThat(SettingType.DOUBLE.accepts("one")).isFalse();
        assertThat(SettingType.BOOLEAN.accepts("FALSE")).isTrue();
        assertThat(SettingType.BOOLEAN.accepts("1")).isFalse();
        assertThat(SettingType.STRING.accepts("")).isTrue();
        assertThat(SettingType.BOOLEAN.expectation()).isEqualTo("true or false");
        assertThat(SettingDefinition.builder("m", SettingType.STRING).allowedValues(List.of("FAST")).build()
                .problemWith(" fast ")).isEmpty();
    }
}
