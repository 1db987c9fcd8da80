package dev.dovetail.appflow.wire;

/** How a flow is started. */
public enum TriggerType {
    SCHEDULED, ONDEMAND
}
