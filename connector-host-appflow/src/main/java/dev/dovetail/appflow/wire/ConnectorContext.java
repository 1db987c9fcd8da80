package dev.dovetail.appflow.wire;

import java.util.Map;
import java.util.Optional;

/**
 * What AppFlow passes with every data and metadata request: the profile's and the flow's runtime settings,
 * where the credentials are, and which flow is running.
 *
 * @param connectorRuntimeSettings the runtime settings, profile and flow scopes together; empty if absent
 * @param credentials where the credentials are, if the profile has any
 * @param apiVersion the API version the profile chose (required)
 * @param flowName the flow's name, if a flow is running
 * @param executionId the flow run's id
 * @param connectorProfileLabel the profile's label
 * @param entityDefinition AppFlow's copy of the entity's description, for data requests
 */
public record ConnectorContext(
        Map<String, String> connectorRuntimeSettings,
        Optional<Credentials> credentials,
        String apiVersion,
        Optional<String> flowName,
        Optional<String> executionId,
        Optional<String> connectorProfileLabel,
        Optional<EntityDefinition> entityDefinition) {

    public ConnectorContext {
        connectorRuntimeSettings = Wire.pairs(connectorRuntimeSettings, "connectorContext", "connectorRuntimeSettings");
        credentials = Wire.optional(credentials);
        Wire.requiredText(apiVersion, "connectorContext", "apiVersion");
        flowName = Wire.optional(flowName);
        executionId = Wire.optional(executionId);
        connectorProfileLabel = Wire.optional(connectorProfileLabel);
        entityDefinition = Wire.optional(entityDefinition);
    }
}
