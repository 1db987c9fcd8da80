package dev.dovetail.spark.memory;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How the test connectors read and write a {@link MemoryStore}: a full scan honouring the request. */
final class MemoryTables {
    /** A value that makes a read fail: the connector's error must reach Spark intact. */
    static final String POISON = "poison";

    private MemoryTables() {
    }

    static void read(MemoryStore store, ReadRequest request, RowSink sink) {
        MemoryStore.Table table = store.table(request.entityName());
        EntitySchema schema = table.schema();
        CompiledPredicate predicate = PredicateEvaluator.compile(request.predicate(), schema);
        int[] columns = request.projection().fields().stream().mapToInt(field -> schema.requireIndex(field.name())).toArray();
        long limit = request.limit().orElse(Long.MAX_VALUE);
        long returned = 0;
        Utf8Scratch scratch = new Utf8Scratch();
        for (Row row : store.rows(request.entityName())) {
            if (returned >= limit) {
                return;
            }
            if (!predicate.test(row)) {
                continue;
            }
            for (int i = 0; i < columns.length; i++) {
                Object value = row.get(columns[i]);
                if (POISON.equals(value)) {
                    throw new IllegalStateException("row " + row.get(0) + " is poisoned");
                }
                if (value instanceof String text && returned % 2 == 0) {
                    scratch.write(sink, i, text);
                } else {
                    write(sink, i, schema.field(columns[i]), value);
                }
            }
            store.countRead();
            returned++;
            if (!sink.endRow()) {
                return;
            }
        }
    }

    /**
     * Every other row's strings go in as UTF-8 bytes at an offset of one array, reused for every value as a
     * driver reuses its buffer, so that both string setters are exercised and a sink that keeps the bytes
     * without copying them shows wrong values.
     */
    private static final class Utf8Scratch {
        private byte[] buffer = new byte[16];

        void write(RowSink sink, int column, String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (buffer.length < utf8.length + 2) {
                buffer = new byte[utf8.length + 2];
            }
            Arrays.fill(buffer, (byte) '#');
            System.arraycopy(utf8, 0, buffer, 1, utf8.length);
            sink.setUtf8(column, buffer, 1, utf8.length);
            Arrays.fill(buffer, (byte) '!');
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(RowSink sink, int column, Field field, Object value) {
        if (value == null) {
            sink.setNull(column);
            return;
        }
        switch (field.type().kind()) {
            case BOOLEAN -> sink.setBoolean(column, (Boolean) value);
            case BYTE -> sink.setByte(column, (Byte) value);
            case SHORT -> sink.setShort(column, (Short) value);
            case INT -> sink.setInt(column, (Integer) value);
            case LONG -> sink.setLong(column, (Long) value);
            case FLOAT -> sink.setFloat(column, (Float) value);
            case DOUBLE -> sink.setDouble(column, (Double) value);
            case DECIMAL -> sink.setDecimal(column, (BigDecimal) value);
            case STRING -> sink.setString(column, (String) value);
            case BINARY -> sink.setBinary(column, (byte[]) value);
            case DATE -> sink.setDate(column, (LocalDate) value);
            case TIMESTAMP -> sink.setTimestamp(column, (Instant) value);
            case STRUCT -> sink.setStruct(column, (List<?>) value);
            case LIST -> sink.setList(column, (List<?>) value);
            case MAP -> sink.setMap(column, (Map<?, ?>) value);
        }
    }

    /** INSERT (a record whose key exists fails) or UPSERT; all-or-none applies nothing if any record fails. */
    static WriteResult write(MemoryStore store, WriteRequest request) {
        MemoryStore.Table table = store.table(request.entity().name());
        EntitySchema schema = table.schema();
        List<String> ids = request.idFields().isEmpty()
                ? schema.primaryKey().stream().map(Field::name).toList() : request.idFields();
        synchronized (table.rows()) {
            List<Row> rows = new ArrayList<>(table.rows());
            List<RecordResult> results = new ArrayList<>();
            for (Row record : request.records()) {
                Object[] values = new Object[schema.size()];
                for (int c = 0; c < request.columns().size(); c++) {
                    values[schema.requireIndex(request.columns().field(c).name())] = record.get(c);
                }
                Row row = Row.of(values);
                int existing = find(rows, schema, ids, row);
                if (request.operation() == WriteOperationType.INSERT && existing >= 0) {
                    results.add(RecordResult.failed("a row with id " + ids + " = " + key(schema, ids, row) + " exists"));
                } else if (existing >= 0) {
                    rows.set(existing, row);
                    results.add(RecordResult.succeeded());
                } else {
                    rows.add(row);
                    results.add(RecordResult.succeeded());
                }
            }
            boolean failed = results.stream().anyMatch(result -> !result.success());
            if (request.allOrNone() && failed) {
                return new WriteResult(results.stream().map(result -> result.success()
                        ? RecordResult.failed("not written: another record of the all-or-none batch failed") : result).toList());
            }
            table.rows().clear();
            table.rows().addAll(rows);
            return new WriteResult(results);
        }
    }

    private static int find(List<Row> rows, EntitySchema schema, List<String> ids, Row row) {
        if (ids.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (key(schema, ids, rows.get(i)).equals(key(schema, ids, row))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Object> key(EntitySchema schema, List<String> ids, Row row) {
        List<Object> key = new ArrayList<>();
        for (String id : ids) {
            key.add(row.get(schema.requireIndex(id)));
        }
        return key;
    }

    static void checkPassword(MemoryStore store, String given) {
        if (store.password().isPresent() && !Objects.equals(store.password().get(), given)) {
            throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "the password of the memory store is wrong");
        }
    }
}
