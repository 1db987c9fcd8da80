package dev.dovetail.spark;

import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadPlanner;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.spark.memory.MemoryConnectorDescriptor;
import dev.dovetail.spark.memory.MemoryStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The columnar push-to-pull bridge on its own, without a Spark session: rows arrive in order in reused
 * column vectors, every flat type and its NULL, multi-byte UTF-8, wide decimals; memory stays bounded
 * however large the split, closing early stops the connector, and a failure arrives after the batches read
 * before it, naming the split.
 */
class SplitColumnarReaderTest {
    private static final int ROWS = 100_000;
    private static final EntitySchema FLAT = EntitySchema.builder(Entity.builder("flat").build())
            .field("id", DataType.LONG)
            .field("flag", DataType.BOOLEAN)
            .field("tiny", DataType.BYTE)
            .field("small", DataType.SHORT)
            .field("count", DataType.INT)
            .field("ratio", DataType.FLOAT)
            .field("score", DataType.DOUBLE)
            .field("price", DataType.decimal(10, 2))
            .field("huge", DataType.decimal(38, 10))
            .field("name", DataType.STRING)
            .field("payload", DataType.BINARY)
            .field("day", DataType.DATE)
            .field("at", DataType.TIMESTAMP)
            .build();

    private static SparkConnection connection(String store, String table) {
        return new SparkConnection(new MemoryConnectorDescriptor(), ConnectionOptions.of("store", store, "dbTable", table,
                "secretResolver", "file:/nonexistent/secrets.json"));
    }

    private static SplitColumnarReader reader(SparkConnection connection, EntitySchema schema, List<SplitOutcome> outcomes) {
        ReadPlan plan;
        try (RuntimeSession session = connection.open()) {
            plan = ReadPlanner.plan(session, connection.descriptor().readCapabilities(),
                    ReadQuery.builder(schema.name()).build(), new InMemoryBookmarkStore(), Clock.systemUTC());
        }
        int[] ordinals = new int[schema.size()];
        Arrays.setAll(ordinals, i -> i);
        return new SplitColumnarReader(connection::open, plan.splits().get(0), SparkTypes.toSpark(schema), ordinals,
                outcomes::add);
    }

    private static MemoryStore customers(String name, int rows) {
        List<Row> customers = new ArrayList<>(rows);
        for (long id = 0; id < rows; id++) {
            customers.add(Row.of(id, "c" + id));
        }
        return MemoryStore.named(name).put(TestTables.CUSTOMERS, customers);
    }

