package dev.dovetail.harness.conformance;

import dev.dovetail.harness.fixtures.BrokenConnector;
import dev.dovetail.harness.fixtures.PlainConnector;
import dev.dovetail.harness.fixtures.PushingConnector;

import java.util.Map;
import java.util.Optional;

/**
 * The conformance suite applied to the test connectors, good and deliberately broken. Nested classes, so
 * that surefire does not run them by themselves: {@link ConformanceSuiteTest} runs them with the JUnit
 * Platform launcher and checks which cases fail and why.
 */
final class ConformanceSubjects {
    private ConformanceSubjects() {
    }

    /** Pushes nothing down; has BASIC credentials. */
    static class Plain extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return new DatasetContext(PlainConnector.class, Map.of(),
                    Optional.of(Map.of("username", "ada", "password", "wrong-password")));
        }
    }

    /** Pushes everything down. */
    static class Pushing extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return new DatasetContext(PushingConnector.class, Map.of(), Optional.empty());
        }
    }

    /** Plans overlapping splits. */
    static class OverlappingSplits extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return broken(BrokenConnector.Fault.OVERLAPPING_SPLITS);
        }
    }

    /** Ignores the IN conditions it claims to push. */
    static class IgnoredPredicate extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return broken(BrokenConnector.Fault.IGNORED_IN);
        }
    }

    /** Skips rows that tie the bookmark. */
    static class SkippingBookmark extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return broken(BrokenConnector.Fault.SKIPPED_TIES);
        }
    }

    /** Declares truncate but keeps the rows it should empty. */
    static class IgnoredTruncate extends ConnectorConformanceSuite {
        @Override
        protected ConformanceContext context() {
            return new DatasetContext(PlainConnector.class, Map.of("misbehave", "KEEP_ROWS_ON_TRUNCATE"), Optional.empty());
        }
    }

    private static ConformanceContext broken(BrokenConnector.Fault fault) {
        return new DatasetContext(BrokenConnector.class, Map.of("fault", fault.name()), Optional.empty());
    }
}
