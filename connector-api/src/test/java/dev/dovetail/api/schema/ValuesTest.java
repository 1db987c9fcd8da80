package dev.dovetail.api.schema;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @Test
    void epochMicrosRoundTripAcrossTheWholeRange() {
        for (long micros : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_001, -1_000_000, -999_999, -1, 0, 1,
                999_999, 1_000_000, 1_704_067_200_123_456L, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            Instant instant = Values.fromEpochMicros(micros);
            assertThat(Values.toEpochMicros(instant)).as("micros %d (%s)", micros, instant).isEqualTo(micros);
        }
        assertThat(Values.fromEpochMicros(-1)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
        assertThat(Values.toEpochMicros(Instant.parse("2024-01-01T00:00:00.123456789Z"))).isEqualTo(1_704_067_200_123_456L);
        // Sub-microsecond precision is truncated towards the past, also before the epoch.
        assertThat(Values.toEpochMicros(Instant.parse("1969-12-31T23:59:59.999999999Z"))).isEqualTo(-1);
    }

    @Test
    void instantsOutsideTheMicrosecondRangeOverflow() {
        Instant beyond = Values.fromEpochMicros(Long.MAX_VALUE).plusNanos(1000);
        Instant before = Values.fromEpochMicros(Long.MIN_VALUE).minusNanos(1000);
        assertThatThrownBy(() -> Values.toEpochMicros(beyond)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Values.toEpochMicros(before)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Values.toEpochMicros(Instant.MAX)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void longSlotsHoldBooleansIntegersDatesAndTimestamps() {
        assertThat(Values.toLongSlot(true)).isEqualTo(1);
        assertThat(Values.toLongSlot(false)).isZero();
        assertThat(Values.toLongSlot((byte) -3)).isEqualTo(-3);
        assertThat(Values.toLongSlot((short) 300)).isEqualTo(300);
        assertThat(Values.toLongSlot(7)).isEqualTo(7);
        assertThat(Values.toLongSlot(LocalDate.of(1970, 1, 2))).isEqualTo(1);
        assertThat(Values.toLongSlot(Instant.ofEpochSecond(1))).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Values.toLongSlot("7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("String 7");

        assertThat(Values.fromLongSlot(DataType.Kind.BOOLEAN, 1)).isEqualTo(true);
        assertThat(Values.fromLongSlot(DataType.Kind.BYTE, -3)).isEqualTo((byte) -3);
        assertThat(Values.fromLongSlot(DataType.Kind.SHORT, 300)).isEqualTo((short) 300);
        assertThat(Values.fromLongSlot(DataType.Kind.INT, 7)).isEqualTo(7);
        assertThat(Values.fromLongSlot(DataType.Kind.LONG, 7)).isEqualTo(7L);
        assertThat(Values.fromLongSlot(DataType.Kind.DATE, 19723)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Values.fromLongSlot(DataType.Kind.TIMESTAMP, 1)).isEqualTo(Instant.parse("1970-01-01T00:00:00.000001Z"));
        assertThatThrownBy(() -> Values.fromLongSlot(DataType.Kind.STRING, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Values.fromDoubleSlot(DataType.Kind.FLOAT, 0.5)).isEqualTo(0.5f);
        assertThat(Values.fromDoubleSlot(DataType.Kind.DOUBLE, 0.5)).isEqualTo(0.5);
        assertThat(Values.toEpochDay(LocalDate.of(2024, 1, 1))).isEqualTo(19723);
        assertThat(Values.fromEpochDay(19723)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void canonicalValuesPerType() {
        assertThat(Values.isCanonical(1L, DataType.LONG)).isTrue();
        assertThat(Values.isCanonical(1, DataType.LONG)).isFalse();
        assertThat(Values.isCanonical(1, DataType.INT)).isTrue();
        assertThat(Values.isCanonical(1.5f, DataType.FLOAT)).isTrue();
        assertThat(Values.isCanonical(1.5, DataType.FLOAT)).isFalse();
        assertThat(Values.isCanonical(new BigDecimal("1.25"), DataType.decimal(5, 2))).isTrue();
        assertThat(Values.isCanonical(new BigDecimal("1.255"), DataType.decimal(5, 2))).isFalse();
        assertThat(Values.isCanonical(new byte[] {1}, DataType.BINARY)).isTrue();
        assertThat(Values.isCanonical(LocalDate.EPOCH, DataType.DATE)).isTrue();
        assertThat(Values.isCanonical(Instant.EPOCH, DataType.DATE)).isFalse();
        assertThat(Values.isCanonical(List.of(1L, "a"), DataType.parse("STRUCT<a:LONG,b:STRING>"))).isTrue();
        assertThat(Values.isCanonical(List.of(1L), DataType.parse("STRUCT<a:LONG,b:STRING>"))).isFalse();
        assertThat(Values.isCanonical(Map.of("a", 1L), DataType.parse("MAP<STRING,LONG>"))).isTrue();
    }

    @Test
    void literalsAreNormalised() {
        assertThat(Values.normalizeLiteral((byte) 1)).isEqualTo(1L);
        assertThat(Values.normalizeLiteral((short) 1)).isEqualTo(1L);
        assertThat(Values.normalizeLiteral(1)).isEqualTo(1L);
        assertThat(Values.normalizeLiteral(1.5f)).isEqualTo(1.5);
        assertThat(Values.normalizeLiteral(BigInteger.TEN)).isEqualTo(BigDecimal.TEN);
        assertThat(Values.normalizeLiteral("x")).isEqualTo("x");
        assertThatThrownBy(() -> Values.normalizeLiteral(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IS NULL");
        assertThatThrownBy(() -> Values.normalizeLiteral(new Object() {
            @Override
            public String toString() {
                return "thing";
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thing");
        assertThatThrownBy(() -> Values.normalizeLiteral(List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
