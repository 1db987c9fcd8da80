package dev.dovetail.appflow.wire;

/** The value type of a runtime setting, as AppFlow's console offers it. */
public enum ConnectorRuntimeSettingDataType {
    String, Date, DateTime, Long, Integer, Boolean
}
