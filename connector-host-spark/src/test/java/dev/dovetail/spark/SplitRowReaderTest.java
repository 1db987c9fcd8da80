package dev.dovetail.spark;

import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadPlanner;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.spark.memory.MemoryConnectorDescriptor;
import dev.dovetail.spark.memory.MemoryStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The push-to-pull bridge on its own, without a Spark session: rows arrive in order through reused rows,
 * memory stays bounded however large the split, closing early stops the connector, and a failure arrives
 * after the rows read before it.
 */
class SplitRowReaderTest {
    private static final int ROWS = 100_000;

    private static SparkConnection connection(String store) {
        return new SparkConnection(new MemoryConnectorDescriptor(), ConnectionOptions.of("store", store, "dbTable", "customers",
                "secretResolver", "file:/nonexistent/secrets.json"));
    }

    private static SplitRowReader reader(SparkConnection connection, List<SplitOutcome> outcomes) {
        ReadPlan plan;
        try (RuntimeSession session = connection.open()) {
            plan = ReadPlanner.plan(session, connection.descriptor().readCapabilities(),
                    ReadQuery.builder("customers").build(), new InMemoryBookmarkStore(), Clock.systemUTC());
        }
        return new SplitRowReader(connection::open, plan.splits().get(0), SparkTypes.toSpark(TestTables.CUSTOMERS),
                new int[] {0, 1}, outcomes::add);
    }

    private static MemoryStore store(String name, int rows) {
        List<Row> customers = new ArrayList<>(rows);
        for (long id = 0; id < rows; id++) {
            customers.add(Row.of(id, "c" + id));
        }
        return MemoryStore.named(name).put(TestTables.CUSTOMERS, customers);
    }

    @Test
    void returnsEveryRowInOrderThenTheOutcome() {
        store("bridge-all", ROWS);
        List<SplitOutcome> outcomes = new ArrayList<>();
        SplitRowReader reader = reader(connection("bridge-all"), outcomes);
        long expected = 0;
        while (reader.next()) {
            assertThat(reader.get().getLong(0)).isEqualTo(expected);
            assertThat(reader.get().getUTF8String(1).toString()).isEqualTo("c" + expected);
            expected++;
        }
        reader.close();

        assertThat(expected).isEqualTo(ROWS);
        assertThat(outcomes).hasSize(1);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void closingEarlyStopsTheConnectorWithinTheBoundedBuffer() throws Exception {
        MemoryStore store = store("bridge-early", ROWS);
        List<SplitOutcome> outcomes = new ArrayList<>();
        SplitRowReader reader = reader(connection("bridge-early"), outcomes);
        for (int i = 0; i < 10; i++) {
            assertThat(reader.next()).isTrue();
        }
        Thread.sleep(200); // the producer fills what the queue holds, then waits

        reader.close();

        assertThat(store.rowsRead()).isLessThanOrEqualTo((long) SplitRowReader.BATCHES * SplitRowReader.BATCH_ROWS + 1);
        assertThat(outcomes).as("a split closed early has no outcome to commit").isEmpty();
    }

    @Test
    void aFailureArrivesAfterTheRowsBeforeIt() {
        MemoryStore.named("bridge-poison").put(TestTables.CUSTOMERS, List.of(Row.of(1L, "ok"), Row.of(2L, "poison")));
        SplitRowReader reader = reader(connection("bridge-poison"), new ArrayList<>());

        assertThat(reader.next()).isTrue();
        assertThat(reader.get().getLong(0)).isEqualTo(1L);
        assertThatThrownBy(reader::next).hasMessageContaining("row 2 is poisoned").hasMessageContaining("split #0 of 1");
        reader.close();
    }
}
