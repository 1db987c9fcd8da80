package dev.dovetail.api.option;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static java.util.Objects.requireNonNull;

/**
 * A secret string (password, key, token) that cannot leak by accident: {@link #toString()} prints
 * {@value #MASK}, so a settings record holding it can be logged safely. Only {@link #reveal()} gives the
 * value, at the one place that hands it to the external system.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What every secret prints as. */
    public static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "secret value is null");
    }

    /** Wraps {@code value}. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret value; pass it on, never log it. */
    public String reveal() {
        return value;
    }

    /** Whether the value is the empty string. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Compares in constant time, so equality checks do not leak the value through timing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // a value-derived hash would leak through hash-based timing; secrets are rarely keys
    }

    @Override
    public String toString() {
        return MASK;
    }
}
