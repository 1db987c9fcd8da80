package dev.dovetail.appflow.wire;

import java.util.Map;

/**
 * Asks whether a profile's credentials work with its settings.
 *
 * @param connectorRuntimeSettings the profile's settings; empty if absent
 * @param credentials where the credentials are (required)
 */
public record ValidateCredentialsRequest(Map<String, String> connectorRuntimeSettings, Credentials credentials)
        implements ConnectorRequest {

    public ValidateCredentialsRequest {
        connectorRuntimeSettings = Wire.pairs(connectorRuntimeSettings, "ValidateCredentialsRequest", "connectorRuntimeSettings");
        Wire.required(credentials, "ValidateCredentialsRequest", "credentials");
    }
}
