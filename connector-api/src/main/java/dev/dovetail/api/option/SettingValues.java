package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Options that passed validation against a connector's declared settings, with defaults applied: what
 * a generated descriptor reads to build the connector's {@code @Settings} record. Each typed getter
 * returns the option's value or the setting's default; the non-optional getters are for settings that
 * are required or have a default, so after validation they always have a value.
 */
public final class SettingValues {
    private final ConnectionOptions options;
    private final Map<String, SettingDefinition> settings;

    private SettingValues(ConnectionOptions options, List<SettingDefinition> settings) {
        this.options = options;
        this.settings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        settings.forEach(setting -> this.settings.put(setting.name(), setting));
    }

    /**
     * Validates {@code options} and returns them with the declared settings' secrecy applied.
     *
     * @param connector the connector's name, for the message
     * @param otherKnownKeys keys accepted besides the settings (see {@link OptionsValidator})
     * @throws InvalidOptionsException listing every problem, if there is any
     */
    public static SettingValues resolve(
            String connector,
            ConnectionOptions options,
            List<SettingDefinition> settings,
            Collection<String> otherKnownKeys) {
        ConnectionOptions marked = options.markSecret(
                settings.stream().filter(SettingDefinition::secret).map(SettingDefinition::name).toList());
        List<OptionProblem> problems = OptionsValidator.validate(marked, settings, otherKnownKeys);
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(connector, problems);
        }
        return new SettingValues(marked, settings);
    }

    /** All options, settings and others, as given (secrets marked). */
    public ConnectionOptions options() {
        return options;
    }

    /** The value of a required or defaulted string setting. */
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    /** The value of an optional string setting. */
    public Optional<String> optionalString(String name) {
        return options.get(name).or(() -> defaultOf(name));
    }

    /** The value of a required or defaulted secret setting. */
    public Secret secret(String name) {
        return optionalSecret(name).orElseThrow(() -> missing(name));
    }

    /** The value of an optional secret setting. */
    public Optional<Secret> optionalSecret(String name) {
        return optionalString(name).map(Secret::of);
    }

    /** The value of a required or defaulted {@code int} setting. */
    public int intValue(String name) {
        OptionalInt value = optionalInt(name);
        if (value.isEmpty()) {
            throw missing(name);
        }
        return value.getAsInt();
    }

    /** The value of an optional {@code int} setting. */
    public OptionalInt optionalInt(String name) {
        return withDefault(name).getInt(name);
    }

    /** The value of a required or defaulted {@code long} setting. */
    public long longValue(String name) {
        OptionalLong value = optionalLong(name);
        if (value.isEmpty()) {
            throw missing(name);
        }
        return value.getAsLong();
    }

    /** The value of an optional {@code long} setting. */
    public OptionalLong optionalLong(String name) {
        return withDefault(name).getLong(name);
    }

    /** The value of a required or defaulted {@code double} setting. */
    public double doubleValue(String name) {
        OptionalDouble value = optionalDouble(name);
        if (value.isEmpty()) {
            throw missing(name);
        }
        return value.getAsDouble();
    }

    /** The value of an optional {@code double} setting. */
    public OptionalDouble optionalDouble(String name) {
        return withDefault(name).getDouble(name);
    }

    /** The value of a required or defaulted boolean setting. */
    public boolean booleanValue(String name) {
        return optionalBoolean(name).orElseThrow(() -> missing(name));
    }

    /** The value of an optional boolean setting. */
    public Optional<Boolean> optionalBoolean(String name) {
        return withDefault(name).getBoolean(name);
    }

    /** The value of a required or defaulted enum setting, matched to a constant ignoring case. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return optionalEnum(name, type).orElseThrow(() -> missing(name));
    }

    /** The value of an optional enum setting, matched to a constant ignoring case. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
        return withDefault(name).getEnum(name, type);
    }

    private ConnectionOptions withDefault(String name) {
        if (options.contains(name)) {
            return options;
        }
        Optional<String> fallback = defaultOf(name);
        return fallback.isPresent() ? options.with(name, fallback.get()) : options;
    }

    private Optional<String> defaultOf(String name) {
        SettingDefinition setting = settings.get(name);
        if (setting == null) {
            throw new IllegalArgumentException("'" + name + "' is not a declared setting; declared: " + settings.keySet());
        }
        return setting.defaultValue();
    }

    private static ConnectorException missing(String name) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '" + name + "' is required but was not given");
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
