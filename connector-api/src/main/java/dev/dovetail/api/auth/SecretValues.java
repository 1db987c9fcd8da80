package dev.dovetail.api.auth;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Redactor;

import java.util.Map;

/**
 * The key/value pairs of one secret, as a {@link SecretResolver} returns them. Immutable; lookups ignore
 * case. {@link #toString()} shows the keys only.
 */
public final class SecretValues extends NamedValues {

    private SecretValues(String secretId, Map<String, String> values) {
        super(secretId, values);
    }

    /** The pairs of the secret called {@code secretId}. */
    public static SecretValues of(String secretId, Map<String, String> values) {
        return new SecretValues(secretId, values);
    }

    /** The id the secret was resolved from. */
    public String secretId() {
        return name();
    }

    /** The pairs as options, every one secret. */
    public ConnectionOptions asOptions() {
        return ConnectionOptions.of(asMap()).markSecret(keys());
    }

    /** A redactor of every value of this secret. */
    public Redactor redactor() {
        return Redactor.of(asMap().values());
    }

    @Override
    public String toString() {
        return "SecretValues{secretId=" + secretId() + ", keys=" + keys() + "}";
    }
}
