package dev.dovetail.api.auth;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Key/value pairs stored under a name, as a store hands them out: a secret's ({@link SecretValues}) or a
 * connection's ({@link ConnectionProperties}). Immutable; lookups ignore case; subclasses print the keys only.
 */
abstract class NamedValues {
    private final String name;
    private final TreeMap<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    NamedValues(String name, Map<String, String> values) {
        this.name = requireNonNull(name, "name is null");
        this.values.putAll(values);
    }

    /** The name the pairs are stored under. */
    final String name() {
        return name;
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
}
