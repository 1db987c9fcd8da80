package dev.dovetail.appflow.wire;

/** The kinds of write AppFlow asks for. */
public enum WriteOperationType {
    INSERT, UPDATE, UPSERT, DELETE
}
