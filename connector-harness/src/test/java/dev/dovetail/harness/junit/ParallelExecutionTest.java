package dev.dovetail.harness.junit;

import dev.dovetail.harness.LauncherRun;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension under JUnit's parallel execution: tests that run at once each get their own harness and store. */
class ParallelExecutionTest {

    @Test
    void concurrentTestsGetSeparateHarnesses() {
        Map<String, LauncherRun.Outcome> outcomes = LauncherRun.run(ExtensionFixtures.Parallel.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(ExtensionFixtures.PARALLEL_TESTS)));

        assertThat(outcomes).hasSize(ExtensionFixtures.PARALLEL_TESTS)
                .allSatisfy((name, outcome) -> assertThat(outcome.status()).as(outcome.message()).isEqualTo(Status.SUCCESSFUL));
        assertThat(ExtensionFixtures.Parallel.STORES).as("one bookmark store per test").hasSize(ExtensionFixtures.PARALLEL_TESTS);
        assertThat(ExtensionFixtures.Parallel.THREADS).as("threads the tests ran on").hasSizeGreaterThan(1);
        assertThat(ExtensionFixtures.Parallel.MOST_AT_ONCE).as("tests that ran at once").hasValueGreaterThan(1);
    }
}
