package dev.dovetail.api.auth;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One parameter of a custom authentication scheme.
 *
 * @param key the key the value is stored under in the secret (and given as an option)
 * @param label a short human-readable name
 * @param description what to give
 * @param required whether the parameter must be given
 * @param sensitive whether the value is secret (masked in consoles, never logged)
 * @param allowedValues if not empty, the values a user chooses from
 */
public record AuthParameterSpec(
        String key,
        String label,
        Optional<String> description,
        boolean required,
        boolean sensitive,
        List<String> allowedValues) {

    public AuthParameterSpec {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        allowedValues = List.copyOf(allowedValues);
    }
}
