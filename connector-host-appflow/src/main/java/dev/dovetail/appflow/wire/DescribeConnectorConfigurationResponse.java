package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * The connector's configuration, as AppFlow registers it.
 *
 * @param isSuccess whether the configuration could be described
 * @param errorDetails why not
 * @param connectorOwner who publishes the connector (the SDK requires the three; empty in a failure)
 * @param connectorName its name
 * @param connectorVersion its version
 * @param connectorModes source, destination or both
 * @param authenticationConfig the authentication it accepts
 * @param connectorRuntimeSetting the runtime settings it takes, per scope
 * @param supportedApiVersions the API versions a profile may choose
 * @param operatorsSupported the operators flows may use
 * @param supportedTriggerTypes how flows may be started
 * @param triggerFrequenciesSupported how often scheduled flows may run
 * @param supportedWriteOperations the writes it accepts as a destination
 * @param logoURL where its logo is
 */
public record DescribeConnectorConfigurationResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        String connectorOwner,
        String connectorName,
        String connectorVersion,
        List<ConnectorModes> connectorModes,
        Optional<AuthenticationConfig> authenticationConfig,
        List<ConnectorRuntimeSetting> connectorRuntimeSetting,
        List<String> supportedApiVersions,
        List<ConnectorOperator> operatorsSupported,
        List<TriggerType> supportedTriggerTypes,
        List<TriggerFrequency> triggerFrequenciesSupported,
        List<WriteOperationType> supportedWriteOperations,
        @JsonProperty("logoURL") Optional<String> logoURL) implements ConnectorResponse {

    private static final String NAME = "DescribeConnectorConfigurationResponse";

    public DescribeConnectorConfigurationResponse {
        errorDetails = Wire.optional(errorDetails);
        connectorOwner = connectorOwner == null ? "" : connectorOwner;
        connectorName = connectorName == null ? "" : connectorName;
        connectorVersion = connectorVersion == null ? "" : connectorVersion;
        connectorModes = Wire.list(Optional.ofNullable(connectorModes), NAME, "connectorModes").orElse(List.of());
        authenticationConfig = Wire.optional(authenticationConfig);
        connectorRuntimeSetting = Wire.list(Optional.ofNullable(connectorRuntimeSetting), NAME, "connectorRuntimeSetting")
                .orElse(List.of());
        supportedApiVersions = Wire.list(Optional.ofNullable(supportedApiVersions), NAME, "supportedApiVersions")
                .orElse(List.of());
        operatorsSupported = Wire.list(Optional.ofNullable(operatorsSupported), NAME, "operatorsSupported").orElse(List.of());
        supportedTriggerTypes = Wire.list(Optional.ofNullable(supportedTriggerTypes), NAME, "supportedTriggerTypes")
                .orElse(List.of());
        triggerFrequenciesSupported = Wire.list(Optional.ofNullable(triggerFrequenciesSupported), NAME,
                "triggerFrequenciesSupported").orElse(List.of());
        supportedWriteOperations = Wire.list(Optional.ofNullable(supportedWriteOperations), NAME, "supportedWriteOperations")
                .orElse(List.of());
        logoURL = Wire.optional(logoURL);
    }

    /** The request failed. */
    public static DescribeConnectorConfigurationResponse failure(ErrorDetails error) {
        return new DescribeConnectorConfigurationResponse(false, Optional.of(error), "", "", "", List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty());
    }
}
