package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;

/**
 * Asks for the records of an entity whose id field has one of the given values.
 *
 * @param entityIdentifier the entity (required)
 * @param selectedFieldNames the fields each record carries; all if absent or empty
 * @param idFieldName the field the ids are values of; the entity's primary key if absent
 * @param ids the ids to retrieve (the handler requires at least one)
 * @param connectorContext the profile's and the flow's settings and credentials (required)
 */
public record RetrieveDataRequest(
        String entityIdentifier,
        Optional<List<String>> selectedFieldNames,
        Optional<String> idFieldName,
        Optional<List<String>> ids,
        ConnectorContext connectorContext) implements ConnectorRequest {

    public RetrieveDataRequest {
        Wire.requiredText(entityIdentifier, "RetrieveDataRequest", "entityIdentifier");
        selectedFieldNames = Wire.list(selectedFieldNames, "RetrieveDataRequest", "selectedFieldNames");
        idFieldName = Wire.optional(idFieldName);
        ids = Wire.list(ids, "RetrieveDataRequest", "ids");
        Wire.required(connectorContext, "RetrieveDataRequest", "connectorContext");
    }
}
