package dev.dovetail.api.option;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One declared setting of a connector, as generated from a {@code @Setting} record component: what
 * AppFlow shows in its console ({@code connectorRuntimeSetting}) and what options are validated against.
 *
 * @param name the option key (matched ignoring case)
 * @param type how the value must parse
 * @param label a short human-readable name
 * @param description what the setting does and what to give
 * @param required whether the option must be given
 * @param defaultValue the value used when the option is absent; never together with {@code required}
 * @param secret whether the value is kept out of messages, logs and {@code toString}
 * @param scope where the setting is given
 * @param allowedValues if not empty, the only values accepted (ignoring case)
 */
public record SettingDefinition(
        String name,
        SettingType type,
        String label,
        Optional<String> description,
        boolean required,
        Optional<String> defaultValue,
        boolean secret,
        SettingScope scope,
        List<String> allowedValues) {

    public SettingDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(scope, "scope is null");
        allowedValues = List.copyOf(allowedValues);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a setting name is blank");
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException("setting '" + name + "' is required and has a default; it can be only one");
        }
        if (defaultValue.isPresent()) {
            Optional<String> problem = problem(name, type, secret, allowedValues, defaultValue.get());
            if (problem.isPresent()) {
                throw new IllegalArgumentException("the default of setting '" + name + "' is invalid: " + problem.get());
            }
        }
    }

    /** A builder for an optional, non-secret connection setting without a default. */
    public static Builder builder(String name, SettingType type) {
        return new Builder(name, type);
    }

    /**
     * What is wrong with {@code value} for this setting, if anything: a sentence naming the setting and
     * saying what is expected. The value itself appears only if the setting is not secret.
     */
    public Optional<String> problemWith(String value) {
        return problem(name, type, secret, allowedValues, value);
    }

    /**
     * As {@link #problemWith(String)}, also keeping the value out of the sentence when {@code hideValue}
     * (the option is secret by its name or was marked secret, though the setting is not declared so).
     */
    public Optional<String> problemWith(String value, boolean hideValue) {
        return problem(name, type, secret || hideValue, allowedValues, value);
    }

    private static Optional<String> problem(
            String name, SettingType type, boolean secret, List<String> allowedValues, String value) {
        String shown = secret ? "(secret, not shown)" : "'" + Redactor.parametersOnly().redact(value) + "'";
        if (!type.accepts(value)) {
            return Optional.of("option '" + name + "' must be " + type.expectation() + " but was " + shown);
        }
        if (!allowedValues.isEmpty() && allowedValues.stream().noneMatch(allowed -> allowed.equalsIgnoreCase(value.trim()))) {
            return Optional.of("option '" + name + "' must be one of " + allowedValues + " but was " + shown);
        }
        return Optional.empty();
    }

    /** Builds a {@link SettingDefinition}. */
    public static final class Builder {
        private final String name;
        private final SettingType type;
        private String label;
        private Optional<String> description = Optional.empty();
        private boolean required;
        private Optional<String> defaultValue = Optional.empty();
        private boolean secret;
        private SettingScope scope = SettingScope.CONNECTION;
        private List<String> allowedValues = List.of();

        private Builder(String name, SettingType type) {
            this.name = name;
            this.type = type;
            this.label = name;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder description(String description) {
            this.description = Optional.of(description);
            return this;
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        public Builder defaultValue(String defaultValue) {
            this.defaultValue = Optional.of(defaultValue);
            return this;
        }

        public Builder secret(boolean secret) {
            this.secret = secret;
            return this;
        }

        public Builder scope(SettingScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder allowedValues(List<String> allowedValues) {
            this.allowedValues = allowedValues;
            return this;
        }

        public SettingDefinition build() {
            return new SettingDefinition(
                    name, type, label, description, required, defaultValue, secret, scope, allowedValues);
        }
    }
}
