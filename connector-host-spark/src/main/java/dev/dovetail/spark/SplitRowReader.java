package dev.dovetail.spark;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one split for Spark as rows: the connector writes each row through an {@link InternalRowSink}
 * straight into a reused {@link SpecificInternalRow} of a batch, handed over by a {@link SplitHandOff}
 * ({@value #BATCHES} batches of {@value #BATCH_ROWS} rows); no row is allocated or boxed per row. The
 * reader for schemas with nested columns, which have no column vector form ({@link SplitColumnarReader}
 * reads the others).
 *
 * <p>Contract, as Spark drives it from one task thread: {@link #get()} returns a row valid until the next
 * {@link #next()} call; failures, early close and the split's outcome behave as {@link SplitHandOff} says.
 *
 * @see dev.dovetail.api.read.RowSink
 */
final class SplitRowReader implements PartitionReader<InternalRow> {
    static final int BATCH_ROWS = 512;
    static final int BATCHES = 4;

    private final SplitHandOff<InternalRowSink.Rows> handOff;
    private SpecificInternalRow[] rows;
    private int size;
    private int position;

    /**
     * Starts reading {@code plan} in a session that {@code sessions} opens on the producer thread.
     *
     * @param sparkSchema the rows' Spark schema (the scan's read schema)
     * @param ordinals for each output column of the plan, its Spark ordinal or -1 to drop it
     */
    SplitRowReader(Supplier<RuntimeSession> sessions, SplitPlan plan, StructType sparkSchema, int[] ordinals,
                   Consumer<SplitOutcome> outcomes) {
        this.handOff = new SplitHandOff<>(sessions, plan, BATCH_ROWS, BATCHES,
                capacity -> new InternalRowSink.Rows(sparkSchema, capacity),
                target -> new InternalRowSink(plan.output(), ordinals, target), outcomes);
    }

    @Override
    public boolean next() {
        if (position + 1 < size) {
            position++;
            return true;
        }
        if (!handOff.advance()) {
            size = 0;
            return false;
        }
        rows = handOff.buffer().rows;
        size = handOff.size();
        position = 0;
        return true;
    }

    @Override
    public InternalRow get() {
        return rows[position];
    }

    @Override
    public void close() {
        handOff.close();
    }
}
