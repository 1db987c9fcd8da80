package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Secrets held in memory, for tests and the harness. Thread-safe; secrets may be added while in use.
 */
public final class InMemorySecretResolver implements SecretResolver {
    private final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();

    /** A resolver with no secrets. */
    public InMemorySecretResolver() {
    }

    /** Stores (or replaces) the secret {@code secretId}; returns this resolver. */
    public InMemorySecretResolver put(String secretId, Map<String, String> values) {
        secrets.put(requireNonNull(secretId, "secretId is null"), Map.copyOf(values));
        return this;
    }

    @Override
    public SecretValues resolve(String secretId) {
        Map<String, String> values = secrets.get(secretId);
        if (values == null) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND,
                    "secret '" + secretId + "' does not exist" + Suggestions.didYouMean(secretId, secrets.keySet()));
        }
        return SecretValues.of(secretId, values);
    }

    @Override
    public String toString() {
        return "InMemorySecretResolver" + secrets.keySet();
    }
}
