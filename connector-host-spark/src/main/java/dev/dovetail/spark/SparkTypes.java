package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.ListType;
import dev.dovetail.api.schema.MapType;
import dev.dovetail.api.schema.StructType;
import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The one mapping between the API's types and values and Spark's, in both directions:
 * BOOLEAN-boolean, BYTE-tinyint, SHORT-smallint, INT-int, LONG-bigint, FLOAT-float, DOUBLE-double,
 * DECIMAL(p,s)-decimal(p,s), STRING-string, BINARY-binary, DATE-date, TIMESTAMP-timestamp (UTC instant),
 * STRUCT-struct, LIST-array (elements nullable), MAP-map (values nullable).
 *
 * <p>Values: Spark's internal (Catalyst) form is a {@link UTF8String} for STRING, a {@link Decimal} for
 * DECIMAL, an {@code int} of epoch days for DATE, a {@code long} of epoch microseconds for TIMESTAMP, an
 * {@link InternalRow} for STRUCT, {@link ArrayData} for LIST and {@link MapData} for MAP; the API's
 * canonical form is described in {@link DataType.Kind}. Spark types with no API counterpart
 * (timestamp_ntz, intervals, ...) are an {@link ErrorCode#INVALID_ARGUMENT} naming the column and type.
 */
public final class SparkTypes {
    private SparkTypes() {
    }

    /** The Spark schema of {@code schema}: one nullable-as-declared field per column, in order. */
    public static org.apache.spark.sql.types.StructType toSpark(EntitySchema schema) {
        return toSparkStruct(schema.fields());
    }

    /** The Spark type of {@code type}. */
    public static org.apache.spark.sql.types.DataType toSpark(DataType type) {
        return switch (type.kind()) {
            case BOOLEAN -> DataTypes.BooleanType;
            case BYTE -> DataTypes.ByteType;
            case SHORT -> DataTypes.ShortType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case FLOAT -> DataTypes.FloatType;
            case DOUBLE -> DataTypes.DoubleType;
            case DECIMAL -> DataTypes.createDecimalType(((DecimalType) type).precision(), ((DecimalType) type).scale());
            case STRING -> DataTypes.StringType;
            case BINARY -> DataTypes.BinaryType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case STRUCT -> toSparkStruct(((StructType) type).fields());
            case LIST -> DataTypes.createArrayType(toSpark(((ListType) type).element()), true);
            case MAP -> DataTypes.createMapType(toSpark(((MapType) type).key()), toSpark(((MapType) type).value()), true);
        };
    }

    private static org.apache.spark.sql.types.StructType toSparkStruct(List<Field> fields) {
        StructField[] result = new StructField[fields.size()];
        for (int i = 0; i < result.length; i++) {
            Field field = fields.get(i);
            result[i] = new StructField(field.name(), toSpark(field.type()), field.nullable(), Metadata.empty());
        }
        return new org.apache.spark.sql.types.StructType(result);
    }

    /**
     * The API type of a Spark type.
     *
     * @param column the column it belongs to, for the message
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for a Spark type with no API counterpart
     */
    public static DataType fromSpark(org.apache.spark.sql.types.DataType type, String column) {
        if (type instanceof org.apache.spark.sql.types.BooleanType) {
            return DataType.BOOLEAN;
        } else if (type instanceof org.apache.spark.sql.types.ByteType) {
            return DataType.BYTE;
        } else if (type instanceof org.apache.spark.sql.types.ShortType) {
            return DataType.SHORT;
        } else if (type instanceof org.apache.spark.sql.types.IntegerType) {
            return DataType.INT;
        } else if (type instanceof org.apache.spark.sql.types.LongType) {
            return DataType.LONG;
        } else if (type instanceof org.apache.spark.sql.types.FloatType) {
            return DataType.FLOAT;
        } else if (type instanceof org.apache.spark.sql.types.DoubleType) {
            return DataType.DOUBLE;
        } else if (type instanceof org.apache.spark.sql.types.DecimalType decimal) {
            return DataType.decimal(decimal.precision(), decimal.scale());
        } else if (type instanceof org.apache.spark.sql.types.StringType
                || type instanceof org.apache.spark.sql.types.VarcharType
                || type instanceof org.apache.spark.sql.types.CharType) {
            return DataType.STRING;
        } else if (type instanceof org.apache.spark.sql.types.BinaryType) {
            return DataType.BINARY;
        } else if (type instanceof org.apache.spark.sql.types.DateType) {
            return DataType.DATE;
        } else if (type instanceof org.apache.spark.sql.types.TimestampType) {
            return DataType.TIMESTAMP;
        } else if (type instanceof org.apache.spark.sql.types.StructType struct) {
            List<Field> fields = new ArrayList<>();
            for (StructField field : struct.fields()) {
                fields.add(Field.builder(field.name(), fromSpark(field.dataType(), column + "." + field.name()))
                        .nullable(field.nullable()).build());
            }
            return DataType.struct(fields);
        } else if (type instanceof org.apache.spark.sql.types.ArrayType array) {
            return DataType.list(fromSpark(array.elementType(), column + "[]"));
        } else if (type instanceof org.apache.spark.sql.types.MapType map) {
            return DataType.map(fromSpark(map.keyType(), column + ".key"), fromSpark(map.valueType(), column + ".value"));
        }
        throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "column '" + column + "' has Spark type "
                + type.simpleString() + ", which Dovetail does not map (timestamps must be 'timestamp', UTC instants;"
                + " cast the column to one of boolean, tinyint, smallint, int, bigint, float, double, decimal, string,"
                + " binary, date, timestamp, struct, array or map)");
    }

    /** A canonical value of {@code type} in Spark's internal form; {@code null} stays {@code null}. */
    public static Object toCatalyst(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BINARY -> value;
            case DECIMAL -> Decimal.apply((BigDecimal) value, ((DecimalType) type).precision(), ((DecimalType) type).scale());
            case STRING -> UTF8String.fromString((String) value);
            case DATE -> Values.toEpochDay((LocalDate) value);
            case TIMESTAMP -> Values.toEpochMicros((Instant) value);
            case STRUCT -> {
                List<Field> fields = ((StructType) type).fields();
                List<?> values = (List<?>) value;
                Object[] converted = new Object[fields.size()];
                for (int i = 0; i < converted.length; i++) {
                    converted[i] = toCatalyst(values.get(i), fields.get(i).type());
                }
                yield new GenericInternalRow(converted);
            }
            case LIST -> {
                DataType element = ((ListType) type).element();
                List<?> elements = (List<?>) value;
                Object[] converted = new Object[elements.size()];
                for (int i = 0; i < converted.length; i++) {
                    converted[i] = toCatalyst(elements.get(i), element);
                }
                yield new GenericArrayData(converted);
            }
            case MAP -> {
                MapType map = (MapType) type;
                Map<?, ?> entries = (Map<?, ?>) value;
                Object[] keys = new Object[entries.size()];
                Object[] values = new Object[entries.size()];
                int i = 0;
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    keys[i] = toCatalyst(entry.getKey(), map.key());
                    values[i] = toCatalyst(entry.getValue(), map.value());
                    i++;
                }
                yield new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
            }
        };
    }

    /**
     * The canonical value of {@code type} at {@code ordinal} of a Spark internal row or array; {@code null}
     * for NULL.
     */
    public static Object fromCatalyst(SpecializedGetters data, int ordinal, DataType type) {
        if (data.isNullAt(ordinal)) {
            return null;
        }
        return switch (type.kind()) {
            case BOOLEAN -> data.getBoolean(ordinal);
            case BYTE -> data.getByte(ordinal);
            case SHORT -> data.getShort(ordinal);
            case INT -> data.getInt(ordinal);
            case LONG -> data.getLong(ordinal);
            case FLOAT -> data.getFloat(ordinal);
            case DOUBLE -> data.getDouble(ordinal);
            case DECIMAL -> data.getDecimal(ordinal, ((DecimalType) type).precision(), ((DecimalType) type).scale())
                    .toJavaBigDecimal();
            case STRING -> data.getUTF8String(ordinal).toString();
            case BINARY -> data.getBinary(ordinal);
            case DATE -> Values.fromEpochDay(data.getInt(ordinal));
            case TIMESTAMP -> Values.fromEpochMicros(data.getLong(ordinal));
            case STRUCT -> {
                List<Field> fields = ((StructType) type).fields();
                InternalRow row = data.getStruct(ordinal, fields.size());
                List<Object> values = new ArrayList<>(fields.size());
                for (int i = 0; i < fields.size(); i++) {
                    values.add(fromCatalyst(row, i, fields.get(i).type()));
                }
                yield values;
            }
            case LIST -> {
                DataType element = ((ListType) type).element();
                ArrayData array = data.getArray(ordinal);
                List<Object> elements = new ArrayList<>(array.numElements());
                for (int i = 0; i < array.numElements(); i++) {
                    elements.add(fromCatalyst(array, i, element));
                }
                yield elements;
            }
            case MAP -> {
                MapType map = (MapType) type;
                MapData entries = data.getMap(ordinal);
                ArrayData keys = entries.keyArray();
                ArrayData values = entries.valueArray();
                Map<Object, Object> result = new LinkedHashMap<>();
                for (int i = 0; i < entries.numElements(); i++) {
                    result.put(fromCatalyst(keys, i, map.key()), fromCatalyst(values, i, map.value()));
                }
                yield result;
            }
        };
    }
}
