package dev.dovetail.api.auth;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Redactor;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key/value pairs of one secret, as a {@link SecretResolver} returns them. Lookups ignore case.
 * {@link #toString()} shows the keys only.
 */
public final class SecretValues {
    private final String secretId;
    private final TreeMap<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private SecretValues(String secretId, Map<String, String> values) {
        this.secretId = secretId;
        this.values.putAll(values);
    }

    /** The pairs of the secret called {@code secretId}. */
    public static SecretValues of(String secretId, Map<String, String> values) {
        return new SecretValues(secretId, values);
    }

    /** The id the secret was resolved from. */
    public String secretId() {
        return secretId;
    }

    /** The value under {@code key}. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The keys, sorted ignoring case. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The pairs as an unmodifiable map whose lookups ignore case. Hand it on; never print it. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The pairs as options, every one secret. */
    public ConnectionOptions asOptions() {
        return ConnectionOptions.of(values).markSecret(values.keySet());
    }

    /** A redactor of every value of this secret. */
    public Redactor redactor() {
        return Redactor.of(values.values());
    }

    @Override
    public String toString() {
        return "SecretValues{secretId=" + secretId + ", keys=" + values.keySet() + "}";
    }
}
