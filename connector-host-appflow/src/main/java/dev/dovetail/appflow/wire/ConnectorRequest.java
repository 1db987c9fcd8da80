package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One AppFlow invocation: a JSON object whose {@code "type"} names the request. Exactly these eight types
 * exist; an unknown or missing {@code type} fails to parse.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ValidateConnectorRuntimeSettingsRequest.class, name = "ValidateConnectorRuntimeSettingsRequest"),
        @JsonSubTypes.Type(value = ValidateCredentialsRequest.class, name = "ValidateCredentialsRequest"),
        @JsonSubTypes.Type(value = DescribeConnectorConfigurationRequest.class, name = "DescribeConnectorConfigurationRequest"),
        @JsonSubTypes.Type(value = ListEntitiesRequest.class, name = "ListEntitiesRequest"),
        @JsonSubTypes.Type(value = DescribeEntityRequest.class, name = "DescribeEntityRequest"),
        @JsonSubTypes.Type(value = QueryDataRequest.class, name = "QueryDataRequest"),
        @JsonSubTypes.Type(value = RetrieveDataRequest.class, name = "RetrieveDataRequest"),
        @JsonSubTypes.Type(value = WriteDataRequest.class, name = "WriteDataRequest")
})
public sealed interface ConnectorRequest permits ValidateConnectorRuntimeSettingsRequest, ValidateCredentialsRequest,
        DescribeConnectorConfigurationRequest, ListEntitiesRequest, DescribeEntityRequest, QueryDataRequest,
        RetrieveDataRequest, WriteDataRequest {

    /** The names {@code "type"} may have, in protocol order. */
    java.util.List<String> TYPES = java.util.List.of("ValidateConnectorRuntimeSettingsRequest", "ValidateCredentialsRequest",
            "DescribeConnectorConfigurationRequest", "ListEntitiesRequest", "DescribeEntityRequest", "QueryDataRequest",
            "RetrieveDataRequest", "WriteDataRequest");

    /** The request's {@code type}, e.g. {@code QueryDataRequest}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
