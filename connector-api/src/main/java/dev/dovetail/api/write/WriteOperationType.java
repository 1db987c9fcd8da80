package dev.dovetail.api.write;

/** The kinds of write, as AppFlow names them. */
public enum WriteOperationType {
    /** Add new records. */
    INSERT,
    /** Change existing records, found by their id fields. */
    UPDATE,
    /** Change records found by their id fields, adding those not found. */
    UPSERT,
    /** Remove records found by their id fields. */
    DELETE
}
