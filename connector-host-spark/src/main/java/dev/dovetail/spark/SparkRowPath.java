package dev.dovetail.spark;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.EntitySchema;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.StructType;

import static java.util.Objects.requireNonNull;

/**
 * The Spark host's row path without a split thread or a Spark session, for benchmarks that time the cost per
 * row of connector → {@link RowSink} → Spark's row or column vectors: a sink that writes into the same
 * reused buffers the Spark readers fill ({@code SpecificInternalRow}s, or {@code OnHeapColumnVector}s), every
 * column of the schema at its own position, and on a full buffer starts it again from row 0 instead of
 * handing it to Spark. {@link #sink()}'s {@code endRow()} always wants more rows.
 *
 * <p>Not a public API for connectors or jobs; one instance is used by one thread.
 */
public final class SparkRowPath {
    private final Cycle<?> cycle;

    private SparkRowPath(Cycle<?> cycle) {
        this.cycle = cycle;
    }

    /** Rows of {@code schema} written into reused {@code SpecificInternalRow}s, as the Spark row reader does. */
    public static SparkRowPath internalRows(EntitySchema schema) {
        requireNonNull(schema, "schema is null");
        StructType spark = SparkTypes.toSpark(schema);
        return new SparkRowPath(new Cycle<>(new InternalRowSink.Rows(spark, SplitRowReader.BATCH_ROWS),
                SplitRowReader.BATCH_ROWS, target -> new InternalRowSink(schema, identity(schema), target)));
    }

    /**
     * Rows of {@code schema} written into reused column vectors, as the Spark columnar reader does.
     *
     * @throws IllegalArgumentException if a column of {@code schema} is nested (it has no vector form)
     */
    public static SparkRowPath columnVectors(EntitySchema schema) {
        requireNonNull(schema, "schema is null");
        StructType spark = SparkTypes.toSpark(schema);
        if (!SplitColumnarReader.supports(spark)) {
            throw new IllegalArgumentException("schema of '" + schema.name() + "' has a nested column: no vector form");
        }
        int capacity = SplitColumnarReader.BATCH_ROWS;
        return new SparkRowPath(new Cycle<>(new ColumnVectorSink.Vectors(OnHeapColumnVector.allocateColumns(capacity, spark)),
                capacity, target -> new ColumnVectorSink(schema, identity(schema), target)));
    }

    private static int[] identity(EntitySchema schema) {
        int[] ordinals = new int[schema.size()];
        Arrays.setAll(ordinals, i -> i);
        return ordinals;
    }

    /** The sink the connector writes into. */
    public RowSink sink() {
        return cycle.sink;
    }

    /** The rows ended so far. */
    public long rows() {
        return cycle.rows;
    }

    /** One buffer, refilled from row 0 whenever it is full. */
    private static final class Cycle<B extends SplitHandOff.Buffer> implements SplitHandOff.Target<B> {
        private final B buffer;
        private final int capacity;
        private final RowSink sink;
        private int row;
        private long rows;

        Cycle(B buffer, int capacity, Function<SplitHandOff.Target<B>, RowSink> sinks) {
            this.buffer = buffer;
            this.capacity = capacity;
            this.sink = sinks.apply(this);
        }

        @Override
        public B buffer() {
            return buffer;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public boolean endRow() {
            rows++;
            if (++row == capacity) {
                buffer.clear();
                row = 0;
            }
            return true;
        }
    }
}
