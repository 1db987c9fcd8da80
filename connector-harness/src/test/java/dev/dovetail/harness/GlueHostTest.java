package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import dev.dovetail.harness.fixtures.PushingConnector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static dev.dovetail.harness.assertj.DovetailAssertions.assertThat;
import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code harness.glue()}: reads planned from Glue's options, with the plan exposed. */
class GlueHostTest {
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private final List<Row> people = LongStream.range(0, 60)
            .mapToObj(id -> person(id, "p" + id, id % 9 == 0 ? null : (int) (id * 7 % 120), T0.plusSeconds(id))).toList();
    private final Dataset dataset = Dataset.of(people);

    private ConnectorHarness glue(Class<?> connector) {
        return ConnectorHarness.forConnector(connector).withOption("dataset", dataset.name()).withOption("dbTable", "people")
                .withOption("partitionColumn", "score").withOption("lowerBound", "0").withOption("upperBound", "100")
                .withOption("numPartitions", "3");
    }

    @Test
    void splitsComeFromTheGlueOptionsAsSparkPlansThem() {
        GlueReadResult result = glue(PushingConnector.class).glue().read().run();
        assertThat(result.splits()).containsExactly(
                Split.of(0, 3, Predicate.or(Predicate.lt("score", 33), Predicate.isNull("score"))),
                Split.of(1, 3, Predicate.and(Predicate.ge("score", 33), Predicate.lt("score", 66))),
                Split.of(2, 3, Predicate.ge("score", 66)));
        assertThat(result.readResult()).containsExactlyRowsInAnyOrder(people).splitsCoverAndAreDisjoint(people);
        assertThat(dataset.sessionsOpened()).as("one session to plan, one per split").isEqualTo(4);
        assertThat(dataset.sessionsClosed()).isEqualTo(4);
    }

    @Test
    void aConnectorThatPushesFiltersGetsThemAndTheRuntimeEvaluatesNothing() {
        Predicate filter = Predicate.ge("id", 30);
        GlueReadResult result = glue(PushingConnector.class).glue().read().select("id", "name").filter(filter).run();
        assertThat(result.pushedFilters()).containsExactly(
                Predicate.and(filter, Predicate.or(Predicate.lt("score", 33), Predicate.isNull("score"))),
                Predicate.and(filter, Predicate.ge("score", 33), Predicate.lt("score", 66)),
                Predicate.and(filter, Predicate.ge("score", 66)));
        assertThat(result.residualFilters()).containsOnly(Predicate.alwaysTrue());
        assertThat(result.readColumns()).containsOnly(List.of("id", "name"));
        assertThat(result.plan()).pushes(filter).hasNoResidual();
        assertThat(result.rows()).containsExactlyRowsInAnyOrder(people.stream().filter(row -> (Long) row.get(0) >= 30)
                .map(row -> Row.of(row.get(0), row.get(1))).toList());
    }

    @Test
    void aConnectorThatPushesNothingLeavesFiltersLimitAndColumnsToTheRuntime() {
        Predicate filter = Predicate.lt("id", 10);
        GlueReadResult result = glue(PlainConnector.class).glue().read().select("name").filter(filter).limit(4).run();
        assertThat(result.pushedFilters()).containsOnly(Predicate.alwaysTrue());
        assertThat(result.plan()).evaluatesInRuntime(filter).doesNotPush(filter);
        assertThat(result.readColumns()).containsOnly(List.of("id", "name", "score", "updated_at"));
        assertThat(result.pushedLimits()).containsOnly(OptionalLong.empty());
        assertThat(result.rowCount()).isEqualTo(4);
    }

    @Test
    void itReturnsWhatTheHarnessReadWithTheSameOptionsReturns() {
        ConnectorHarness harness = glue(PlainConnector.class).withOption("jobBookmarkKeys", "updated_at,id");
        GlueReadResult first = harness.glue().read().run();
        assertThat(first.readResult()).containsExactlyRowsInAnyOrder(harness.read("people").run().rows())
                .bookmarkAdvancedTo(T0.plusSeconds(59), 59);
        first.commit();
        dataset.add(person(60, "late", 1, T0.plusSeconds(59)));
        assertThat(harness.glue().read().run().rows()).containsExactly(person(60, "late", 1, T0.plusSeconds(59)));
    }

    @Test
    void hashOptionsPlanHashSplits() {
        GlueReadResult result = ConnectorHarness.forConnector(PushingConnector.class).withOption("dataset", dataset.name())
                .withOption("hashfield", "id").withOption("hashpartitions", "5").glue().read("people").run();
        assertThat(result.splits()).hasSize(5);
        assertThat(result.readResult()).splitsCoverAndAreDisjoint(people);
    }

    @Test
    void withoutDbTableTheConnectorsOnlyEntityIsRead() {
        GlueReadResult result = glue(PlainConnector.class).withoutOption("dbTable").glue().read().run();

        assertThat(result.readResult()).containsExactlyRowsInAnyOrder(people);
    }

    @Test
    void aFilterPredicateIsANativeConditionOnlyAConnectorCanApply() {
        ConnectorHarness harness = glue(PushingConnector.class).withOption("filterPredicate", "score > 3");
        assertThatThrownBy(() -> harness.glue().read().run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("does not push native conditions down");
    }
}
