package dev.dovetail.api.auth;

import java.util.Map;

/**
 * Secrets held in memory, for tests and the harness. Thread-safe; secrets may be added while in use.
 */
public final class InMemorySecretResolver implements SecretResolver {
    private final InMemoryStore secrets = new InMemoryStore("secret");

    /** A resolver with no secrets. */
    public InMemorySecretResolver() {
    }

    /** Stores (or replaces) the secret {@code secretId}; returns this resolver. */
    public InMemorySecretResolver put(String secretId, Map<String, String> values) {
        secrets.put(secretId, values);
        return this;
    }

    @Override
    public SecretValues resolve(String secretId) {
        return SecretValues.of(secretId, secrets.get(secretId));
    }

    @Override
    public String toString() {
        return "InMemorySecretResolver" + secrets.names();
    }
}
