package dev.dovetail.spark;

import dev.dovetail.api.read.RowSink;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmarks' entry to the Spark sinks: rows written, counted, across many refills of the one buffer. */
class SparkRowPathTest {
    private static final int ROWS = 10 * SplitColumnarReader.BATCH_ROWS + 7;

    private static long write(SparkRowPath path) {
        RowSink sink = path.sink();
        for (long id = 0; id < ROWS; id++) {
            sink.setLong(0, id);
            if (id % 2 == 0) {
                sink.setNull(1);
            } else {
                sink.setString(1, "ü-" + id);
            }
            assertThat(sink.endRow()).isTrue();
        }
        return path.rows();
    }

    @Test
    void countsEveryRowWrittenIntoRowsOrVectors() {
        assertThat(write(SparkRowPath.internalRows(TestTables.CUSTOMERS))).isEqualTo(ROWS);
        assertThat(write(SparkRowPath.columnVectors(TestTables.CUSTOMERS))).isEqualTo(ROWS);
    }

    @Test
    void refusesVectorsForANestedSchema() {
        assertThatThrownBy(() -> SparkRowPath.columnVectors(TestTables.ORDERS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'orders'").hasMessageContaining("nested");
        assertThat(SparkRowPath.internalRows(TestTables.ORDERS).rows()).isZero();
    }
}
