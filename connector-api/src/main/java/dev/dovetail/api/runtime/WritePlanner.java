package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;

import java.util.List;
import java.util.Optional;

/**
 * Checks a batch before it reaches a connector's write operation, the same way for every host: the
 * operation, all-or-none and truncate-first are supported, the entity is writable, the columns exist and are not
 * read-only, the id fields are among the columns, and every value has its column's type and
 * nullability. Problems are {@link ErrorCode#INVALID_ARGUMENT}s naming the record and column.
 */
public final class WritePlanner {
    private WritePlanner() {
    }

    /**
     * The request for writing {@code records} to {@code entity}.
     *
     * @param columns the columns each record carries; all writable columns if empty
     * @param idFields the identifying fields; the primary key if empty
     */
    public static WriteRequest prepare(String connector, WriteCapabilities capabilities, EntitySchema entity,
                                       WriteOperationType operation, Optional<List<String>> columns,
                                       Optional<List<String>> idFields, List<Row> records, boolean allOrNone) {
        return prepare(connector, capabilities, entity, operation, columns, idFields, records, allOrNone, false);
    }

    /**
     * The request for writing {@code records} to {@code entity}, emptying it first when {@code truncateFirst}
     * (an overwrite; with no records the request only empties the entity).
     *
     * @param columns the columns each record carries; all writable columns if empty
     * @param idFields the identifying fields; the primary key if empty
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for {@code truncateFirst} when the
     *     connector does not declare {@code truncate}, and for every problem {@link WritePlanner} checks
     */
    public static WriteRequest prepare(String connector, WriteCapabilities capabilities, EntitySchema entity,
                                       WriteOperationType operation, Optional<List<String>> columns,
                                       Optional<List<String>> idFields, List<Row> records, boolean allOrNone,
                                       boolean truncateFirst) {
        if (!capabilities.operations().contains(operation)) {
            throw invalid("connector '" + connector + "' does not " + operation + (capabilities.writes()
                    ? "; it supports " + capabilities.operations() : "; it does not write at all"));
        }
        if (allOrNone && !capabilities.allOrNone()) {
            throw invalid("connector '" + connector + "' cannot write all-or-none; write without it and check each record's result");
        }
        if (truncateFirst && !capabilities.truncate()) {
            throw invalid("connector '" + connector + "' does not support overwrite: it cannot empty entity '"
                    + entity.name() + "' before a write (its @WriteOperation does not declare truncate = true);"
                    + " append instead, or empty the entity another way first");
        }
        if (truncateFirst && operation == WriteOperationType.DELETE) {
            throw invalid("an overwrite empties entity '" + entity.name() + "' first, so its DELETE would find nothing"
                    + " to delete; overwrite with INSERT or UPSERT, or delete without overwriting");
        }
        if (!entity.entity().writable()) {
            throw invalid("entity '" + entity.name() + "' of connector '" + connector + "' is not writable");
        }
        EntitySchema batch = columns.map(entity::project).orElseGet(() -> entity.project(
                entity.fields().stream().filter(field -> !field.readOnly()).map(Field::name).toList()));
        batch.fields().stream().filter(Field::readOnly).findFirst().ifPresent(field -> {
            throw invalid("column '" + field.name() + "' of entity '" + entity.name() + "' is read-only; leave it out of the write");
        });
        List<String> ids = idFields.map(names -> names.stream().map(name -> entity.requireField(name).name()).toList())
                .orElseGet(() -> entity.primaryKey().stream().map(Field::name).toList());
        if (operation != WriteOperationType.INSERT) {
            if (ids.isEmpty()) {
                throw invalid(operation + " on entity '" + entity.name() + "' needs id fields, and the entity has no primary key");
            }
            for (String id : ids) {
                if (batch.indexOf(id).isEmpty()) {
                    throw invalid("id field '" + id + "' is not among the written columns " + batch.fieldNames());
                }
            }
        }
        for (int r = 0; r < records.size(); r++) {
            checkRecord(r, records.get(r), batch, operation);
        }
        return new WriteRequest(entity, batch, operation, ids, records, allOrNone, truncateFirst);
    }

    private static void checkRecord(int index, Row record, EntitySchema batch, WriteOperationType operation) {
        if (record.size() != batch.size()) {
            throw invalid("record " + index + " has " + record.size() + " values but the columns are " + batch.fieldNames());
        }
        for (int c = 0; c < batch.size(); c++) {
            Field field = batch.field(c);
            Object value = record.get(c);
            if (value == null) {
                if (!field.nullable() && operation != WriteOperationType.DELETE) {
                    throw invalid("record " + index + " has NULL in column '" + field.name() + "', which is NOT NULL");
                }
            } else if (!Values.isCanonical(value, field.type())) {
                throw invalid("record " + index + " has " + Values.describe(value) + " in column '" + field.name()
                        + "' of type " + field.type().typeName());
            }
        }
    }

    private static ConnectorException invalid(String message) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
