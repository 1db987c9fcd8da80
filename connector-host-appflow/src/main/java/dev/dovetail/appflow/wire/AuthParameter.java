package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of a custom authentication scheme.
 *
 * @param key the key it is stored under in the profile's secret (required)
 * @param required whether it must be given
 * @param label a short human-readable name (required)
 * @param description what to give (required by the SDK)
 * @param sensitiveField whether the console masks it
 * @param connectorSuppliedValues the values to choose from, if restricted
 */
public record AuthParameter(
        String key,
        boolean required,
        String label,
        String description,
        Optional<Boolean> sensitiveField,
        Optional<List<String>> connectorSuppliedValues) {

    public AuthParameter {
        Wire.requiredText(key, "authParameter", "key");
        Wire.required(label, "authParameter '" + key + "'", "label");
        Wire.required(description, "authParameter '" + key + "'", "description");
        sensitiveField = Wire.optional(sensitiveField);
        connectorSuppliedValues = Wire.list(connectorSuppliedValues, "authParameter '" + key + "'", "connectorSuppliedValues");
    }
}
