package dev.dovetail.api.runtime;

import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The runtime's sinks: {@link RowBuffer}, {@link FilteringSink}, {@link ProjectingSink} and {@link BookmarkTracker}. */
class SinksTest {
    private static final EntitySchema EVERY_KIND = EntitySchema.builder("kinds")
            .field("bool", DataType.BOOLEAN)
            .field("b", DataType.BYTE)
            .field("s", DataType.SHORT)
            .field("i", DataType.INT)
            .field("l", DataType.LONG)
            .field("f", DataType.FLOAT)
            .field("d", DataType.DOUBLE)
            .field("dec", DataType.decimal(10, 2))
            .field("str", DataType.STRING)
            .field("bin", DataType.BINARY)
            .field("day", DataType.DATE)
            .field("ts", DataType.TIMESTAMP)
            .field("st", DataType.struct(List.of(Field.of("x", DataType.LONG))))
            .field("list", DataType.list(DataType.STRING))
            .field("map", DataType.map(DataType.STRING, DataType.LONG))
            .build();
    private static final Row FULL = Row.of(true, (byte) -7, (short) 300, 70_000, 9_000_000_000L, 1.5f, -2.25,
            new BigDecimal("12.34"), "text", new byte[] {1, 2, 3}, LocalDate.of(2024, 2, 29),
            Instant.parse("2024-02-29T12:00:00.000001Z"), List.of(5L), List.of("a", "b"), Map.of("k", 1L));
    private static final Row EMPTY = Row.of(new Object[EVERY_KIND.size()]);

    private static void write(RowSink sink, EntitySchema schema, Row row) {
        for (int c = 0; c < schema.size(); c++) {
            MemoryConnector.writeValue(sink, c, schema.field(c).type().kind(), row.get(c));
        }
    }

    @Test
    void aRowBufferReplaysEveryKindWithItsOwnSetter() {
        RowBuffer buffer = new RowBuffer(EVERY_KIND);
        RowCollector collector = new RowCollector(EVERY_KIND);

        for (Row row : List.of(FULL, EMPTY, FULL)) {
            write(buffer, EVERY_KIND, row);
            for (int c = 0; c < EVERY_KIND.size(); c++) {
                buffer.replay(c, collector, c);
                assertThat(buffer.canonical(c)).isEqualTo(row.get(c));
            }
            assertThat(buffer.hasNull()).isEqualTo(row == EMPTY);
            collector.endRow();
        }

        assertThat(collector.rows()).containsExactly(FULL, EMPTY, FULL);
    }

    @Test
    void aRowBufferIsARowViewOfSlots() {
        RowBuffer buffer = new RowBuffer(EVERY_KIND);
        write(buffer, EVERY_KIND, FULL);
        assertThat(buffer.size()).isEqualTo(EVERY_KIND.size());
        assertThat(buffer.getLong(0)).isEqualTo(1);
        assertThat(buffer.getLong(1)).isEqualTo(-7);
        assertThat(buffer.getLong(10)).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(buffer.getDouble(5)).isEqualTo(1.5);
        assertThat(buffer.getObject(8)).isEqualTo("text");
        buffer.setString(8, null);
        assertThat(buffer.isNull(8)).isTrue();
        buffer.setString(8, "again");
        assertThat(buffer.isNull(8)).isFalse();
        assertThat(buffer.endRow()).isTrue();
    }

    @Test
    void aFilteringSinkPassesOnlyRowsThatAreTrue() {
        EntitySchema schema = EntitySchema.builder("t").field("id", DataType.LONG).field("name", DataType.STRING).build();
        RowCollector collector = new RowCollector(schema);
        FilteringSink sink = new FilteringSink(schema,
                PredicateEvaluator.compile(Predicate.not(Predicate.eq("name", "skip")), schema), collector);

        for (Row row : List.of(Row.of(1L, "keep"), Row.of(2L, "skip"), Row.of(3L, null), Row.of(null, "kept too"))) {
            write(sink, schema, row);
            assertThat(sink.endRow()).isTrue();
        }

        assertThat(collector.rows()).containsExactly(Row.of(1L, "keep"), Row.of(null, "kept too"));
    }

