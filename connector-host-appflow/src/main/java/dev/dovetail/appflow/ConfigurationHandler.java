package dev.dovetail.appflow;

import dev.dovetail.api.auth.AuthParameterSpec;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.auth.OAuth2Spec;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.appflow.wire.AuthParameter;
import dev.dovetail.appflow.wire.AuthenticationConfig;
import dev.dovetail.appflow.wire.ConnectorModes;
import dev.dovetail.appflow.wire.ConnectorOperator;
import dev.dovetail.appflow.wire.ConnectorRuntimeSetting;
import dev.dovetail.appflow.wire.ConnectorRuntimeSettingDataType;
import dev.dovetail.appflow.wire.CustomAuthConfig;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationRequest;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationResponse;
import dev.dovetail.appflow.wire.OAuth2Defaults;
import dev.dovetail.appflow.wire.OAuth2GrantType;
import dev.dovetail.appflow.wire.TriggerFrequency;
import dev.dovetail.appflow.wire.TriggerType;
import dev.dovetail.appflow.wire.WriteOperationType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code DescribeConnectorConfiguration}: the connector's identity, modes (source always, destination when it
 * writes), runtime settings ({@link FlowSettings}), authentication from its {@code @Credentials}, API version
 * {@value #API_VERSION}, every operator (the runtime evaluates whatever the connector does not push), both
 * trigger types and its write operations. Needs no credentials.
 */
final class ConfigurationHandler {
    /** The one API version a Dovetail connector offers; profiles pass it back as {@code apiVersion}. */
    static final String API_VERSION = "v1";

    private final AppFlowHost host;

    ConfigurationHandler(AppFlowHost host) {
        this.host = host;
    }

    DescribeConnectorConfigurationResponse handle(DescribeConnectorConfigurationRequest request) {
        ConnectorDescriptor descriptor = host.descriptor();
        ConnectorInfo info = descriptor.info();
        List<WriteOperationType> writes = Arrays.stream(WriteOperationType.values())
                .filter(type -> descriptor.writeCapabilities().operations()
                        .contains(dev.dovetail.api.write.WriteOperationType.valueOf(type.name())))
                .toList();
        List<ConnectorModes> modes = writes.isEmpty()
                ? List.of(ConnectorModes.SOURCE) : List.of(ConnectorModes.SOURCE, ConnectorModes.DESTINATION);
        return new DescribeConnectorConfigurationResponse(true, Optional.empty(), info.owner(), info.name(), info.version(),
                modes,
                Optional.of(authentication(descriptor.authentication())),
                FlowSettings.all(descriptor).stream().map(ConfigurationHandler::setting).toList(),
                List.of(API_VERSION), List.of(ConnectorOperator.values()), List.of(TriggerType.values()),
                List.of(TriggerFrequency.values()), writes, Optional.empty());
    }

    private static ConnectorRuntimeSetting setting(SettingDefinition setting) {
        ConnectorRuntimeSettingDataType type = switch (setting.type()) {
            case INT -> ConnectorRuntimeSettingDataType.Integer;
            case LONG -> ConnectorRuntimeSettingDataType.Long;
            case BOOLEAN -> ConnectorRuntimeSettingDataType.Boolean;
            case STRING, DOUBLE -> ConnectorRuntimeSettingDataType.String;
        };
        String description = setting.description()
                .map(text -> setting.defaultValue().map(value -> text + " (default " + value + ")").orElse(text))
                .or(() -> setting.defaultValue().map(value -> "Default " + value))
                .orElse(setting.label()); // the SDK requires a description
        return new ConnectorRuntimeSetting(setting.name(), type, setting.required(), setting.label(), description,
                Scopes.wire(setting.scope()),
                setting.allowedValues().isEmpty() ? Optional.empty() : Optional.of(setting.allowedValues()));
    }

    private static AuthenticationConfig authentication(AuthenticationSpec spec) {
        Optional<OAuth2Defaults> oauth2 = spec.oauth2().map(ConfigurationHandler::oauth2);
        List<CustomAuthConfig> custom = new ArrayList<>();
        for (CustomAuthSpec scheme : spec.custom()) {
            custom.add(new CustomAuthConfig(scheme.type(), scheme.parameters().stream().map(ConfigurationHandler::parameter).toList()));
        }
        return new AuthenticationConfig(spec.accepts(AuthType.BASIC), spec.accepts(AuthType.API_KEY),
                spec.accepts(AuthType.OAUTH2), spec.accepts(AuthType.CUSTOM), oauth2,
                custom.isEmpty() ? Optional.empty() : Optional.of(custom));
    }

    private static OAuth2Defaults oauth2(OAuth2Spec spec) {
        return new OAuth2Defaults(spec.scopes(), spec.tokenUrls(), spec.authUrls(),
                spec.grantTypes().stream().map(grant -> OAuth2GrantType.valueOf(grant.name())).toList());
    }

    private static AuthParameter parameter(AuthParameterSpec parameter) {
        return new AuthParameter(parameter.key(), parameter.required(), parameter.label(),
                parameter.description().orElse(parameter.label()), // the SDK requires a description
                Optional.of(parameter.sensitive()),
                parameter.allowedValues().isEmpty() ? Optional.empty() : Optional.of(parameter.allowedValues()));
    }
}
