package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link HarnessRead#stream} (rows into the caller's sinks, nothing kept) and {@link HarnessRead#plan()}. */
class HarnessStreamTest {
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    /** 100 people: ids 0..99, a NULL name every 7th, a NULL score every 11th, one update per minute. */
    private static List<Row> people() {
        return Dataset.hundredPeople(T0);
    }

    private static ConnectorHarness harness(Dataset dataset) {
        return ConnectorHarness.forConnector(PlainConnector.class).withOption("dataset", dataset.name());
    }

    /** A sink keeping what it receives as canonical rows, and the thread it received them on. */
    private static final class Keeping extends RowBuffer {
        final List<Row> rows = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        private final int stopAfter;

        Keeping(EntitySchema schema, int stopAfter) {
            super(schema);
            this.stopAfter = stopAfter;
        }

        @Override
        public boolean endRow() {
            Object[] values = new Object[size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = canonical(i);
            }
            rows.add(Row.of(values));
            threads.add(Thread.currentThread().getName());
            return rows.size() < stopAfter;
        }
    }

    @Test
    void everyRowReachesTheSinkOfItsSplitAfterTheRuntimeFilteredAndProjectedIt() {
        Dataset dataset = Dataset.of(people());
        Map<Integer, Keeping> sinks = new ConcurrentHashMap<>();

        ReadResult result = harness(dataset).withParallelism(2).read("people").columns("score", "id")
                .where(Predicate.ge("score", 50)).rangePartitioned("id", 0, 100, 4)
                .stream(split -> sinks.computeIfAbsent(split.split().index(),
                        index -> new Keeping(split.output(), Integer.MAX_VALUE)));

        List<Row> expected = dataset.rows().stream()
                .filter(row -> row.get(2) != null && (Integer) row.get(2) >= 50)
                .map(row -> Row.of(row.get(2), row.get(0)))
                .toList();
        assertThat(sinks).hasSize(4);
        assertThat(sinks.values().stream().flatMap(sink -> sink.rows.stream()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (SplitResult split : result.splits()) {
            Keeping sink = sinks.get(split.split().index());
            assertThat(sink.rows).hasSize((int) split.rowCount());
            assertThat(sink.threads).allMatch(name -> name.startsWith("dovetail-harness-"));
        }
        assertThat(result.rowCount()).isEqualTo(expected.size());
        assertThatThrownBy(result::rows).isInstanceOf(IllegalStateException.class).hasMessageContaining("stream()");
    }

    @Test
    void aSinkAnsweringNoMoreStopsItsSplit() {
        Dataset dataset = Dataset.of(people());
        List<Keeping> sinks = new CopyOnWriteArrayList<>();

        ReadResult result = harness(dataset).read("people").hashPartitioned("id", 3)
                .stream(split -> {
                    Keeping sink = new Keeping(split.output(), 5);
                    sinks.add(sink);
                    return sink;
                });

        assertThat(sinks).hasSize(3).allSatisfy(sink -> assertThat(sink.rows).hasSize(5));
        assertThat(result.splits()).allSatisfy(split -> assertThat(split.rowCount()).isEqualTo(5));
    }

    @Test
    void theConnectorContractIsStillChecked() {
        Dataset dataset = Dataset.of(people());
        List<Keeping> sinks = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> harness(dataset).withOption("misbehave", "WRONG_TYPE").read("people")
                .stream(split -> {
                    Keeping sink = new Keeping(split.output(), Integer.MAX_VALUE);
                    sinks.add(sink);
                    return sink;
                }))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("broke the RowSink contract").hasMessageContaining("score");
        assertThat(sinks).allSatisfy(sink -> assertThat(sink.rows).isEmpty());
    }

    @Test
    void aNullSinkIsRefusedNamingTheSplit() {
        Dataset dataset = Dataset.of(people());

        assertThatThrownBy(() -> harness(dataset).read("people").stream(split -> null))
                .hasStackTraceContaining("the sink for split");
        assertThatThrownBy(() -> harness(dataset).read("people").stream(null))
                .isInstanceOf(NullPointerException.class).hasMessage("sinks is null");
    }

    @Test
    void planningReadsNoRowAndGivesTheSplitsARunWouldRead() {
        Dataset dataset = Dataset.of(people());
        ConnectorHarness harness = harness(dataset);

        ReadPlan plan = harness.read("people").columns("id").rangePartitioned("id", 0, 100, 3).plan();

        assertThat(plan.splits()).extracting(split -> split.split().predicate().toString())
                .containsExactly("id < 33 OR id IS NULL", "id >= 33 AND id < 66", "id >= 66");
        assertThat(plan.output().fieldNames()).containsExactly("id");
        assertThat(plan.splits()).extracting(SplitPlan::request)
                .allSatisfy(request -> assertThat(request.entityName()).isEqualTo("people"));
        assertThat(dataset.readThreads()).isEmpty();
        assertThat(dataset.sessionsOpened()).isEqualTo(1);
        assertThat(dataset.sessionsClosed()).isEqualTo(1);
        assertThat(harness.read("people").columns("id").rangePartitioned("id", 0, 100, 3).run().plan().splits())
                .extracting(SplitPlan::toString)
                .containsExactlyElementsOf(plan.splits().stream().map(SplitPlan::toString).toList());
    }
}
