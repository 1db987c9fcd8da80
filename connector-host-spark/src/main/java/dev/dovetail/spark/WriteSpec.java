package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.write.WriteOperationType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static java.util.Objects.requireNonNull;

/**
 * How the tasks of one Spark write turn rows into batches for the connector's {@code @WriteOperation}: the
 * entity (described once, on the driver), the DataFrame's columns matched to the entity's by name (ignoring
 * case) with their types, the operation, the id fields, the batch size and whether each task writes
 * all-or-none. Made and checked on the driver, shipped to every task.
 *
 * <p>A DataFrame column of the field's own type is written as it is; a narrower integer (int into a LONG
 * column, ...) and float into DOUBLE are widened; a decimal of no larger scale goes into a DECIMAL. Any
 * other pairing is refused before a task starts, naming the column, both types and the cast to write.
 */
final class WriteSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EntitySchema entity;
    private final List<String> columns;
    private final DataType[] sourceTypes;
    private final WriteOperationType operation;
    private final List<String> idFields; // empty: the entity's primary key
    private final int batchSize;
    private final boolean allOrNone;

    private WriteSpec(EntitySchema entity, List<String> columns, DataType[] sourceTypes, WriteOperationType operation,
                      List<String> idFields, int batchSize, boolean allOrNone) {
        this.entity = requireNonNull(entity, "entity is null");
        this.columns = List.copyOf(columns);
        this.sourceTypes = sourceTypes.clone();
        this.operation = requireNonNull(operation, "operation is null");
        this.idFields = List.copyOf(idFields);
        this.batchSize = batchSize;
        this.allOrNone = allOrNone;
    }

    /**
     * The spec of writing a DataFrame of {@code schema} into {@code entity}.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming a column the entity lacks or whose
     *     type does not fit
     */
    static WriteSpec of(EntitySchema entity, StructType schema, WriteOperationType operation,
                        Optional<List<String>> idFields, int batchSize, boolean allOrNone) {
        List<String> columns = new ArrayList<>();
        DataType[] types = new DataType[schema.fields().length];
        for (int i = 0; i < types.length; i++) {
            StructField column = schema.fields()[i];
            Field field = entity.requireField(column.name());
            DataType source = SparkTypes.fromSpark(column.dataType(), column.name());
            if (!fits(source, field.type())) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + column.name() + "' is "
                        + column.dataType().simpleString() + " in the DataFrame, but column '" + field.name() + "' of entity '"
                        + entity.name() + "' is " + field.type().typeName() + "; cast it first, e.g. col(\"" + column.name()
                        + "\").cast(\"" + SparkTypes.toSpark(field.type()).simpleString() + "\")");
            }
            columns.add(field.name());
            types[i] = source;
        }
        return new WriteSpec(entity, columns, types, operation, idFields.orElse(List.of()), batchSize, allOrNone);
    }

    private static boolean fits(DataType source, DataType target) {
        if (source.equals(target) || source.typeName().equals(target.typeName())) {
            return true;
        }
        if (source.kind().isIntegral() && target.kind().isIntegral()) {
            return rank(source.kind()) <= rank(target.kind());
        }
        if (source.kind() == DataType.Kind.FLOAT && target.kind() == DataType.Kind.DOUBLE) {
            return true;
        }
        return source instanceof DecimalType from && target instanceof DecimalType to && from.scale() <= to.scale()
                && from.precision() - from.scale() <= to.precision() - to.scale();
    }

    private static int rank(DataType.Kind kind) {
        return switch (kind) {
            case BYTE -> 0;
            case SHORT -> 1;
            case INT -> 2;
            default -> 3;
        };
    }

    /** The canonical value of the entity's column {@code column} for {@code value}, of the DataFrame's type. */
    Object convert(int column, Object value) {
        if (value == null) {
            return null;
        }
        DataType.Kind target = entity.requireField(columns.get(column)).type().kind();
        if (target == sourceTypes[column].kind()) {
            return value;
        }
        return switch (target) {
            case SHORT -> ((Number) value).shortValue();
            case INT -> ((Number) value).intValue();
            case LONG -> ((Number) value).longValue();
            case DOUBLE -> ((Number) value).doubleValue();
            default -> value;
        };
    }

    EntitySchema entity() {
        return entity;
    }

    List<String> columns() {
        return columns;
    }

    /** The DataFrame's type of column {@code column}. */
    DataType sourceType(int column) {
        return sourceTypes[column];
    }

    WriteOperationType operation() {
        return operation;
    }

    Optional<List<String>> idFields() {
        return idFields.isEmpty() ? Optional.empty() : Optional.of(idFields);
    }

    int batchSize() {
        return batchSize;
    }

    boolean allOrNone() {
        return allOrNone;
    }
}
