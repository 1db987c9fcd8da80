package dev.dovetail.appflow.wire;

import java.util.List;

/**
 * A custom authentication scheme: its name and parameters.
 *
 * @param authenticationType the scheme's name (required)
 * @param authParameters its parameters
 */
public record CustomAuthConfig(String authenticationType, List<AuthParameter> authParameters) {
    public CustomAuthConfig {
        Wire.requiredText(authenticationType, "customAuthConfig", "authenticationType");
        authParameters = Wire.list(java.util.Optional.ofNullable(authParameters), "customAuthConfig", "authParameters")
                .orElse(List.of());
    }
}
