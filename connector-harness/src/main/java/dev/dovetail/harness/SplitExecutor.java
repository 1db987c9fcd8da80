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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Reads the splits of a plan in parallel, each with its own session (as Spark opens one per
 * partition), on a pool that lives for one read, into the harness's checking {@link RowCollector}, which
 * passes every value on to the sink the caller gives for the split. The first failure cancels the rest
 * and is thrown, naming its split.
 */
final class SplitExecutor {
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** One split's rows and outcome. */
    record Completed(SplitResult result, SplitOutcome outcome) {
    }

    private SplitExecutor() {
    }

    static List<Completed> run(ConnectorRuntime runtime, ResolvedConnection connection, ReadPlan plan,
                               boolean keepRows, Function<SplitPlan, RowSink> sinks, int parallelism) {
        int threads = Math.max(1, Math.min(parallelism, plan.splits().size()));
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread worker = new Thread(task, "dovetail-harness-" + pool + "-split-" + thread.getAndIncrement());
            worker.setDaemon(true);
            return worker;
        });
        try {
            List<Future<Completed>> futures = new ArrayList<>();
            for (SplitPlan split : plan.splits()) {
                futures.add(executor.submit(() -> readSplit(runtime, connection, split, keepRows, sinks)));
            }
            List<Completed> completed = new ArrayList<>(futures.size());
            for (Future<Completed> future : futures) {
                completed.add(await(future, futures));
            }
            return completed;
        } finally {
            executor.shutdownNow();
        }
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
