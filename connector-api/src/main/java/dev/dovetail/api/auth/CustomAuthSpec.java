package dev.dovetail.api.auth;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A custom authentication scheme: a name and its parameters.
 *
 * @param type the scheme's name, as AppFlow's {@code customAuthenticationType}
 * @param parameters its parameters, at least one
 */
public record CustomAuthSpec(String type, List<AuthParameterSpec> parameters) {
    public CustomAuthSpec {
        requireNonNull(type, "type is null");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("custom authentication '" + type + "' declares no parameters");
        }
    }
}
