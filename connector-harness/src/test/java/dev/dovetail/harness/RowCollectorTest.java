package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.read.RowSink;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness's checking sink, beyond 64 columns too (its set columns are bits, 64 to a word). */
class RowCollectorTest {
    private static EntitySchema longs(int columns) {
        EntitySchema.Builder builder = EntitySchema.builder(Entity.builder("wide").build());
        for (int i = 0; i < columns; i++) {
            builder.field("c" + i, DataType.LONG);
        }
        return builder.build();
    }

    @Test
    void aRowOfSeventyColumnsPassesWhenEachIsSetOnceAndNamesTheOneMissing() {
        RowCollector collector = new RowCollector(longs(70), true, DiscardingSink.INSTANCE);
        for (int i = 69; i >= 0; i--) {
            collector.setLong(i, i);
        }
        assertThat(collector.endRow()).isTrue();
        for (int i = 0; i < 70; i++) {
            if (i != 65) {
                collector.setLong(i, i);
            }
        }

        assertThatThrownBy(collector::endRow).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("ended row 1 without setting column 'c65'");
        assertThat(collector.count()).isEqualTo(1);
        assertThat(collector.rows()).hasSize(1);
        assertThat(collector.rows().get(0)).isEqualTo(Row.of(java.util.stream.LongStream.range(0, 70).boxed().toArray()));
    }

    @Test
    void aColumnSetTwiceInARowIsAViolationInEitherWord() {
        RowCollector collector = new RowCollector(longs(70), false, DiscardingSink.INSTANCE);
        collector.setLong(3, 1);
        collector.setLong(67, 1);

        assertThatThrownBy(() -> collector.setLong(67, 2)).hasMessageContaining("set column 'c67' twice in row 0");
        assertThatThrownBy(() -> collector.setNull(3)).hasMessageContaining("set column 'c3' twice in row 0");
    }

    @Test
    void aColumnOutsideTheProjectionOrOfAnotherTypeIsAViolation() {
        RowCollector collector = new RowCollector(longs(2), false, DiscardingSink.INSTANCE);

        assertThatThrownBy(() -> collector.setLong(2, 1)).hasMessageContaining("wrote column index 2 but the projection has 2 columns");
        assertThatThrownBy(() -> collector.setString(0, "x")).hasMessageContaining("wrote a STRING into column 'c0'");
        assertThatThrownBy(() -> collector.setBinary(1, new byte[1])).hasMessageContaining("wrote a BINARY into column 'c1', which is LONG");
        assertThatThrownBy(() -> collector.setNull(2)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("wrote column index 2 but the projection has 2 columns [c0, c1]");
        assertThatThrownBy(() -> collector.setNull(-1)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("wrote column index -1 but the projection has 2 columns");
    }

    @Test
    void aNullInANotNullColumnOrADecimalOfALargerScaleIsAViolationAndNothingReachesDownstream() {
        EntitySchema schema = EntitySchema.builder(Entity.builder("t").build())
                .field(dev.dovetail.api.schema.Field.builder("id", DataType.LONG).nullable(false).build())
                .field("price", DataType.decimal(10, 2)).build();
        RowBuffer downstream = new RowBuffer(schema);
        RowCollector collector = new RowCollector(schema, false, downstream);

        assertThatThrownBy(() -> collector.setNull(0)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("set NULL in column 'id', which is NOT NULL");
        assertThatThrownBy(() -> collector.setDecimal(1, new java.math.BigDecimal("1.505")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("into column 'price' of type DECIMAL(10,2)");
        assertThat(downstream.isNull(0)).as("the refused NULL did not reach downstream").isFalse();
        assertThat(downstream.getObject(1)).as("the refused decimal did not reach downstream").isNull();

        RowCollector fresh = new RowCollector(schema, true, DiscardingSink.INSTANCE);
        fresh.setLong(0, 7);
        fresh.setDecimal(1, new java.math.BigDecimal("1.50"));
        assertThat(fresh.endRow()).isTrue();
        fresh.setLong(0, 8);
        fresh.setNull(1);
        assertThat(fresh.endRow()).isTrue();
        assertThat(fresh.rows()).containsExactly(Row.of(7L, new java.math.BigDecimal("1.50")), Row.of(8L, null));
    }

    @Test
    void utf8BytesAreCheckedKeptDecodedAndPassedOnAsBytes() {
        EntitySchema schema = EntitySchema.builder(Entity.builder("t").build()).field("name", DataType.STRING)
                .field("n", DataType.LONG).build();
        List<String> downstream = new ArrayList<>();
        RowSink bytes = new RowBuffer(schema) {
            @Override
            public void setUtf8(int column, byte[] utf8, int offset, int length) {
                downstream.add(new String(utf8, offset, length, StandardCharsets.UTF_8));
            }
        };
        RowCollector collector = new RowCollector(schema, true, bytes);
        byte[] utf8 = "(ünï ☃)".getBytes(StandardCharsets.UTF_8);

        collector.setUtf8(0, utf8, 1, utf8.length - 2);
        collector.setLong(1, 1);
        collector.endRow();
        collector.setUtf8(0, null, 0, 0);
        collector.setLong(1, 2);
        collector.endRow();

        assertThat(collector.rows()).containsExactly(Row.of("ünï ☃", 1L), Row.of(null, 2L));
        assertThat(downstream).containsExactly("ünï ☃");
        assertThatThrownBy(() -> collector.setUtf8(1, utf8, 0, 1)).hasMessageContaining("wrote a STRING into column 'n'");
        assertThatThrownBy(() -> collector.setUtf8(0, utf8, 4, utf8.length))
                .hasMessageContaining("wrote " + utf8.length + " UTF-8 bytes from offset 4 of a " + utf8.length + "-byte array into column 'name'");
        RowCollector fresh = new RowCollector(schema, true, DiscardingSink.INSTANCE);
        assertThatThrownBy(() -> fresh.setUtf8(0, new byte[] {(byte) 0xC3, 'x'}, 0, 2))
                .hasMessageContaining("wrote bytes that are not well-formed UTF-8 into column 'name'");
    }
}
