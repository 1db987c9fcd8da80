package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.runtime.SplitReader;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Bridges the connector's push (it writes rows into a {@link RowSink}) to Spark's pull, once for both of
 * the Spark host's readers ({@link SplitRowReader} and {@link SplitColumnarReader}): a producer thread runs
 * {@link SplitReader#read} in its own session, writing rows into reusable buffers ({@code B}: reused rows,
 * or column vectors) through the sink that {@code sinks} makes over a {@link Target}; full buffers travel
 * to the task thread through a small bounded queue and come back cleared to be refilled. Memory is bounded
 * by the given number of buffers of the given capacity, whatever the split's size.
 *
 * <p>Contract, as Spark drives it from one task thread: {@link #advance()} makes the next buffer holding
 * at least one row {@link #buffer() current} (valid until the next {@link #advance()}), or returns false at
 * the split's end. A connector failure is thrown from {@link #advance()} once the buffers filled before it
 * were returned, with the connector's message and the split it failed in. {@link #close()} (Spark calls it
 * when the task ends, also early, after a limit) makes the producer's next {@code endRow()} return false,
 * waits for it to finish and close its session, and throws what it failed with if {@link #advance()} did
 * not. The split's {@link SplitOutcome} (its best bookmark key) goes to {@code outcomes} on the task
 * thread when the split was read to its end, never after an early close. The producer runs with the task
 * thread's context class loader (executors load user jars through it).
 *
 * @param <B> the buffer type
 */
final class SplitHandOff<B extends SplitHandOff.Buffer> implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    /** A reusable buffer of rows. */
    interface Buffer {
        /** Makes the buffer ready to be filled again from row 0. */
        void clear();
    }

    /** The producer's side, which a sink writes through: the buffer and row to write, then {@link #endRow()}. */
    interface Target<B> {
        /** The buffer the current row goes into (a scratch buffer once the consumer stopped). */
        B buffer();

        /** The current row's index in {@link #buffer()}. */
        int row();

        /**
         * The current row is complete: it moves on to the next row, possibly in another {@link #buffer()}.
         *
         * @return whether more rows are wanted
         */
        boolean endRow();
    }

    /** A buffer with how many rows it holds; {@code last} marks the producer's final one. */
    private static final class Slot<B> {
        final B buffer;
        int size;
        boolean last;

        Slot(B buffer) {
            this.buffer = buffer;
        }
    }

    private final int capacity;
    private final BlockingQueue<Slot<B>> free;
    private final BlockingQueue<Slot<B>> full;
    private final Consumer<SplitOutcome> outcomes;
    private final Thread producer;
    private volatile boolean stopped;
    // Written by the producer before it publishes its last buffer, read by the task thread after taking it.
    private volatile Throwable failure;
    private volatile SplitOutcome outcome;
    private boolean failureDelivered;
    private Slot<B> current;

    /**
     * Starts reading {@code plan} in a session that {@code sessions} opens on a new producer thread.
     *
     * @param buffers makes a buffer of the given capacity in rows ({@code count} of {@code capacity} rows,
     *                and one scratch buffer of one row that rows written after the consumer stopped go into)
     * @param sinks makes the producer's sink over its target
     */
    SplitHandOff(Supplier<RuntimeSession> sessions, SplitPlan plan, int capacity, int count, IntFunction<B> buffers,
                 Function<Target<B>, RowSink> sinks, Consumer<SplitOutcome> outcomes) {
        requireNonNull(sessions, "sessions is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(buffers, "buffers is null");
        requireNonNull(sinks, "sinks is null");
        this.outcomes = requireNonNull(outcomes, "outcomes is null");
        if (capacity < 1 || count < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " and count " + count + " must be positive");
        }
        this.capacity = capacity;
        this.free = new ArrayBlockingQueue<>(count);
        this.full = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            free.add(new Slot<>(buffers.apply(capacity)));
        }
        Filler filler = new Filler(buffers.apply(1));
        this.producer = new Thread(() -> produce(sessions, plan, sinks, filler),
                "dovetail-spark-split-" + plan.split().index() + "-of-" + plan.split().count());
        producer.setDaemon(true);
        producer.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        producer.start();
    }

    private void produce(Supplier<RuntimeSession> sessions, SplitPlan plan, Function<Target<B>, RowSink> sinks,
                         Filler filler) {
        try {
            if (filler.slot != null) {
                try (RuntimeSession session = sessions.get()) {
                    SplitOutcome result = SplitReader.read(session, plan, sinks.apply(filler));
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

    /**
     * Moves to the next buffer that holds rows, blocking until the producer filled it.
     *
     * @return false at the split's end (its outcome then delivered)
     */
    boolean advance() {
        while (true) {
            if (current != null) {
                if (current.last) {
                    end();
                    return false;
                }
                current.size = 0;
                current.buffer.clear();
                free.add(current);
                current = null;
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ConnectorException.wrap(e, "the Spark task reading a split was interrupted");
            }
            if (current.size > 0) {
                return true;
            }
        }
    }

    private void end() {
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
    }

    /** The current buffer, after {@link #advance()} returned true. */
    B buffer() {
        return current.buffer;
    }

    /** How many rows the current buffer holds (at least one). */
    int size() {
        return current.size;
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

    /** The producer's side: fills buffers and publishes them. */
    private final class Filler implements Target<B> {
        private final B scratch;
        private Slot<B> slot;

        Filler(B scratch) {
            this.scratch = scratch;
            this.slot = takeFree();
        }

        @Override
        public B buffer() {
            return slot == null || stopped ? scratch : slot.buffer;
        }

        @Override
        public int row() {
            return slot == null || stopped ? 0 : slot.size;
        }

        @Override
        public boolean endRow() {
            if (slot == null || stopped) {
                scratch.clear(); // a connector may go on writing rows: the scratch buffer never grows
                return false;
            }
            slot.size++;
            if (slot.size == capacity) {
                publish(slot);
                slot = takeFree();
            }
            return slot != null && !stopped;
        }

        /** Publishes the last buffer (with what is left, possibly nothing), unless the consumer stopped. */
        void finish() {
            Slot<B> last = slot != null ? slot : takeFree();
            if (last != null) {
                last.last = true;
                publish(last);
            }
        }

        private Slot<B> takeFree() {
            try {
                while (!stopped) {
                    Slot<B> next = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        private void publish(Slot<B> ready) {
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
