package dev.dovetail.appflow.wire;

/** Whether a connector serves as a flow's source, its destination, or both. */
public enum ConnectorModes {
    SOURCE, DESTINATION
}
