package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.runtime.ConnectorRuntime;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ResolvedConnection;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.runtime.SplitReader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads the splits of a plan in parallel, each with its own session (as Spark opens one per partition),
 * into the harness's checking {@link RowCollector}, which passes every value on to the sink the caller gives
 * for the split. At most {@code parallelism} splits are read at once, on daemon threads shared by every read
 * (as a Spark executor's task threads are; an idle one ends after a minute), so a read starts no thread when
 * one is idle. The first failure stops the read's other splits and is thrown, naming its split.
 */
final class SplitExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread worker = new Thread(task, "dovetail-harness-split-" + THREADS.getAndIncrement());
                worker.setDaemon(true);
                return worker;
            });

    /** One split's rows and outcome. */
    record Completed(SplitResult result, SplitOutcome outcome) {
    }

    private SplitExecutor() {
    }

    static List<Completed> run(ConnectorRuntime runtime, ResolvedConnection connection, ReadPlan plan,
                               boolean keepRows, Function<SplitPlan, RowSink> sinks, int parallelism) {
        Semaphore running = new Semaphore(Math.max(1, parallelism));
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<Completed>> futures = new ArrayList<>();
        for (SplitPlan split : plan.splits()) {
            try {
                running.acquire();
            } catch (InterruptedException e) {
                futures.forEach(other -> other.cancel(true));
                Thread.currentThread().interrupt();
                throw ConnectorException.wrap(e, "the harness read was interrupted");
            }
            if (failed.get()) {
                break; // a split failed: start no other; awaiting the started ones throws its failure
            }
            futures.add(POOL.submit(() -> {
                try {
                    return readSplit(runtime, connection, split, keepRows, sinks);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                } finally {
                    running.release();
                }
            }));
        }
        List<Completed> completed = new ArrayList<>(futures.size());
        for (Future<Completed> future : futures) {
            completed.add(await(future, futures));
        }
        return completed;
    }

    private static Completed readSplit(ConnectorRuntime runtime, ResolvedConnection connection, SplitPlan plan,
                                       boolean keepRows, Function<SplitPlan, RowSink> sinks) {
        RowSink downstream = requireNonNull(sinks.apply(plan), "the sink for split " + plan.split().describe() + " is null");
        RowCollector collector = new RowCollector(plan.output(), keepRows, downstream);
        try (RuntimeSession session = runtime.open(connection)) {
            SplitOutcome outcome = SplitReader.read(session, plan, collector);
            return new Completed(new SplitResult(plan, collector.count(), collector.rows()), outcome);
        } catch (ConnectorException e) {
            throw e.split().isPresent() ? e : e.inSplit(plan.split(), plan.readSchema().name());
        }
    }

    private static Completed await(Future<Completed> future, List<Future<Completed>> all) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            all.forEach(other -> other.cancel(true));
            Thread.currentThread().interrupt();
            throw ConnectorException.wrap(e, "the harness read was interrupted");
        } catch (ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            throw ConnectorException.wrap(e.getCause(), "a split failed");
        }
    }
}
