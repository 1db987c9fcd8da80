package dev.dovetail.appflow.wire;

/** Where a runtime setting is given: once per connector profile, or per flow reading, writing or both. */
public enum ConnectorRuntimeSettingScope {
    CONNECTOR_PROFILE, SOURCE, DESTINATION, SOURCE_AND_DESTINATION
}
