package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Named key/value maps held in memory, behind {@link InMemorySecretResolver} and
 * {@link InMemoryConnectionCatalog}. Thread-safe; entries may be added or replaced while in use.
 */
final class InMemoryStore {
    private final String kind;
    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();

    /** A store of {@code kind}s ({@code "secret"}, {@code "connection"}), the word its messages use. */
    InMemoryStore(String kind) {
        this.kind = kind;
    }

    /** Stores (or replaces) the entry {@code name}, copied. */
    void put(String name, Map<String, String> values) {
        entries.put(requireNonNull(name, kind + " name is null"), Map.copyOf(values));
    }

    /**
     * The entry {@code name}.
     *
     * @throws ConnectorException {@link ErrorCode#RESOURCE_NOT_FOUND} naming it, with the closest stored name
     */
    Map<String, String> get(String name) {
        Map<String, String> values = entries.get(name);
        if (values == null) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND,
                    kind + " '" + name + "' does not exist" + Suggestions.didYouMean(name, entries.keySet()));
        }
        return values;
    }

    /** The stored names. */
    Set<String> names() {
        return entries.keySet();
    }
}
