package dev.dovetail.harness.junit;

import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Test classes that {@link ParallelExecutionTest} runs with the JUnit Platform launcher; not run by surefire. */
final class ExtensionFixtures {
    static final int PARALLEL_TESTS = 4;

    private ExtensionFixtures() {
    }

    /**
     * Four tests that each stay a while (so that they overlap; a barrier could deadlock JUnit's fork-join
     * pool), counting how many run at once, each committing a bookmark to its own store after checking
     * the store was empty.
     */
    @ConnectorTest(PlainConnector.class)
    @Execution(ExecutionMode.CONCURRENT)
    static class Parallel {
        static final Dataset PEOPLE = Dataset.of(List.of(person(1, "ada", 1, Instant.parse("2024-01-01T00:00:00Z"))));
        static final AtomicInteger RUNNING = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
        static final Set<BookmarkStore> STORES = ConcurrentHashMap.newKeySet();
        static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

        ConnectorHarness harness;

        @HarnessOptions
        static Map<String, String> dataset() {
            return Map.of("dataset", PEOPLE.name());
        }

        @RepeatedTest(PARALLEL_TESTS)
        void eachTestHasItsOwnHarness(BookmarkStore store) throws Exception {
            THREADS.add(Thread.currentThread().getName());
            STORES.add(store);
            MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            Thread.sleep(300);
            BookmarkKey key = new BookmarkKey(harness.jobName(), "people");
            assertThat(store.load(key)).as("another test's bookmark").isEmpty();
            ReadResult read = harness.read("people").bookmark(BookmarkSpec.ascending("id")).run();
            read.commit();
            Thread.sleep(300);
            assertThat(store.load(key)).isEqualTo(read.bookmark());
            RUNNING.decrementAndGet();
        }
    }
}
