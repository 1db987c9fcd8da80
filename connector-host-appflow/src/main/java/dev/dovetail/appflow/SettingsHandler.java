package dev.dovetail.appflow;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsRequest;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ValidateConnectorRuntimeSettings}: the runtime validates the settings as it validates Glue options
 * (types, allowed values, unknown keys with a "did you mean", the partitioning options' values), and each
 * problem concerning the request's scope is reported under its setting in {@code errorsByInputField}.
 * Required settings of other scopes are not missing here (AppFlow validates each scope on its own), and
 * credentials are not part of the request.
 */
final class SettingsHandler {
    private final AppFlowHost host;

    SettingsHandler(AppFlowHost host) {
        this.host = host;
    }

    ValidateConnectorRuntimeSettingsResponse handle(ValidateConnectorRuntimeSettingsRequest request) {
        ConnectionOptions options = ConnectionOptions.of(request.connectorRuntimeSettings());
        Map<String, String> errors = new LinkedHashMap<>();
        for (OptionProblem problem : host.runtime().validate(options)) {
            if (concerns(request, options, problem)) {
                errors.merge(problem.option(), problem.message(), (first, second) -> first + "; " + second);
            }
        }
        return new ValidateConnectorRuntimeSettingsResponse(errors.isEmpty(), errors, Optional.empty());
    }

    private boolean concerns(ValidateConnectorRuntimeSettingsRequest request, ConnectionOptions options, OptionProblem problem) {
        if (problem.kind() == OptionProblem.Kind.UNKNOWN || options.contains(problem.option())) {
            return true;
        }
        Optional<SettingDefinition> setting = FlowSettings.find(host.descriptor(), problem.option());
        if (setting.isPresent()) {
            return Scopes.concerns(request.scope(), setting.get().scope());
        }
        return problem.kind() != OptionProblem.Kind.MISSING; // credentials are validated by ValidateCredentials
    }
}