    @Test
    void returnsEveryRowInOrderInBatchesThenTheOutcome() {
        customers("columnar-all", ROWS);
        List<SplitOutcome> outcomes = new ArrayList<>();
        SplitColumnarReader reader = reader(connection("columnar-all", "customers"), TestTables.CUSTOMERS, outcomes);
        long expected = 0;
        int batches = 0;
        while (reader.next()) {
            ColumnarBatch batch = reader.get();
            assertThat(batch.numRows()).isBetween(1, SplitColumnarReader.BATCH_ROWS);
            for (int row = 0; row < batch.numRows(); row++) {
                assertThat(batch.column(0).getLong(row)).isEqualTo(expected);
                assertThat(batch.column(1).getUTF8String(row).toString()).isEqualTo("c" + expected);
                expected++;
            }
            batches++;
        }
        reader.close();

        assertThat(expected).isEqualTo(ROWS);
        assertThat(batches).isEqualTo((ROWS + SplitColumnarReader.BATCH_ROWS - 1) / SplitColumnarReader.BATCH_ROWS);
        assertThat(outcomes).hasSize(1);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void writesEveryFlatTypeItsNullMultiByteUtf8AndWideDecimals() {
        BigDecimal huge = new BigDecimal("1234567890123456789012345678.0123456789");
        String unicode = "Zoë ☃ 𝄞 日本";
        Row full = Row.of(7L, true, (byte) -3, (short) 300, 42, 1.5f, 2.25, new BigDecimal("12345678.90"), huge, unicode,
                new byte[] {0, -1, 2}, LocalDate.of(2024, 2, 29), Instant.parse("2024-02-29T12:00:00.000123Z"));
        Object[] nulls = new Object[FLAT.size()];
        nulls[0] = 8L;
        MemoryStore.named("columnar-types").put(FLAT, List.of(full, Row.of(nulls), Row.of(9L, false, (byte) 0, (short) 0, 0,
                0f, 0d, BigDecimal.ZERO, huge.negate(), "plain", new byte[0], LocalDate.of(1969, 12, 31),
                Instant.parse("1969-12-31T23:59:59Z"))));
        SplitColumnarReader reader = reader(connection("columnar-types", "flat"), FLAT, new ArrayList<>());

        assertThat(reader.next()).isTrue();
        ColumnarBatch batch = reader.get();
        assertThat(batch.numRows()).isEqualTo(3);
        assertThat(batch.column(1).getBoolean(0)).isTrue();
        assertThat(batch.column(2).getByte(0)).isEqualTo((byte) -3);
        assertThat(batch.column(3).getShort(0)).isEqualTo((short) 300);
        assertThat(batch.column(4).getInt(0)).isEqualTo(42);
        assertThat(batch.column(5).getFloat(0)).isEqualTo(1.5f);
        assertThat(batch.column(6).getDouble(0)).isEqualTo(2.25);
        assertThat(batch.column(7).getDecimal(0, 10, 2).toJavaBigDecimal()).isEqualByComparingTo("12345678.90");
        assertThat(batch.column(8).getDecimal(0, 38, 10).toJavaBigDecimal()).isEqualTo(huge);
        assertThat(batch.column(8).getDecimal(2, 38, 10).toJavaBigDecimal()).isEqualTo(huge.negate());
        assertThat(batch.column(9).getUTF8String(0).toString()).isEqualTo(unicode);
        assertThat(batch.column(9).getUTF8String(2).toString()).isEqualTo("plain");
        assertThat(batch.column(10).getBinary(0)).containsExactly(0, -1, 2);
        assertThat(batch.column(10).getBinary(2)).isEmpty();
        assertThat(batch.column(11).getInt(0)).isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(batch.column(11).getInt(2)).isEqualTo(-1);
        assertThat(batch.column(12).getLong(0)).isEqualTo(Instant.parse("2024-02-29T12:00:00Z").getEpochSecond() * 1_000_000 + 123);
        assertThat(batch.column(12).getLong(2)).isEqualTo(-1_000_000L);
        for (int column = 1; column < FLAT.size(); column++) {
            assertThat(batch.column(column).isNullAt(0)).as("column %d of the full row", column).isFalse();
            assertThat(batch.column(column).isNullAt(1)).as("column %d of the NULL row", column).isTrue();
            assertThat(batch.column(column).isNullAt(2)).as("column %d of the zero row", column).isFalse();
        }
        assertThat(reader.next()).isFalse();
        reader.close();
    }

    @Test
    void aRefilledBatchKeepsNoValueOrNullOfTheBatchBefore() {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < 3L * SplitColumnarReader.BATCH_ROWS * SplitColumnarReader.BATCHES; id++) {
            rows.add(Row.of(id, id % 3 == 0 ? null : "ü" + id));
        }
        MemoryStore.named("columnar-refill").put(TestTables.CUSTOMERS, rows);
        SplitColumnarReader reader = reader(connection("columnar-refill", "customers"), TestTables.CUSTOMERS, new ArrayList<>());
        long id = 0;
        while (reader.next()) {
            ColumnarBatch batch = reader.get();
            for (int row = 0; row < batch.numRows(); row++, id++) {
                assertThat(batch.column(0).getLong(row)).isEqualTo(id);
                if (id % 3 == 0) {
                    assertThat(batch.column(1).isNullAt(row)).isTrue();
                } else {
                    assertThat(batch.column(1).isNullAt(row)).isFalse();
                    assertThat(batch.column(1).getUTF8String(row).toString()).isEqualTo("ü" + id);
                }
            }
        }
        reader.close();
        assertThat(id).isEqualTo(rows.size());
    }

    @Test
    void closingEarlyStopsTheConnectorWithinTheBoundedBuffer() throws Exception {
        MemoryStore store = customers("columnar-early", ROWS);
        List<SplitOutcome> outcomes = new ArrayList<>();
        SplitColumnarReader reader = reader(connection("columnar-early", "customers"), TestTables.CUSTOMERS, outcomes);
        assertThat(reader.next()).isTrue();
        Thread.sleep(200); // the producer fills what the queue holds, then waits

        reader.close();

        assertThat(store.rowsRead())
                .isLessThanOrEqualTo((long) (SplitColumnarReader.BATCHES + 1) * SplitColumnarReader.BATCH_ROWS + 1);
        assertThat(outcomes).as("a split closed early has no outcome to commit").isEmpty();
    }

    @Test
    void aFailureArrivesAfterTheRowsBeforeItNamingTheSplit() {
        List<Row> rows = new ArrayList<>();
        for (long id = 1; id <= SplitColumnarReader.BATCH_ROWS; id++) {
            rows.add(Row.of(id, "ok"));
        }
        rows.add(Row.of(SplitColumnarReader.BATCH_ROWS + 1L, "poison"));
        MemoryStore.named("columnar-poison").put(TestTables.CUSTOMERS, rows);
        SplitColumnarReader reader = reader(connection("columnar-poison", "customers"), TestTables.CUSTOMERS, new ArrayList<>());

        assertThat(reader.next()).isTrue();
        assertThat(reader.get().numRows()).isEqualTo(SplitColumnarReader.BATCH_ROWS);
        assertThatThrownBy(reader::next).hasMessageContaining("row " + (SplitColumnarReader.BATCH_ROWS + 1) + " is poisoned")
                .hasMessageContaining("split #0 of 1");
        reader.close();
    }

    @Test
    void onlyFlatSchemasHaveAVectorForm() {
        assertThat(SplitColumnarReader.supports(SparkTypes.toSpark(FLAT))).isTrue();
        assertThat(SplitColumnarReader.supports(SparkTypes.toSpark(TestTables.ORDERS))).isFalse();
    }
}
