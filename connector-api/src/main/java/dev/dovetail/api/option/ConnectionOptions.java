package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.io.Serializable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The key/value options a connector runs with: Glue's connection options, AppFlow's runtime settings,
 * or what a test gives the harness. Immutable.
 *
 * <ul>
 *   <li>Keys ignore case, as Spark's do: {@code dbTable} and {@code dbtable} are one option. Giving both
 *       with different values is an error rather than a silent choice.</li>
 *   <li>Typed getters return an empty optional when the option is absent and throw a
 *       {@link ConnectorException} ({@link ErrorCode#INVALID_ARGUMENT}) naming the option when its value
 *       does not parse.</li>
 *   <li>Secret options (marked so, or named like {@code password}, {@code secret}, {@code token},
 *       {@code apiKey}, but not {@code secretId}, which only names a secret) never appear in
 *       {@link #toString()} or in an error message; secret-named URL parameters inside other values are
 *       masked too.</li>
 * </ul>
 * Validation against a connector's declared settings, reporting every problem at once, is
 * {@link OptionsValidator}'s job.
 */
public final class ConnectionOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|pwd|secret|token|api_?key|credential|private_?key|session_?key).*");
    // A secret's id or ARN only names it: not secret itself, and a message about a missing secret must show it.
    private static final Pattern SECRET_REFERENCE = Pattern.compile("(?i)secret_?(id|arn)");
    private static final ConnectionOptions EMPTY = new ConnectionOptions(caseInsensitiveMap(), caseInsensitiveSet());

    private final TreeMap<String, String> values;
    private final TreeSet<String> secretKeys;

    private ConnectionOptions(TreeMap<String, String> values, TreeSet<String> secretKeys) {
        this.values = values;
        this.secretKeys = secretKeys;
    }

    /** No options. */
    public static ConnectionOptions empty() {
        return EMPTY;
    }

    /**
     * The given options.
     *
     * @throws ConnectorException if a value is null, or two keys differ only in case and carry different values
     */
    public static ConnectionOptions of(Map<String, String> options) {
        TreeMap<String, String> values = caseInsensitiveMap();
        for (Map.Entry<String, String> entry : options.entrySet()) {
            String key = requireNonNull(entry.getKey(), "an option key is null");
            if (entry.getValue() == null) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        "option '" + key + "' has no value; give a value or leave the option out");
            }
            String existing = values.get(key);
            if (existing != null && !existing.equals(entry.getValue())) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "options '" + values.ceilingKey(key) + "' and '" + key
                        + "' are the same option (option names ignore case) but have different values; give it once");
            }
            values.put(key, entry.getValue());
        }
        return new ConnectionOptions(values, caseInsensitiveSet());
    }

    /** Options from alternating keys and values: {@code of("url", "jdbc:h2:mem:", "dbTable", "t")}. */
    public static ConnectionOptions of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            // Neither keys nor values are shown: with one missing, a secret value may sit where a key should.
            throw new IllegalArgumentException("keys and values must alternate; got an odd number of arguments ("
                    + keysAndValues.length + ")");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(map);
    }

    /** Whether the option is present. */
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** Whether there are no options. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The option's value, as given. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The option's value.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} if it is absent
     */
    public String require(String key) {
        return get(key).orElseThrow(() -> new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                "option '" + key + "' is required but was not given"));
    }

    /** The option as a string, trimmed, absent when blank. */
    public Optional<String> getNonBlank(String key) {
        return get(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The option as an {@code int}. */
    public OptionalInt getInt(String key) {
        return parse(key, "an integer", Integer::parseInt).map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    /** The option as a {@code long}. */
    public OptionalLong getLong(String key) {
        return parse(key, "an integer", Long::parseLong).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    /** The option as a {@code double}. */
    public OptionalDouble getDouble(String key) {
        return parse(key, "a number", Double::parseDouble).map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
    }

    /** The option as a boolean: {@code true} or {@code false}, ignoring case; anything else is an error. */
    public Optional<Boolean> getBoolean(String key) {
        return parse(key, "true or false", ConnectionOptions::parseBoolean);
    }

    /** The option as the enum constant of that name, ignoring case. */
    public <E extends Enum<E>> Optional<E> getEnum(String key, Class<E> type) {
        return parse(key, "one of " + Arrays.toString(type.getEnumConstants()), text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(text);
        });
    }

    /** The option as a duration: ISO-8601 ({@code PT5M}) or a whole number of seconds. */
    public Optional<Duration> getDuration(String key) {
        return parse(key, "a duration such as PT5M or a number of seconds", text -> {
            try {
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException e) {
                try {
                    return Duration.parse(text.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException notIso) {
                    throw new IllegalArgumentException(text, notIso);
                }
            }
        });
    }

    /** The option as a comma-separated list, each item trimmed, blanks dropped; empty when absent. */
    public List<String> getList(String key) {
        return get(key).map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(item -> !item.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** The keys, each spelt as first given, sorted ignoring case. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** All options as an unmodifiable map whose lookups ignore case. Secrets included: hand it on, never print it. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether the option's value must be kept out of messages and logs. */
    public boolean isSecret(String key) {
        return secretKeys.contains(key)
                || (SECRET_NAME.matcher(key).matches() && !SECRET_REFERENCE.matcher(key).matches());
    }

    /** These options plus {@code key}; a previous value of {@code key} is replaced. */
    public ConnectionOptions with(String key, String value) {
        TreeMap<String, String> copy = copyValues();
        copy.remove(key);
        copy.put(requireNonNull(key, "key is null"), requireNonNull(value, "value of option " + key + " is null"));
        return new ConnectionOptions(copy, secretKeys);
    }

    /** These options plus the secret {@code key}. */
    public ConnectionOptions withSecret(String key, String value) {
        return with(key, value).markSecret(List.of(key));
    }

    /** These options with {@code other}'s added; where both have a key, {@code other} wins, secrecy included. */
    public ConnectionOptions withAll(ConnectionOptions other) {
        TreeMap<String, String> copy = copyValues();
        TreeSet<String> secrets = copySecretKeys();
        for (Map.Entry<String, String> entry : other.values.entrySet()) {
            copy.remove(entry.getKey());
            copy.put(entry.getKey(), entry.getValue());
            secrets.remove(entry.getKey());
        }
        secrets.addAll(other.secretKeys);
        return new ConnectionOptions(copy, secrets);
    }

    /** These options without the given keys. */
    public ConnectionOptions without(Collection<String> keys) {
        TreeMap<String, String> copy = copyValues();
        keys.forEach(copy::remove);
        return new ConnectionOptions(copy, secretKeys);
    }

    /** These options with {@code keys} marked secret (present or not). */
    public ConnectionOptions markSecret(Collection<String> keys) {
        TreeSet<String> secrets = copySecretKeys();
        secrets.addAll(keys);
        return new ConnectionOptions(values, secrets);
    }

    /** A redactor that masks the values of every secret option. */
    public Redactor redactor() {
        return Redactor.of(values.entrySet().stream()
                .filter(entry -> isSecret(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList());
    }

    /**
     * How to show the option's value in a message: the value itself, redacted of secret-named parameters,
     * or {@code (secret, not shown)} for a secret option.
     */
    public String describeValue(String key) {
        if (isSecret(key)) {
            return "(secret, not shown)";
        }
        return get(key).map(value -> "'" + Redactor.parametersOnly().redact(value) + "'").orElse("(absent)");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionOptions that
                && lowerCased(values).equals(lowerCased(that.values))
                && secretKeys.equals(that.secretKeys);
    }

    @Override
    public int hashCode() {
        return lowerCased(values).hashCode();
    }

    /** The options with secret values masked, e.g. {@code {dbTable=orders, password=****}}. */
    @Override
    public String toString() {
        return values.keySet().stream()
                .map(key -> key + "=" + (isSecret(key) ? Secret.MASK : Redactor.parametersOnly().redact(values.get(key))))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private <T> Optional<T> parse(String key, String expected, Function<String, T> parser) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.get().trim()));
        } catch (RuntimeException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option '" + key + "' must be " + expected + " but was " + describeValue(key));
        }
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(text);
    }

    private TreeMap<String, String> copyValues() {
        TreeMap<String, String> copy = caseInsensitiveMap();
        copy.putAll(values);
        return copy;
    }

    private TreeSet<String> copySecretKeys() {
        TreeSet<String> copy = caseInsensitiveSet();
        copy.addAll(secretKeys);
        return copy;
    }

    private static Map<String, String> lowerCased(Map<String, String> map) {
        return map.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    private static TreeMap<String, String> caseInsensitiveMap() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    private static TreeSet<String> caseInsensitiveSet() {
        return new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    }
}
