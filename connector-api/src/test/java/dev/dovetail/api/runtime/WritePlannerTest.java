package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WritePlannerTest {
    private static final EntitySchema ORDERS = EntitySchema.builder(Entity.builder("orders").writable(true).build())
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field(Field.builder("total", DataType.decimal(10, 2)).nullable(false).build())
            .field("note", DataType.STRING)
            .field(Field.builder("created_at", DataType.TIMESTAMP).readOnly(true).build())
            .build();
    private static final WriteCapabilities UPSERTS = new WriteCapabilities(
            EnumSet.of(WriteOperationType.INSERT, WriteOperationType.UPSERT, WriteOperationType.DELETE), false);

    private static WriteRequest prepare(WriteOperationType operation, Optional<List<String>> columns,
                                        Optional<List<String>> ids, List<Row> records) {
        return WritePlanner.prepare("shop", UPSERTS, ORDERS, operation, columns, ids, records, false);
    }

    private static String failure(Runnable call) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, call::run);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        return failure.getMessage();
    }

    @Test
    void writableColumnsAndThePrimaryKeyByDefault() {
        WriteRequest request = prepare(WriteOperationType.UPSERT, Optional.empty(), Optional.empty(),
                List.of(Row.of(1L, new BigDecimal("9.99"), null)));

        assertThat(request.columns().fieldNames()).containsExactly("id", "total", "note");
        assertThat(request.idFields()).containsExactly("id");
        assertThat(request.operation()).isEqualTo(WriteOperationType.UPSERT);
        assertThat(request.allOrNone()).isFalse();
    }

    @Test
    void truncateFirstIsRefusedUnlessTheConnectorDeclaresTruncate() {
        assertThat(failure(() -> WritePlanner.prepare("shop", UPSERTS, ORDERS, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(Row.of(1L, BigDecimal.ONE, null)), false, true)))
                .isEqualTo("connector 'shop' does not support overwrite: it cannot empty entity 'orders' before a write"
                        + " (its @WriteOperation does not declare truncate = true); append instead, or empty the entity"
                        + " another way first");
        assertThat(prepare(WriteOperationType.INSERT, Optional.empty(), Optional.empty(), List.of()).truncateFirst()).isFalse();
    }

    @Test
    void aConnectorThatTruncatesGetsTruncateFirstWithOrWithoutRecords() {
        WriteCapabilities truncates = new WriteCapabilities(EnumSet.of(WriteOperationType.INSERT), true, true);
        WriteRequest emptying = WritePlanner.prepare("shop", truncates, ORDERS, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(), true, true);
        assertThat(emptying.truncateFirst()).isTrue();
        assertThat(emptying.allOrNone()).isTrue();
        assertThat(emptying.records()).isEmpty();
        WriteRequest overwrite = WritePlanner.prepare("shop", truncates, ORDERS, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(Row.of(1L, BigDecimal.ONE, null)), false, true);
        assertThat(overwrite.truncateFirst()).isTrue();
        assertThat(overwrite.records()).hasSize(1);
        WriteCapabilities deletes = new WriteCapabilities(EnumSet.of(WriteOperationType.DELETE), false, true);
        assertThat(failure(() -> WritePlanner.prepare("shop", deletes, ORDERS, WriteOperationType.DELETE,
                Optional.of(List.of("id")), Optional.empty(), List.of(Row.of(1L)), false, true)))
                .isEqualTo("an overwrite empties entity 'orders' first, so its DELETE would find nothing to delete;"
                        + " overwrite with INSERT or UPSERT, or delete without overwriting");
        EntitySchema view = EntitySchema.builder("view").field("id", DataType.LONG).build();
        assertThat(failure(() -> WritePlanner.prepare("shop", truncates, view, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(), false, true)))
                .isEqualTo("entity 'view' of connector 'shop' is not writable");
    }

    @Test
    void givenColumnsAndIdsResolveIgnoringCase() {
        WriteRequest request = prepare(WriteOperationType.DELETE, Optional.of(List.of("ID")), Optional.of(List.of("Id")),
                List.of(Row.of(7L)));
        assertThat(request.columns().fieldNames()).containsExactly("id");
        assertThat(request.idFields()).containsExactly("id");
    }

    @Test
    void unsupportedOperationsAndAllOrNoneAreRefused() {
        assertThat(failure(() -> prepare(WriteOperationType.UPDATE, Optional.empty(), Optional.empty(), List.of())))
                .startsWith("connector 'shop' does not UPDATE; it supports ");
        assertThat(failure(() -> WritePlanner.prepare("reader", WriteCapabilities.none(), ORDERS, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(), false)))
                .isEqualTo("connector 'reader' does not INSERT; it does not write at all");
        assertThat(failure(() -> WritePlanner.prepare("shop", UPSERTS, ORDERS, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(), true)))
                .startsWith("connector 'shop' cannot write all-or-none");
        EntitySchema readOnly = EntitySchema.builder("view").field("id", DataType.LONG).build();
        assertThat(failure(() -> WritePlanner.prepare("shop", UPSERTS, readOnly, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(), false)))
                .isEqualTo("entity 'view' of connector 'shop' is not writable");
    }

    @Test
    void columnsAndIdsAreChecked() {
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.of(List.of("id", "created_at")), Optional.empty(),
                List.of()))).isEqualTo("column 'created_at' of entity 'orders' is read-only; leave it out of the write");
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.of(List.of("id", "totl")), Optional.empty(),
                List.of()))).contains("did you mean 'total'?");
        assertThat(failure(() -> prepare(WriteOperationType.UPSERT, Optional.of(List.of("total")), Optional.empty(),
                List.of()))).isEqualTo("id field 'id' is not among the written columns [total]");
    }

    @Test
    void recordsAreCheckedValueByValue() {
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.empty(), Optional.empty(),
                List.of(Row.of(1L, BigDecimal.ONE, "x"), Row.of(2L, null, "y")))))
                .isEqualTo("record 1 has NULL in column 'total', which is NOT NULL");
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.empty(), Optional.empty(),
                List.of(Row.of(1, BigDecimal.ONE, "x")))))
                .isEqualTo("record 0 has Integer 1 in column 'id' of type LONG");
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.empty(), Optional.empty(),
                List.of(Row.of(1L, new BigDecimal("1.234"), "x")))))
                .contains("column 'total' of type DECIMAL(10,2)");
        assertThat(failure(() -> prepare(WriteOperationType.INSERT, Optional.empty(), Optional.empty(),
                List.of(Row.of(1L)))))
                .isEqualTo("record 0 has 1 values but the columns are [id, total, note]");
        // A delete needs no values besides the ids.
        assertThat(prepare(WriteOperationType.DELETE, Optional.empty(), Optional.empty(),
                List.of(Row.of(1L, null, null))).records()).hasSize(1);
    }

    @Test
    void changesNeedIdFields() {
        EntitySchema keyless = EntitySchema.builder(Entity.builder("log").writable(true).build()).field("line", DataType.STRING).build();
        assertThat(failure(() -> WritePlanner.prepare("shop", UPSERTS, keyless, WriteOperationType.UPSERT,
                Optional.empty(), Optional.empty(), List.of(), false)))
                .isEqualTo("UPSERT on entity 'log' needs id fields, and the entity has no primary key");
        assertThat(WritePlanner.prepare("shop", UPSERTS, keyless, WriteOperationType.INSERT,
                Optional.empty(), Optional.empty(), List.of(Row.of("a")), false).idFields()).isEmpty();
    }
}
