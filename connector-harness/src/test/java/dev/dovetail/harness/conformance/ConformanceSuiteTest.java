package dev.dovetail.harness.conformance;

import dev.dovetail.harness.LauncherRun;
import dev.dovetail.harness.LauncherRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance suite passes good connectors and fails deliberately broken ones in the cases that
 * concern their fault, with a message that points at it.
 */
class ConformanceSuiteTest {
    private static final int CASES = 27;

    private static Map<String, Outcome> run(Class<?> subject) {
        Map<String, Outcome> outcomes = LauncherRun.run(subject, Map.of());
        assertThat(outcomes).as("the cases run against %s", subject.getSimpleName()).hasSize(CASES);
        return outcomes;
    }

    private static Map<String, Outcome> with(Map<String, Outcome> outcomes, Status status) {
        return outcomes.entrySet().stream().filter(entry -> entry.getValue().status() == status)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static void assertPasses(Class<?> subject, int skipped) {
        Map<String, Outcome> outcomes = run(subject);
        assertThat(with(outcomes, Status.FAILED)).as("cases failed by %s", subject.getSimpleName()).isEmpty();
        assertThat(with(outcomes, Status.ABORTED)).as("cases skipped for %s", subject.getSimpleName()).hasSize(skipped)
                .allSatisfy((name, outcome) -> assertThat(outcome.skipReason()).isPresent());
    }

    @Test
    void aConnectorThatPushesNothingPasses() {
        assertPasses(ConformanceSubjects.Plain.class, 3);
    }

    @Test
    void aConnectorThatPushesEverythingPasses() {
        assertPasses(ConformanceSubjects.Pushing.class, 7);
    }

    @Test
    void skippedCasesSayWhy() {
        Map<String, Outcome> outcomes = run(ConformanceSubjects.Pushing.class);
        assertThat(outcomes.get("writes / inserted rows are read back").skipReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("the connector declares no INSERT writes"));
        assertThat(outcomes.get("credentials / bad credentials fail with INVALID_CREDENTIALS and keep the secret out of the message")
                .skipReason()).hasValueSatisfying(reason -> assertThat(reason).contains("ConformanceContext.badCredentials"));
    }

    @Test
    void overlappingSplitsFailTheSplitCasesNamingTheOverlap() {
        Map<String, Outcome> failed = with(run(ConformanceSubjects.OverlappingSplits.class), Status.FAILED);
        assertThat(failed).containsKeys("reads / splits are disjoint and complete", "reads / 1 split returns the same rows as N splits");
        assertThat(failed.get("reads / splits are disjoint and complete").message())
                .contains("to read each of the 100 rows in exactly one of its 2 splits")
                .contains("by splits #0 of 2 (score < 60 OR score IS NULL), #1 of 2 (score >= 40): the splits overlap");
        assertThat(failed.get("reads / 1 split returns the same rows as N splits").message())
                .contains("[the 2-split read [Split#0 of 2 (score < 60 OR score IS NULL), Split#1 of 2 (score >= 40)],"
                        + " against the 1-split read]")
                .contains("unexpected (15):");
        assertThat(failed).containsKey("Amazon AppFlow / a query across pages and splits returns every row exactly once");
        assertThat(failed.get("Amazon AppFlow / a query across pages and splits returns every row exactly once").message())
                .contains("[the ids of 100 rows read in pages of 7 from 4 splits]")
                .contains("but the following elements were unexpected");
        assertThat(failed.keySet()).noneMatch(name -> name.startsWith("settings") || name.startsWith("credentials")
                || name.startsWith("metadata"));
    }

    @Test
    void anIgnoredPushedPredicateFailsOnlyThePredicateCaseNamingIt() {
        Map<String, Outcome> failed = with(run(ConformanceSubjects.IgnoredPredicate.class), Status.FAILED);
        assertThat(failed).containsOnlyKeys("reads / a pushed predicate returns the rows the runtime's evaluator selects");
        assertThat(failed.values().iterator().next().message())
                .contains("rows read with predicate id IN (3, 5, 8, 13, 21, 1000) (pushed to the connector:"
                        + " id IN (3, 5, 8, 13, 21, 1000); left to the runtime: TRUE)")
                .contains("to contain exactly these 5 rows").contains("unexpected (95):");
    }

    @Test
    void aBookmarkThatSkipsTiesFailsTheBookmarkCasesNamingTheBoundary() {
        Map<String, Outcome> failed = with(run(ConformanceSubjects.SkippingBookmark.class), Status.FAILED);
        assertThat(failed).containsOnlyKeys(
                "bookmarks / rows that tie the bookmark's first key at the boundary are not lost",
                "bookmarks / sequential runs with inserts in between return only the new rows",
                "bookmarks / a run that fails before commit is read again, skipping nothing");
        assertThat(failed.get("bookmarks / rows that tie the bookmark's first key at the boundary are not lost").message())
                .contains("[the run after [updated_at, id] ASC at [2024-01-01T00:33:00Z, 99]: rows with that same updated_at"
                        + " and a greater id must be read]")
                .contains("missing (2):").contains("[100, 'name-100', 80, 2024-01-01T00:33:00Z]")
                .contains("[101, 'name-101', 117, 2024-01-01T00:33:00Z]");
    }

    @Test
    void anOverwriteThatKeepsTheOldRowsFailsOnlyTheOverwriteCase() {
        Map<String, Outcome> failed = with(run(ConformanceSubjects.IgnoredTruncate.class), Status.FAILED);
        assertThat(failed).containsOnlyKeys("writes / overwrite replaces the entity's rows");
        assertThat(failed.values().iterator().next().message())
                .contains("the entity after overwriting its 10 rows (ids 0..9) with ids 100..102")
                .contains("unexpected (10):");
    }

    @Test
    void theSuiteHasTheDocumentedGroups() {
        Set<String> groups = run(ConformanceSubjects.Pushing.class).keySet().stream()
                .map(name -> name.substring(0, name.indexOf(" / "))).collect(Collectors.toSet());
        assertThat(groups).containsExactlyInAnyOrder("settings", "credentials", "metadata", "reads", "bookmarks", "writes",
                "robustness", "Amazon AppFlow");
    }
}
