package dev.dovetail.spark;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.ListType;
import dev.dovetail.api.schema.MapType;
import dev.dovetail.api.schema.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;

/** Spark's rows as the API's canonical rows, for comparing what Spark returned with what a store holds. */
final class SparkRows {
    private SparkRows() {
    }

    /** Every row of {@code frame}, columns typed as {@code schema}'s fields of the same names. */
    static List<Row> collect(Dataset<org.apache.spark.sql.Row> frame, EntitySchema schema) {
        String[] columns = frame.columns();
        List<Field> fields = new ArrayList<>();
        for (String column : columns) {
            fields.add(schema.requireField(column));
        }
        List<Row> rows = new ArrayList<>();
        for (org.apache.spark.sql.Row row : frame.collectAsList()) {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = value(row.get(i), fields.get(i).type());
            }
            rows.add(Row.of(values));
        }
        return rows;
    }

    /** {@code rows} with only {@code columns} of {@code schema}, in that order. */
    static List<Row> project(List<Row> rows, EntitySchema schema, String... columns) {
        List<Row> projected = new ArrayList<>();
        for (Row row : rows) {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = row.get(schema.requireIndex(columns[i]));
            }
            projected.add(Row.of(values));
        }
        return projected;
    }

    private static Object value(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case STRUCT -> {
                org.apache.spark.sql.Row struct = (org.apache.spark.sql.Row) value;
                List<Field> fields = ((StructType) type).fields();
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    values.add(value(struct.get(i), fields.get(i).type()));
                }
                yield values;
            }
            case LIST -> {
                List<Object> elements = new ArrayList<>();
                scala.collection.Iterator<?> iterator = ((scala.collection.Seq<?>) value).iterator();
                while (iterator.hasNext()) {
                    elements.add(value(iterator.next(), ((ListType) type).element()));
                }
                yield elements;
            }
            case MAP -> {
                Map<Object, Object> entries = new LinkedHashMap<>();
                scala.collection.Iterator<? extends scala.Tuple2<?, ?>> iterator =
                        ((scala.collection.Map<?, ?>) value).iterator();
                while (iterator.hasNext()) {
                    scala.Tuple2<?, ?> entry = iterator.next();
                    entries.put(value(entry._1(), ((MapType) type).key()), value(entry._2(), ((MapType) type).value()));
                }
                yield entries;
            }
            default -> value;
        };
    }
}
