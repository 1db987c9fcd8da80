package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;

/**
 * Asks to write a batch of records to an entity.
 *
 * @param entityIdentifier the entity (required)
 * @param operation INSERT, UPDATE, UPSERT or DELETE (the handler requires it)
 * @param idFieldNames the fields that identify a record; the entity's primary key if absent
 * @param records the records, each a JSON object as a string
 * @param allOrNone whether the batch must be written atomically
 * @param connectorContext the profile's and the flow's settings and credentials (required)
 */
public record WriteDataRequest(
        String entityIdentifier,
        Optional<WriteOperationType> operation,
        Optional<List<String>> idFieldNames,
        Optional<List<String>> records,
        Optional<Boolean> allOrNone,
        ConnectorContext connectorContext) implements ConnectorRequest {

    public WriteDataRequest {
        Wire.requiredText(entityIdentifier, "WriteDataRequest", "entityIdentifier");
        operation = Wire.optional(operation);
        idFieldNames = Wire.list(idFieldNames, "WriteDataRequest", "idFieldNames");
        records = Wire.list(records, "WriteDataRequest", "records");
        allOrNone = Wire.optional(allOrNone);
        Wire.required(connectorContext, "WriteDataRequest", "connectorContext");
    }
}
