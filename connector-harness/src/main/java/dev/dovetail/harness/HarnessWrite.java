package dev.dovetail.harness;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A write being set up on a {@link ConnectorHarness}: the columns the records carry (all writable
 * columns by default), the id fields (the primary key by default), all-or-none, emptying the entity
 * first (an overwrite), then one of {@link #insert}, {@link #update}, {@link #upsert} or {@link #delete}.
 * The batch is checked by {@code WritePlanner} as every host checks it.
 */
public final class HarnessWrite {
    private final ConnectorHarness harness;
    private final String entity;
    private Optional<List<String>> columns = Optional.empty();
    private Optional<List<String>> idFields = Optional.empty();
    private boolean allOrNone;
    private boolean truncateFirst;

    HarnessWrite(ConnectorHarness harness, String entity) {
        this.harness = harness;
        this.entity = entity;
    }

    /** The columns each record carries, in order. */
    public HarnessWrite columns(String... names) {
        this.columns = Optional.of(List.of(names));
        return this;
    }

    /** The fields that identify a record for update, upsert and delete. */
    public HarnessWrite idFields(String... names) {
        this.idFields = Optional.of(List.of(names));
        return this;
    }

    /** Writes every record or none (only for connectors that declare it). */
    public HarnessWrite allOrNone() {
        this.allOrNone = true;
        return this;
    }

    /**
     * Empties the entity before writing the records, as Spark's {@code mode("overwrite")} does (only for
     * connectors whose {@code @WriteOperation} declares {@code truncate}; others are refused with
     * {@code INVALID_ARGUMENT}). With no records the write only empties the entity.
     */
    public HarnessWrite truncateFirst() {
        this.truncateFirst = true;
        return this;
    }

    public WriteResult insert(Row... records) {
        return run(WriteOperationType.INSERT, Arrays.asList(records));
    }

    public WriteResult insert(List<Row> records) {
        return run(WriteOperationType.INSERT, records);
    }

    public WriteResult update(Row... records) {
        return run(WriteOperationType.UPDATE, Arrays.asList(records));
    }

    public WriteResult upsert(Row... records) {
        return run(WriteOperationType.UPSERT, Arrays.asList(records));
    }

    public WriteResult upsert(List<Row> records) {
        return run(WriteOperationType.UPSERT, records);
    }

    public WriteResult delete(Row... records) {
        return run(WriteOperationType.DELETE, Arrays.asList(records));
    }

    private WriteResult run(WriteOperationType operation, List<Row> records) {
        return harness.executeWrite(entity, operation, columns, idFields, new ArrayList<>(records), allOrNone, truncateFirst);
    }
}
