package dev.dovetail.appflow;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.appflow.wire.ConnectorOperator;
import dev.dovetail.appflow.wire.FieldDataType;
import dev.dovetail.appflow.wire.FieldDefinition;
import dev.dovetail.appflow.wire.ReadOperationProperty;
import dev.dovetail.appflow.wire.WriteOperationProperty;
import dev.dovetail.appflow.wire.WriteOperationType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dovetail.appflow.wire.ConnectorOperator.*;

/**
 * An entity's fields as AppFlow field definitions. Every field is retrievable; fields of ordered and boolean
 * types are queryable with the operators their type supports (the runtime evaluates what the connector does
 * not push, so this does not depend on the connector's pushdown); DATE and TIMESTAMP fields the connector marks
 * incremental are AppFlow's timestamp fields for incremental flows. Write properties are given for writable
 * entities: read-only fields are filled by the external system on create and are written by no operation.
 */
final class FieldDefinitions {
    private static final List<ConnectorOperator> ORDERED = List.of(EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, LESS_THAN_OR_EQUAL_TO,
            GREATER_THAN, GREATER_THAN_OR_EQUAL_TO, BETWEEN);
    private static final List<ConnectorOperator> TEXT = List.of(EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, LESS_THAN_OR_EQUAL_TO,
            GREATER_THAN, GREATER_THAN_OR_EQUAL_TO, BETWEEN, CONTAINS);
    private static final List<ConnectorOperator> EQUALITY = List.of(EQUAL_TO, NOT_EQUAL_TO);

    private FieldDefinitions() {
    }

    static List<FieldDefinition> of(EntitySchema schema, WriteCapabilities writes) {
        return schema.fields().stream().map(field -> of(field, schema.entity().writable(), writes)).toList();
    }

    private static FieldDefinition of(Field field, boolean writable, WriteCapabilities writes) {
        DataType.Kind kind = field.type().kind();
        List<ConnectorOperator> operators = operators(kind);
        boolean incremental = field.incremental() && (kind == DataType.Kind.TIMESTAMP || kind == DataType.Kind.DATE);
        ReadOperationProperty read = new ReadOperationProperty(Optional.of(true), Optional.of(field.nullable()),
                Optional.of(!operators.isEmpty()), Optional.of(incremental));
        Optional<WriteOperationProperty> write = writable ? Optional.of(write(field, writes)) : Optional.empty();
        return new FieldDefinition(field.name(), type(kind), Optional.of(field.type().typeName()), Optional.of(field.name()),
                field.description(), Optional.of(field.primaryKey()), Optional.empty(), Optional.of(false), Optional.empty(),
                Optional.of(read), write, operators.isEmpty() ? Optional.empty() : Optional.of(operators), Map.of());
    }

    private static WriteOperationProperty write(Field field, WriteCapabilities writes) {
        boolean writesIt = !field.readOnly();
        List<WriteOperationType> operations = writesIt ? Arrays.stream(WriteOperationType.values())
                .filter(type -> writes.operations().contains(dev.dovetail.api.write.WriteOperationType.valueOf(type.name())))
                .toList() : List.of();
        return new WriteOperationProperty(Optional.of(writesIt && operations.contains(WriteOperationType.INSERT)),
                Optional.of(writesIt && operations.contains(WriteOperationType.UPDATE)), Optional.of(field.nullable()),
                Optional.of(writesIt && operations.contains(WriteOperationType.UPSERT)), Optional.of(field.readOnly()),
                Optional.of(operations));
    }

    /** The filter operators of a field of {@code kind}. */
    static List<ConnectorOperator> operators(DataType.Kind kind) {
        return switch (kind) {
            case STRING -> TEXT;
            case BOOLEAN -> EQUALITY;
            case BINARY, STRUCT, LIST, MAP -> List.of();
            default -> ORDERED;
        };
    }

    /** AppFlow's type of a field of {@code kind}; BYTE, which AppFlow lacks, is a Short. */
    static FieldDataType type(DataType.Kind kind) {
        return switch (kind) {
            case BOOLEAN -> FieldDataType.Boolean;
            case BYTE, SHORT -> FieldDataType.Short;
            case INT -> FieldDataType.Integer;
            case LONG -> FieldDataType.Long;
            case FLOAT -> FieldDataType.Float;
            case DOUBLE -> FieldDataType.Double;
            case DECIMAL -> FieldDataType.BigDecimal;
            case STRING -> FieldDataType.String;
            case BINARY -> FieldDataType.ByteArray;
            case DATE -> FieldDataType.Date;
            case TIMESTAMP -> FieldDataType.DateTime;
            case STRUCT -> FieldDataType.Struct;
            case LIST -> FieldDataType.List;
            case MAP -> FieldDataType.Map;
        };
    }
}
