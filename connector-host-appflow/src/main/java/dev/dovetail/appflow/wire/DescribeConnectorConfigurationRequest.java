package dev.dovetail.appflow.wire;

import java.util.Optional;

/**
 * Asks for the connector's configuration: identity, modes, settings, authentication, operators.
 *
 * @param locale the console's locale, e.g. {@code en-US}
 * @param connectorLabel the label the connector was registered under
 */
public record DescribeConnectorConfigurationRequest(Optional<String> locale, Optional<String> connectorLabel)
        implements ConnectorRequest {

    public DescribeConnectorConfigurationRequest {
        locale = Wire.optional(locale);
        connectorLabel = Wire.optional(connectorLabel);
    }
}
