package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import org.junit.jupiter.api.Test;

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
    }
}
