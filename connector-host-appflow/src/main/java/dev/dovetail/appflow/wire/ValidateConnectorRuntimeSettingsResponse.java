package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the settings are valid; if not, what is wrong with each bad one.
 *
 * @param isSuccess whether every setting is valid
 * @param errorsByInputField per bad setting, what is wrong with it and how to fix it
 * @param errorDetails why the request itself failed
 */
public record ValidateConnectorRuntimeSettingsResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Map<String, String> errorsByInputField,
        Optional<ErrorDetails> errorDetails) implements ConnectorResponse {

    public ValidateConnectorRuntimeSettingsResponse {
        errorsByInputField = Wire.pairs(errorsByInputField, "ValidateConnectorRuntimeSettingsResponse", "errorsByInputField");
        errorDetails = Wire.optional(errorDetails);
    }

    /** The request failed as a whole. */
    public static ValidateConnectorRuntimeSettingsResponse failure(ErrorDetails error) {
        return new ValidateConnectorRuntimeSettingsResponse(false, Map.of(), Optional.of(error));
    }
}
