package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.runtime.SplitReader;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;

import static java.util.Objects.requireNonNull;

/**
 * Reads one split for Spark, bridging the connector's push (it writes rows into a {@link RowSink}) to
 * Spark's pull ({@link #next()}/{@link #get()}): a producer thread runs {@link SplitReader#read} in its own
 * session, writing each row straight into a reused {@link SpecificInternalRow} of a batch; full batches
 * travel to the task thread through a small bounded queue and come back empty to be refilled. Memory is
 * bounded by {@value #BATCHES} batches of {@value #BATCH_ROWS} rows, whatever the split's size; no row is
 * allocated or boxed per row.
 *
 * <p>Contract, as Spark drives it from one task thread: {@link #get()} returns a row valid until the next
 * {@link #next()} call. A connector failure is thrown from {@link #next()} once the rows read before it
 * were returned, with the connector's message and the split it failed in. {@link #close()} (Spark calls it
 * when the task ends, also early, after a limit) makes the producer's next {@code endRow()} return false,
 * waits for it to finish and close its session, and throws what it failed with if {@link #next()} did not.
 * The split's {@link SplitOutcome} (its best bookmark key) goes to {@code outcomes} on the task thread when
 * the split was read to its end.
 *
 * @see dev.dovetail.api.read.RowSink
 */
final class SplitRowReader implements PartitionReader<InternalRow> {
    static final int BATCH_ROWS = 512;
    static final int BATCHES = 4;
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
    private final Consumer<SplitOutcome> outcomes;
    private final Thread producer;
    private volatile boolean stopped;
    // Written by the producer before it publishes its last batch, read by the task thread after taking it.
    private volatile Throwable failure;
    private volatile SplitOutcome outcome;
    private boolean failureDelivered;
    private Batch current;
    private int position;

    /**
     * Starts reading {@code plan} in a session that {@code sessions} opens on the producer thread.
     *
     * @param sparkSchema the rows' Spark schema (the scan's read schema)
     * @param ordinals for each output column of the plan, its Spark ordinal or -1 to drop it
     */
    SplitRowReader(Supplier<RuntimeSession> sessions, SplitPlan plan, StructType sparkSchema, int[] ordinals,
                   Consumer<SplitOutcome> outcomes) {
        requireNonNull(sessions, "sessions is null");
        requireNonNull(plan, "plan is null");
        this.outcomes = requireNonNull(outcomes, "outcomes is null");
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch(sparkSchema));
        }
        Scratch scratch = new Scratch(sparkSchema);
        this.producer = new Thread(() -> produce(sessions, plan, ordinals, scratch),
                "dovetail-spark-split-" + plan.split().index() + "-of-" + plan.split().count());
        producer.setDaemon(true);
        // Executors load user jars through the task thread's context class loader: the connector needs it too.
        producer.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        producer.start();
    }

    private void produce(Supplier<RuntimeSession> sessions, SplitPlan plan, int[] ordinals, Scratch scratch) {
        Filler filler = new Filler(scratch);
        try {
            if (filler.batch != null) {
                try (RuntimeSession session = sessions.get()) {
                    SplitOutcome result = SplitReader.read(session, plan, new InternalRowSink(plan.output(), ordinals, filler));
                    outcome = stopped ? null : result;
                }
            }
        } catch (Throwable e) {
            failure = e instanceof ConnectorException connector && connector.split().isEmpty()
                    ? connector.inSplit(plan.split(), plan.readSchema().name()) : e;
        } finally {
            filler.finish();
        }
    }

    @Override
    public boolean next() {
        while (true) {
            if (current != null && position + 1 < current.size) {
                position++;
                return true;
            }
            if (current != null) {
                if (current.last) {
                    Throwable error = failure;
                    if (error != null) {
                        failureDelivered = true;
                        throw rethrowable(error);
                    }
                    SplitOutcome result = outcome;
                    if (result != null) {
                        outcome = null;
                        outcomes.accept(result);
                    }
                    return false;
                }
                current.size = 0;
                free.add(current);
                current = null;
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ConnectorException.wrap(e, "the Spark task reading a split was interrupted");
            }
            position = -1;
        }
    }

    @Override
    public InternalRow get() {
        return current.rows[position];
    }

    @Override
    public void close() {
        stopped = true;
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorException.wrap(e, "interrupted while waiting for the split reader to stop");
        }
        Throwable error = failure;
        if (error != null && !failureDelivered) {
            failureDelivered = true;
            throw rethrowable(error);
        }
    }

    private static RuntimeException rethrowable(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return ConnectorException.wrap(error, "the split reader failed");
    }

    /** A batch of reused rows and how many of them hold data; {@code last} marks the producer's final batch. */
    private static final class Batch {
        final SpecificInternalRow[] rows;
        int size;
        boolean last;

        Batch(StructType schema) {
            rows = new SpecificInternalRow[BATCH_ROWS];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new SpecificInternalRow(schema);
            }
        }
    }

    /** The row written into once the consumer stopped: the connector may write one more row before it returns. */
    private static final class Scratch {
        final SpecificInternalRow row;

        Scratch(StructType schema) {
            row = new SpecificInternalRow(schema);
        }
    }

    /** The producer's side: fills batches and publishes them. */
    private final class Filler implements InternalRowSink.RowTarget {
        private final Scratch scratch;
        private Batch batch;

        Filler(Scratch scratch) {
            this.scratch = scratch;
            this.batch = takeFree();
        }

        @Override
        public InternalRow current() {
            return batch == null || stopped ? scratch.row : batch.rows[batch.size];
        }

        @Override
        public boolean endRow() {
            if (batch == null || stopped) {
                return false;
            }
            batch.size++;
            if (batch.size == batch.rows.length) {
                publish(batch);
                batch = takeFree();
            }
            return batch != null && !stopped;
        }

        /** Publishes the last batch (with what is left, possibly nothing), unless the consumer stopped. */
        void finish() {
            Batch last = batch != null ? batch : takeFree();
            if (last != null) {
                last.last = true;
                publish(last);
            }
        }

        private Batch takeFree() {
            try {
                while (!stopped) {
                    Batch next = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        private void publish(Batch ready) {
            try {
                while (!stopped) {
                    if (full.offer(ready, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
