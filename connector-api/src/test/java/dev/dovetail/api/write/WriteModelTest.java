package dev.dovetail.api.write;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link WriteRequest}, {@link WriteResult} and {@link RecordResult}. */
class WriteModelTest {
    private static final EntitySchema ORDERS = EntitySchema.builder("orders").field("id", DataType.LONG)
            .field("total", DataType.decimal(10, 2)).build();

    @Test
    void recordResultsHaveAnErrorExactlyWhenTheyFailed() {
        assertThat(RecordResult.succeeded().success()).isTrue();
        assertThat(RecordResult.succeeded("42").id()).hasValue("42");
        assertThat(RecordResult.failed("duplicate key").error()).hasValue("duplicate key");
        assertThatThrownBy(() -> new RecordResult(true, Optional.empty(), Optional.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordResult(false, Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeResultsCount() {
        WriteResult result = new WriteResult(List.of(RecordResult.succeeded(), RecordResult.failed("x"), RecordResult.succeeded("3")));
        assertThat(result.successCount()).isEqualTo(2);
        assertThat(result.failureCount()).isEqualTo(1);
        assertThat(result.isAllSucceeded()).isFalse();
        assertThat(WriteResult.allSucceeded(3).records()).hasSize(3);
        assertThat(WriteResult.allSucceeded(3).isAllSucceeded()).isTrue();
        assertThat(WriteResult.allSucceeded(0).isAllSucceeded()).isTrue();
    }

    @Test
    void writeRequestsCheckRecordWidthAndIdFields() {
        WriteRequest insert = new WriteRequest(ORDERS, ORDERS, WriteOperationType.INSERT, List.of(), List.of(Row.of(1L, null)), false);
        assertThat(insert.records()).hasSize(1);
        assertThatThrownBy(() -> new WriteRequest(ORDERS, ORDERS, WriteOperationType.INSERT, List.of(), List.of(Row.of(1L)), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record 0 has 1 values but the batch has 2 columns [id, total]");
        assertThatThrownBy(() -> new WriteRequest(ORDERS, ORDERS, WriteOperationType.UPDATE, List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UPDATE needs id fields");
        assertThat(new WriteRequest(ORDERS, ORDERS, WriteOperationType.DELETE, List.of("id"), List.of(), false).idFields())
                .containsExactly("id");
    }

    @Test
    void truncateFirstDefaultsToFalseAndCapabilitiesNeedAWriteToTruncate() {
        assertThat(new WriteRequest(ORDERS, ORDERS, WriteOperationType.INSERT, List.of(), List.of(), false).truncateFirst())
                .isFalse();
        assertThat(new WriteRequest(ORDERS, ORDERS, WriteOperationType.INSERT, List.of(), List.of(), true, true).truncateFirst())
                .isTrue();
        assertThat(new dev.dovetail.api.spi.WriteCapabilities(java.util.Set.of(WriteOperationType.INSERT), true).truncate())
                .isFalse();
        assertThat(dev.dovetail.api.spi.WriteCapabilities.none().truncate()).isFalse();
        assertThatThrownBy(() -> new dev.dovetail.api.spi.WriteCapabilities(java.util.Set.of(), false, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a connector that does not write cannot truncate");
    }
}
