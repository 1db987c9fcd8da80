package dev.dovetail.appflow.wire;

import java.util.Optional;

/** What every response carries: whether the request succeeded and, if not, why. */
public sealed interface ConnectorResponse permits ValidateConnectorRuntimeSettingsResponse, ValidateCredentialsResponse,
        DescribeConnectorConfigurationResponse, ListEntitiesResponse, DescribeEntityResponse, QueryDataResponse,
        RetrieveDataResponse, WriteDataResponse, FailureResponse {

    /** Whether the request succeeded. */
    boolean isSuccess();

    /** Why it failed; present exactly when it failed, except for a write's per-record failures. */
    Optional<ErrorDetails> errorDetails();
}
