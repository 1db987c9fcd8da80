package dev.dovetail.api.auth;

/**
 * Turns a secret id into the secret's key/value pairs. Implementations: {@link InMemorySecretResolver}
 * (tests and the harness), a local JSON file (development, provided by the hosts) and AWS Secrets
 * Manager ({@code connector-aws}).
 *
 * <p>Called once per connection, from any thread; implementations are thread-safe. A secret that does
 * not exist is a {@link dev.dovetail.api.ConnectorException} with
 * {@link dev.dovetail.api.ErrorCode#RESOURCE_NOT_FOUND}; one the caller may not read,
 * {@link dev.dovetail.api.ErrorCode#ACCESS_DENIED}. Neither message contains a secret value.
 */
@FunctionalInterface
public interface SecretResolver {
    /** The pairs of the secret {@code secretId}. */
    SecretValues resolve(String secretId);
}
