package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;

/**
 * One runtime setting as AppFlow's console asks for it.
 *
 * @param key the setting's name, the key of {@code connectorRuntimeSettings} (required)
 * @param dataType the value's type (required)
 * @param required whether it must be given
 * @param label a short human-readable name (required)
 * @param description what to give (required by the SDK)
 * @param scope where it is given (required)
 * @param connectorSuppliedValueOptions the values to choose from, if restricted
 */
public record ConnectorRuntimeSetting(
        String key,
        ConnectorRuntimeSettingDataType dataType,
        boolean required,
        String label,
        String description,
        ConnectorRuntimeSettingScope scope,
        Optional<List<String>> connectorSuppliedValueOptions) {

    public ConnectorRuntimeSetting {
        Wire.requiredText(key, "connectorRuntimeSetting", "key");
        Wire.required(dataType, "connectorRuntimeSetting '" + key + "'", "dataType");
        Wire.required(label, "connectorRuntimeSetting '" + key + "'", "label");
        Wire.required(description, "connectorRuntimeSetting '" + key + "'", "description");
        Wire.required(scope, "connectorRuntimeSetting '" + key + "'", "scope");
        connectorSuppliedValueOptions = Wire.list(connectorSuppliedValueOptions, "connectorRuntimeSetting '" + key + "'",
                "connectorSuppliedValueOptions");
    }
}
