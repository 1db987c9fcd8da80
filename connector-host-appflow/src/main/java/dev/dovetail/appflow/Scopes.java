package dev.dovetail.appflow;

import dev.dovetail.api.option.SettingScope;
import dev.dovetail.appflow.wire.ConnectorRuntimeSettingScope;

/** The runtime's setting scopes as AppFlow's, and which settings a validation of one scope concerns. */
final class Scopes {
    private Scopes() {
    }

    /** AppFlow's scope for {@code scope}: CONNECTION is the connector profile's. */
    static ConnectorRuntimeSettingScope wire(SettingScope scope) {
        return switch (scope) {
            case CONNECTION -> ConnectorRuntimeSettingScope.CONNECTOR_PROFILE;
            case SOURCE -> ConnectorRuntimeSettingScope.SOURCE;
            case DESTINATION -> ConnectorRuntimeSettingScope.DESTINATION;
            case SOURCE_AND_DESTINATION -> ConnectorRuntimeSettingScope.SOURCE_AND_DESTINATION;
        };
    }

    /**
     * Whether a setting of {@code scope} is given with settings of {@code requested}: a profile's settings are
     * its own; a source flow's include the settings for sources and for both; likewise for destinations.
     */
    static boolean concerns(ConnectorRuntimeSettingScope requested, SettingScope scope) {
        return switch (requested) {
            case CONNECTOR_PROFILE -> scope == SettingScope.CONNECTION;
            case SOURCE -> scope == SettingScope.SOURCE || scope == SettingScope.SOURCE_AND_DESTINATION;
            case DESTINATION -> scope == SettingScope.DESTINATION || scope == SettingScope.SOURCE_AND_DESTINATION;
            case SOURCE_AND_DESTINATION -> scope != SettingScope.CONNECTION;
        };
    }
}