    @Test
    void aProjectingSinkReordersDropsTracksAndStops() {
        // Read columns: every kind; output: str, l, day; bookmark keys: (day, l) descending.
        EntitySchema output = EVERY_KIND.project(List.of("str", "l", "day"));
        int[] outputIndex = new int[EVERY_KIND.size()];
        Arrays.fill(outputIndex, -1);
        outputIndex[8] = 0;
        outputIndex[4] = 1;
        outputIndex[10] = 2;
        BookmarkTracker tracker = new BookmarkTracker(EVERY_KIND.project(List.of("day", "l")), SortOrder.DESC);
        RowCollector collector = new RowCollector(output);
        ProjectingSink sink = new ProjectingSink(collector, outputIndex, new int[] {10, 4}, tracker, 3);

        Row second = Row.of(false, (byte) 1, (short) 1, 1, 5L, 0f, 0.0, BigDecimal.ONE, "second", new byte[0],
                LocalDate.of(2024, 2, 29), Instant.EPOCH, List.of(1L), List.of(), Map.of());
        Row third = Row.of(false, (byte) 1, (short) 1, 1, 1L, 0f, 0.0, BigDecimal.ONE, "third", new byte[0],
                LocalDate.of(2025, 1, 1), Instant.EPOCH, List.of(1L), List.of(), Map.of());
        Row fourth = Row.of(false, (byte) 1, (short) 1, 1, 0L, 0f, 0.0, BigDecimal.ONE, "fourth", new byte[0],
                LocalDate.of(2000, 1, 1), Instant.EPOCH, List.of(1L), List.of(), Map.of());
        write(sink, EVERY_KIND, FULL);
        assertThat(sink.endRow()).isTrue();
        write(sink, EVERY_KIND, second);
        assertThat(sink.endRow()).isTrue();
        write(sink, EVERY_KIND, EMPTY);
        assertThat(sink.endRow()).as("the limit of 3 is reached").isFalse();
        write(sink, EVERY_KIND, fourth);
        assertThat(sink.endRow()).as("stopped stays stopped").isFalse();

        assertThat(collector.rows()).containsExactly(
                Row.of("text", 9_000_000_000L, LocalDate.of(2024, 2, 29)),
                Row.of("second", 5L, LocalDate.of(2024, 2, 29)),
                Row.of(null, null, null));
        // Descending: the smallest (day, l); the NULL row is not tracked, the row after the stop not seen.
        assertThat(tracker.best()).hasValue(List.of(LocalDate.of(2024, 2, 29), 5L));

        RowCollector unused = new RowCollector(output);
        ProjectingSink zero = new ProjectingSink(unused, outputIndex, new int[0], null, 0);
        write(zero, EVERY_KIND, third);
        assertThat(zero.endRow()).isFalse();
        assertThat(unused.rows()).isEmpty();
    }

    @Test
    void utf8BytesPassAProjectingSinkAsTheyAreAndAreDecodedForBookmarkKeysAndFilters() {
        EntitySchema schema = EntitySchema.builder("t").field("id", DataType.LONG).field("name", DataType.STRING).build();
        byte[] row = "..héllo ☃..".getBytes(StandardCharsets.UTF_8);
        int length = row.length - 4;
        List<String> utf8Calls = new ArrayList<>();
        RowSink bytesOnly = new RowBuffer(schema.project(List.of("name"))) {
            @Override
            public void setUtf8(int column, byte[] utf8, int offset, int length) {
                utf8Calls.add(column + ":" + new String(utf8, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void setString(int column, String value) {
                throw new AssertionError("the bytes were decoded on their way to a sink that takes them");
            }
        };
        BookmarkTracker tracker = new BookmarkTracker(schema.project(List.of("name")), SortOrder.ASC);
        ProjectingSink projecting = new ProjectingSink(bytesOnly, new int[] {-1, 0}, new int[] {1}, tracker, Long.MAX_VALUE);

        projecting.setLong(0, 1L);
        projecting.setUtf8(1, row, 2, length);
        projecting.endRow();

        assertThat(utf8Calls).containsExactly("0:héllo ☃");
        assertThat(tracker.best()).hasValue(List.of("héllo ☃"));

        RowCollector collector = new RowCollector(schema);
        FilteringSink filtering = new FilteringSink(schema,
                PredicateEvaluator.compile(Predicate.eq("name", "héllo ☃"), schema), collector);
        for (String name : List.of("héllo ☃", "other")) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            filtering.setLong(0, 2L);
            filtering.setUtf8(1, utf8, 0, utf8.length);
            filtering.endRow();
        }
        filtering.setLong(0, 3L);
        filtering.setUtf8(1, null, 0, 0);
        filtering.endRow();
        assertThat(collector.rows()).containsExactly(Row.of(2L, "héllo ☃"));
    }

    @Test
    void theTrackerKeepsTheBestTupleOfEveryOrderedKind() {
        EntitySchema keys = EntitySchema.builder("k").field("dec", DataType.decimal(10, 2)).field("str", DataType.STRING)
                .field("f", DataType.FLOAT).field("i", DataType.INT).build();
        BookmarkTracker ascending = new BookmarkTracker(keys, SortOrder.ASC);
        BookmarkTracker descending = new BookmarkTracker(keys, SortOrder.DESC);
        List<Row> rows = List.of(
                Row.of(new BigDecimal("1.50"), "b", 1.5f, 3),
                Row.of(new BigDecimal("1.5"), "b", 2.5f, 1),
                Row.of(new BigDecimal("0.99"), "z", 9f, 9),
                Row.of(new BigDecimal("2.00"), null, 0f, 0),
                Row.of(new BigDecimal("1.50"), "a", 7f, 7));
        for (Row row : rows) {
            for (BookmarkTracker tracker : List.of(ascending, descending)) {
                write(tracker.current(), keys, row);
                tracker.endRow();
            }
        }

        assertThat(ascending.best()).hasValue(List.of(new BigDecimal("1.5"), "b", 2.5, 1L));
        assertThat(descending.best()).hasValue(List.of(new BigDecimal("0.99"), "z", 9.0, 9L));
        assertThat(new BookmarkTracker(keys, SortOrder.ASC).best()).isEmpty();
    }

    @Test
    void theBestOfSeveralSplitsTuples() {
        List<List<Object>> candidates = List.of(List.of(5L, "a"), List.of(5L, "c"), List.of(4L, "z"));
        assertThat(BookmarkTracker.best(candidates, SortOrder.ASC)).hasValue(List.of(5L, "c"));
        assertThat(BookmarkTracker.best(candidates, SortOrder.DESC)).hasValue(List.of(4L, "z"));
        assertThat(BookmarkTracker.best(List.of(), SortOrder.ASC)).isEqualTo(Optional.empty());
    }
}
