package dev.dovetail.api.write;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A batch of records for a {@code @WriteOperation}.
 *
 * @param entity the target entity's schema
 * @param columns the columns each record carries, in order (a subset of the entity's)
 * @param operation the kind of write; one the connector declared
 * @param idFields the fields that identify a record for UPDATE, UPSERT and DELETE; for INSERT possibly empty
 * @param records the records, each positioned like {@code columns}
 * @param allOrNone whether the batch must be written entirely or not at all; only asked of connectors
 *     that declared support for it
 * @param truncateFirst whether the entity is emptied before the records are written (inside the batch's
 *     transaction when it is all-or-none); only asked of connectors that declared {@code truncate}. With no
 *     records the request only empties the entity
 */
public record WriteRequest(
        EntitySchema entity,
        EntitySchema columns,
        WriteOperationType operation,
        List<String> idFields,
        List<Row> records,
        boolean allOrNone,
        boolean truncateFirst) {

    public WriteRequest {
        requireNonNull(entity, "entity is null");
        requireNonNull(columns, "columns is null");
        requireNonNull(operation, "operation is null");
        idFields = List.copyOf(idFields);
        records = List.copyOf(records);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("record " + i + " has " + records.get(i).size()
                        + " values but the batch has " + columns.size() + " columns " + columns.fieldNames());
            }
        }
        if (operation != WriteOperationType.INSERT && idFields.isEmpty()) {
            throw new IllegalArgumentException(operation + " needs id fields to find the records it changes");
        }
    }

    /** A request that leaves the entity's other rows alone ({@code truncateFirst} false). */
    public WriteRequest(EntitySchema entity, EntitySchema columns, WriteOperationType operation, List<String> idFields,
                        List<Row> records, boolean allOrNone) {
        this(entity, columns, operation, idFields, records, allOrNone, false);
    }
}
