package dev.dovetail.api.read;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
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
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Row}, {@link Split}, {@link ReadRequest} and the default methods of {@link RowSink}. */
class RowAndSplitTest {

    @Test
    void rowsHoldCanonicalValuesAndCompareByValueArraysIncluded() {
        Row row = Row.of(1L, "ada", null, new byte[] {(byte) 0xCA, (byte) 0xFE}, LocalDate.of(2024, 1, 31),
                Instant.parse("2024-01-31T10:15:30Z"), new BigDecimal("1.50"), true, 2.5);

        assertThat(row.size()).isEqualTo(9);
        assertThat(row.get(1)).isEqualTo("ada");
        assertThat(row.isNull(2)).isTrue();
        assertThat(row.isNull(0)).isFalse();
        assertThat(row.getLong(0)).isEqualTo(1L);
        assertThat(row.getLong(4)).isEqualTo(LocalDate.of(2024, 1, 31).toEpochDay());
        assertThat(row.getLong(5)).isEqualTo(1_706_696_130_000_000L);
        assertThat(row.getLong(7)).isEqualTo(1L);
        assertThat(row.getDouble(8)).isEqualTo(2.5);
        assertThat(row.getObject(6)).isEqualTo(new BigDecimal("1.50"));
        assertThat(row).hasToString("[1, 'ada', NULL, 0xcafe, 2024-01-31, 2024-01-31T10:15:30Z, 1.50, true, 2.5]");

        Row same = Row.of(1L, "ada", null, new byte[] {(byte) 0xCA, (byte) 0xFE}, LocalDate.of(2024, 1, 31),
                Instant.parse("2024-01-31T10:15:30Z"), new BigDecimal("1.50"), true, 2.5);
        assertThat(row).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(row).isNotEqualTo(Row.of(1L, "ada"));
        assertThat(Row.of(List.of(1L, "a"))).isEqualTo(Row.of(1L, "a"));
    }

    @Test
    void rowsAreImmutable() {
        Object[] values = {1L, "a"};
        Row row = Row.of(values);
        values[0] = 2L;
        assertThat(row.get(0)).isEqualTo(1L);
        assertThatThrownBy(() -> row.values().set(0, 3L)).isInstanceOf(UnsupportedOperationException.class);
        List<Object> list = new ArrayList<>(Arrays.asList(1L, null));
        Row fromList = Row.of(list);
        list.set(0, 5L);
        assertThat(fromList.values()).containsExactly(1L, null);
    }

    @Test
    void splitsCheckTheirNumberingAndDescribeThemselves() {
        Split split = Split.of(1, 4, Predicate.and(Predicate.ge("id", 33L), Predicate.lt("id", 66L)))
                .withProperties(Map.of("b", "2", "a", "1"));

        assertThat(split.describe()).isEqualTo("#1 of 4 (id >= 33 AND id < 66) {a=1, b=2}");
        assertThat(split).hasToString("Split#1 of 4 (id >= 33 AND id < 66) {a=1, b=2}");
        assertThat(Split.whole()).isEqualTo(new Split(0, 1, Predicate.alwaysTrue(), Map.of()));
        assertThatThrownBy(() -> Split.of(4, 4, Predicate.alwaysTrue())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split index 4 of 4 is out of range");
        assertThatThrownBy(() -> Split.of(-1, 4, Predicate.alwaysTrue())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Split.of(0, 0, Predicate.alwaysTrue())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Split.of(0, 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> split.properties().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readRequests() {
        EntitySchema schema = EntitySchema.builder("t").field("id", DataType.LONG).build();
        ReadRequest all = ReadRequest.all(schema);

        assertThat(all.entityName()).isEqualTo("t");
        assertThat(all.projection()).isEqualTo(schema);
        assertThat(all.predicate().isAlwaysTrue()).isTrue();
        assertThat(all.limit()).isEmpty();
        assertThat(all.split()).isEqualTo(Split.whole());
        assertThat(all.bookmark()).isEmpty();
        assertThatThrownBy(() -> new ReadRequest(schema, schema, Predicate.alwaysTrue(), OptionalLong.of(-1), Split.whole(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessage("a limit is negative: -1");
        assertThatThrownBy(() -> new ReadRequest(schema, schema, null, OptionalLong.empty(), Split.whole(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        BookmarkState state = new BookmarkState(List.of("id"), SortOrder.ASC, List.of(1L));
        assertThat(new ReadRequest(schema, schema, state.rowsAfter(), OptionalLong.of(0), Split.whole(), Optional.of(state))
                .bookmark()).hasValue(state);
    }

    @Test
    void theSinksDateAndTimestampObjectSettersConvertOrSetNull() {
        List<String> calls = new ArrayList<>();
        RowSink sink = new RecordingSink(calls);

        sink.setDate(0, LocalDate.of(1970, 1, 11));
        sink.setDate(1, (LocalDate) null);
        sink.setTimestamp(2, Instant.ofEpochSecond(1, 5_000));
        sink.setTimestamp(3, (Instant) null);

        assertThat(calls).containsExactly("date 0 10", "null 1", "timestamp 2 1000005", "null 3");
    }

    @Test
    void theSinksUtf8SetterDecodesTheRangeIntoAStringByDefault() {
        List<String> calls = new ArrayList<>();
        RowSink sink = new RecordingSink(calls);
        byte[] bytes = "[ünï ☃ 😀]".getBytes(StandardCharsets.UTF_8);

        sink.setUtf8(0, bytes, 1, bytes.length - 2);
        sink.setUtf8(1, null, 0, 0);

        assertThat(calls).containsExactly("string 0 ünï ☃ 😀", "string 1 null");
    }

    /** Records the primitive calls the default methods make. */
    private record RecordingSink(List<String> calls) implements RowSink {
        @Override
        public void setNull(int column) {
            calls.add("null " + column);
        }

        @Override
        public void setBoolean(int column, boolean value) {
        }

        @Override
        public void setByte(int column, byte value) {
        }

        @Override
        public void setShort(int column, short value) {
        }

        @Override
        public void setInt(int column, int value) {
        }

        @Override
        public void setLong(int column, long value) {
        }

        @Override
        public void setFloat(int column, float value) {
        }

        @Override
        public void setDouble(int column, double value) {
        }

        @Override
        public void setDecimal(int column, BigDecimal value) {
        }

        @Override
        public void setString(int column, String value) {
            calls.add("string " + column + " " + value);
        }

        @Override
        public void setBinary(int column, byte[] value) {
        }

        @Override
        public void setDate(int column, int epochDay) {
            calls.add("date " + column + " " + epochDay);
        }

        @Override
        public void setTimestamp(int column, long epochMicros) {
            calls.add("timestamp " + column + " " + epochMicros);
        }

        @Override
        public void setStruct(int column, List<?> fieldValues) {
        }

        @Override
        public void setList(int column, List<?> elements) {
        }

        @Override
        public void setMap(int column, Map<?, ?> entries) {
        }

        @Override
        public boolean endRow() {
            return true;
        }
    }
}
