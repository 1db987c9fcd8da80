package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes to a CSV file by rewriting it: the rows are loaded, changed in memory and the file replaced
 * atomically, so a batch is all-or-none whenever it is asked to be. Records are found by their id fields;
 * INSERT rejects an existing id, UPDATE and DELETE a missing one, UPSERT inserts or replaces; a
 * string spelled like NULL ({@value CsvValues#NULL}) is rejected, since it would read back as NULL. A
 * batch whose id fields match several rows of the file fails whole, since the rewrite would lose rows.
 * Writers of one file are serialized.
 */
final class CsvWrites {
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private CsvWrites() {
    }

    static WriteResult apply(CsvTable table, WriteRequest request) throws IOException {
        synchronized (LOCKS.computeIfAbsent(table.file().toAbsolutePath(), file -> new Object())) {
            EntitySchema schema = table.schema();
            int[] target = request.columns().fieldNames().stream().mapToInt(schema::requireIndex).toArray();
            int[] ids = request.idFields().stream().mapToInt(schema::requireIndex).toArray();
            Map<String, String[]> rows = new LinkedHashMap<>();
            List<String[]> unkeyed = new ArrayList<>();
            for (String[] row : table.readAllText()) {
                if (ids.length == 0) {
                    unkeyed.add(row);
                } else if (rows.putIfAbsent(key(row, ids), row) != null) {
                    throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "id fields " + request.idFields()
                            + " do not identify one row: file " + table.file() + " has several rows with id "
                            + key(row, ids) + "; write by unique id fields (the primary key by default), or make the"
                            + " file's ids unique, since rewriting it would lose rows");
                }
            }
            List<RecordResult> results = new ArrayList<>();
            for (Row record : request.records()) {
                Optional<String> unstorable = unstorable(record, request.columns());
                results.add(unstorable.isPresent() ? RecordResult.failed(unstorable.get())
                        : applyOne(request.operation(), record, schema.size(), target, ids, rows, unkeyed));
            }
            if (request.allOrNone() && results.stream().anyMatch(result -> !result.success())) {
                return allFailed(results);
            }
            List<String[]> all = new ArrayList<>(unkeyed);
            all.addAll(rows.values());
            table.replaceAll(all);
            return new WriteResult(results);
        }
    }

    private static RecordResult applyOne(WriteOperationType operation, Row record, int width, int[] target, int[] ids,
                                         Map<String, String[]> rows, List<String[]> unkeyed) {
        String[] incoming = new String[width];
        Arrays.fill(incoming, CsvValues.NULL);
        for (int i = 0; i < target.length; i++) {
            incoming[target[i]] = CsvValues.format(record.get(i));
        }
        if (ids.length == 0) {
            unkeyed.add(incoming);
            return RecordResult.succeeded();
        }
        String key = key(incoming, ids);
        String[] existing = rows.get(key);
        switch (operation) {
            case INSERT -> {
                if (existing != null) {
                    return RecordResult.failed("a record with id " + key + " already exists");
                }
                rows.put(key, incoming);
            }
            case UPDATE -> {
                if (existing == null) {
                    return RecordResult.failed("no record has id " + key);
                }
                rows.put(key, merge(existing, incoming, target));
            }
            case UPSERT -> rows.put(key, existing == null ? incoming : merge(existing, incoming, target));
            case DELETE -> {
                if (rows.remove(key) == null) {
                    return RecordResult.failed("no record has id " + key);
                }
            }
        }
        return RecordResult.succeeded(key);
    }

    /** Why {@code record} cannot be stored: a string spelled like NULL would read back as NULL. */
    private static Optional<String> unstorable(Row record, EntitySchema columns) {
        for (int i = 0; i < record.size(); i++) {
            if (CsvValues.NULL.equals(record.get(i))) {
                return Optional.of("column '" + columns.field(i).name() + "' holds the text " + CsvValues.NULL
                        + ", which is how CSV files of this connector spell NULL; it cannot be stored as a string");
            }
        }
        return Optional.empty();
    }

    private static String[] merge(String[] existing, String[] incoming, int[] target) {
        String[] merged = existing.clone();
        for (int column : target) {
            merged[column] = incoming[column];
        }
        return merged;
    }

    private static WriteResult allFailed(List<RecordResult> results) {
        int first = 0;
        while (results.get(first).success()) {
            first++;
        }
        String reason = "not written: the batch is all-or-none and record " + first + " failed ("
                + results.get(first).error().orElseThrow() + ")";
        List<RecordResult> failed = new ArrayList<>();
        for (RecordResult result : results) {
            failed.add(result.success() ? RecordResult.failed(reason) : result);
        }
        return new WriteResult(failed);
    }

    /** The id of a row: its id cells, with decimals compared by value (1.5 = 1.50). */
    private static String key(String[] row, int[] ids) {
        List<String> parts = new ArrayList<>(ids.length);
        for (int id : ids) {
            String cell = row[id];
            try {
                parts.add(new BigDecimal(cell).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException notNumeric) {
                parts.add(cell);
            }
        }
        return parts.toString();
    }
}
