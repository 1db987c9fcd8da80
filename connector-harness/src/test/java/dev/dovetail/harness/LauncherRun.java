package dev.dovetail.harness;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** Runs a test class with the JUnit Platform launcher and keeps each test's outcome, by display-name path. */
public final class LauncherRun {
    /** What one test did. */
    public record Outcome(String path, TestExecutionResult.Status status, Optional<Throwable> failure, Optional<String> skipReason) {
        /** The failure's message, or empty text. */
        public String message() {
            return failure.map(Throwable::getMessage).orElse("");
        }
    }

    private LauncherRun() {
    }

    /** The outcome of every test of {@code testClass} run with {@code configuration}, keyed by "group / test". */
    public static Map<String, Outcome> run(Class<?> testClass, Map<String, String> configuration) {
        LauncherDiscoveryRequest discovery = request().selectors(selectClass(testClass)).configurationParameters(configuration)
                .build();
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        List<Throwable> containerFailures = new ArrayList<>();
        LauncherFactory.create().execute(discovery, new TestExecutionListener() {
            private TestPlan plan;

            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                plan = testPlan;
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    outcomes.put(path(test), new Outcome(path(test), TestExecutionResult.Status.ABORTED, Optional.empty(),
                            Optional.of(reason)));
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    outcomes.put(path(test), new Outcome(path(test), result.getStatus(), result.getThrowable(),
                            result.getStatus() == TestExecutionResult.Status.ABORTED
                                    ? result.getThrowable().map(Throwable::getMessage) : Optional.empty()));
                } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    synchronized (containerFailures) {
                        containerFailures.add(result.getThrowable().orElseThrow());
                    }
                }
            }

            private String path(TestIdentifier test) {
                return plan.getParent(test).filter(parent -> parent.getSource().isPresent()
                                && !parent.getDisplayName().equals(testClass.getSimpleName()))
                        .map(parent -> parent.getDisplayName() + " / ").orElse("") + test.getDisplayName();
            }
        });
        if (!containerFailures.isEmpty()) {
            throw new AssertionError("a container of " + testClass.getName() + " failed", containerFailures.get(0));
        }
        return Map.copyOf(outcomes);
    }
}
