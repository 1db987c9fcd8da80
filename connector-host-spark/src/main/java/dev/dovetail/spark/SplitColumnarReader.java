package dev.dovetail.spark;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Reads one split for Spark as {@link ColumnarBatch}es: the connector writes each value through a
 * {@link ColumnVectorSink} straight into reused {@link OnHeapColumnVector}s, handed over by a
 * {@link SplitHandOff} ({@value #BATCHES} batches of {@value #BATCH_ROWS} rows), so Spark's generated code
 * reads the vectors without projecting each row to an {@code UnsafeRow}. Only for read schemas whose every
 * column {@link #supports has a vector form}; the others are read with {@link SplitRowReader}.
 *
 * <p>Contract, as Spark drives it from one task thread: {@link #get()} returns a batch valid until the next
 * {@link #next()} call; failures, early close and the split's outcome behave as {@link SplitHandOff} says.
 */
final class SplitColumnarReader implements PartitionReader<ColumnarBatch> {
    static final int BATCH_ROWS = 4096;
    static final int BATCHES = 3;

    private final SplitHandOff<ColumnVectorSink.Vectors> handOff;
    private ColumnarBatch batch;

    /**
     * Starts reading {@code plan} in a session that {@code sessions} opens on the producer thread.
     *
     * @param sparkSchema the batches' Spark schema (the scan's read schema); every column {@link #supports} it
     * @param ordinals for each output column of the plan, its Spark ordinal or -1 to drop it
     */
    SplitColumnarReader(Supplier<RuntimeSession> sessions, SplitPlan plan, StructType sparkSchema, int[] ordinals,
                        Consumer<SplitOutcome> outcomes) {
        if (!supports(sparkSchema)) {
            throw new IllegalArgumentException("schema " + sparkSchema.simpleString() + " has a column without a vector form");
        }
        this.handOff = new SplitHandOff<>(sessions, plan, BATCH_ROWS, BATCHES,
                capacity -> new ColumnVectorSink.Vectors(OnHeapColumnVector.allocateColumns(capacity, sparkSchema)),
                target -> new ColumnVectorSink(plan.output(), ordinals, target), outcomes);
    }

    /** Whether every column of {@code schema} has a column vector form: flat types only, no STRUCT, LIST or MAP. */
    static boolean supports(StructType schema) {
        for (StructField field : schema.fields()) {
            if (!flat(field.dataType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean flat(DataType type) {
        return type instanceof BooleanType || type instanceof ByteType || type instanceof ShortType
                || type instanceof IntegerType || type instanceof LongType || type instanceof FloatType
                || type instanceof DoubleType || type instanceof DecimalType || type instanceof StringType
                || type instanceof BinaryType || type instanceof DateType || type instanceof TimestampType;
    }

    @Override
    public boolean next() {
        if (!handOff.advance()) {
            return false;
        }
        batch = handOff.buffer().batch;
        batch.setNumRows(handOff.size());
        return true;
    }

    @Override
    public ColumnarBatch get() {
        return batch;
    }

    @Override
    public void close() {
        handOff.close();
    }
}
