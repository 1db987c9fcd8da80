package dev.dovetail.appflow.wire;

import java.util.Map;
import java.util.Optional;

/**
 * Asks whether the runtime settings of one scope are valid, before a profile or flow is saved.
 *
 * @param scope the scope the settings belong to (required)
 * @param connectorRuntimeSettings the settings of that scope (required)
 * @param authenticationType the profile's authentication type, if known
 */
public record ValidateConnectorRuntimeSettingsRequest(
        ConnectorRuntimeSettingScope scope,
        Map<String, String> connectorRuntimeSettings,
        Optional<AuthenticationType> authenticationType) implements ConnectorRequest {

    private static final String NAME = "ValidateConnectorRuntimeSettingsRequest";

    public ValidateConnectorRuntimeSettingsRequest {
        Wire.required(scope, NAME, "scope");
        connectorRuntimeSettings = Wire.pairs(Wire.required(connectorRuntimeSettings, NAME, "connectorRuntimeSettings"),
                NAME, "connectorRuntimeSettings");
        authenticationType = Wire.optional(authenticationType);
    }
}
