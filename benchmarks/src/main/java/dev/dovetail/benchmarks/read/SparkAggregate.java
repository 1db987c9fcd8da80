package dev.dovetail.benchmarks.read;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

/**
 * The Spark side of a benchmark read: one aggregate over the whole DataFrame that needs every value of every
 * column (a sum per number, the summed length per string, the latest date or timestamp, the count of true
 * booleans) and the row count, so that Spark must read each row in full and can prune nothing.
 */
public final class SparkAggregate {
    private SparkAggregate() {
    }

    /**
     * Runs the aggregate over {@code rows}, consumes its values and returns the row count.
     *
     * @throws IllegalArgumentException for a column of a type the benchmark tables do not have
     */
    public static long run(Dataset<Row> rows, Blackhole blackhole) {
        List<Column> aggregates = new ArrayList<>();
        for (StructField field : rows.schema().fields()) {
            aggregates.add(touching(rows.col(field.name()), field));
        }
        Row result = rows.agg(count(lit(1)), aggregates.toArray(Column[]::new)).head();
        for (int i = 1; i < result.size(); i++) {
            blackhole.consume(result.get(i));
        }
        return result.getLong(0);
    }

    private static Column touching(Column column, StructField field) {
        DataType type = field.dataType();
        if (type instanceof StringType) {
            return sum(length(column));
        }
        if (type instanceof BooleanType) {
            return sum(column.cast("int"));
        }
        if (type instanceof DateType || type instanceof TimestampType) {
            return max(column);
        }
        if (type instanceof NumericType) {
            return sum(column);
        }
        throw new IllegalArgumentException("column '" + field.name() + "' is " + type.simpleString()
                + ", which the benchmark aggregate does not read");
    }
}
