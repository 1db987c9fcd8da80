package dev.dovetail.examples.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One CSV file: its schema, read from the header row, a scanning reader that applies the pushed
 * predicate, projection and limit, and the writer ({@link CsvWrites}).
 */
final class CsvTable {
    private final Path file;
    private final char delimiter;
    private final List<String> header;
    private final EntitySchema schema;

    private CsvTable(Path file, char delimiter, List<String> header, EntitySchema schema) {
        this.file = file;
        this.delimiter = delimiter;
        this.header = header;
        this.schema = schema;
    }

    /** Reads the header of {@code file}, the table of entity {@code name}. */
    static CsvTable open(Path file, String name, char delimiter) throws IOException {
        List<String> header;
        long line;
        try (CsvReader<CsvRecord> reader = reader(file, delimiter)) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new ConnectorException(ErrorCode.SERVER_ERROR, "file " + file + " is empty; its first row must"
                        + " declare the columns, e.g. id:LONG:key,name:STRING");
            }
            CsvRecord first = records.next();
            header = first.getFields();
            line = first.getStartingLineNumber();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Entity entity = Entity.builder(name).writable(Files.isWritable(file)).build();
        EntitySchema.Builder schema = EntitySchema.builder(entity);
        for (int i = 0; i < header.size(); i++) {
            schema.field(CsvHeader.parse(header.get(i), file, line, i + 1));
        }
        return new CsvTable(file, delimiter, List.copyOf(header), schema.build());
    }

    EntitySchema schema() {
        return schema;
    }

    Path file() {
        return file;
    }

    /** Scans the file, writing the rows that satisfy the request's predicate, projected, up to its limit. */
    void read(ReadRequest request, RowSink sink) throws IOException {
        EntitySchema projection = request.projection();
        int[] source = new int[projection.size()];
        Set<Integer> parsed = new LinkedHashSet<>();
        for (int i = 0; i < source.length; i++) {
            source[i] = schema.requireIndex(projection.field(i).name());
            parsed.add(source[i]);
        }
        request.predicate().columns().forEach(column -> parsed.add(schema.requireIndex(column)));
        int[] columns = parsed.stream().mapToInt(Integer::intValue).toArray();
        CompiledPredicate predicate = PredicateEvaluator.compile(request.predicate(), schema);
        RowBuffer row = new RowBuffer(schema);
        long limit = request.limit().orElse(Long.MAX_VALUE);
        long returned = 0;
        try (CsvReader<CsvRecord> reader = reader(file, delimiter)) {
            Iterator<CsvRecord> records = reader.iterator();
            records.next(); // the header
            while (returned < limit && records.hasNext()) {
                CsvRecord record = records.next();
                parse(record, columns, row);
                if (!predicate.test(row)) {
                    continue;
                }
                for (int i = 0; i < source.length; i++) {
                    row.replay(source[i], sink, i);
                }
                returned++;
                if (!sink.endRow()) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Applies a write batch; see {@link CsvWrites}. */
    WriteResult write(WriteRequest request) throws IOException {
        return CsvWrites.apply(this, request);
    }

    /** Every data row as text, for rewriting. */
    List<String[]> readAllText() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = reader(file, delimiter)) {
            Iterator<CsvRecord> records = reader.iterator();
            records.next();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                checkWidth(record);
                rows.add(record.getFields().toArray(String[]::new));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** Replaces the file with the header and {@code rows}, atomically. */
    void replaceAll(List<String[]> rows) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (CsvWriter writer = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.LF)
                    .build(temporary)) {
                writer.writeRecord(header);
                for (String[] row : rows) {
                    writer.writeRecord(row);
                }
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void parse(CsvRecord record, int[] columns, RowBuffer row) {
        checkWidth(record);
        for (int column : columns) {
            Field field = schema.field(column);
            String text = record.getField(column);
            try {
                CsvValues.parseInto(text, field, row, column);
            } catch (RuntimeException e) {
                throw new ConnectorException(ErrorCode.SERVER_ERROR, "file " + file + " line " + record.getStartingLineNumber()
                        + ", column '" + field.name() + "': '" + text + "' is not a " + field.type().typeName()
                        + " (" + e.getMessage() + ")", e);
            }
        }
    }

    private void checkWidth(CsvRecord record) {
        if (record.getFieldCount() != schema.size()) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, "file " + file + " line " + record.getStartingLineNumber()
                    + " has " + record.getFieldCount() + " fields but the header declares " + schema.size());
        }
    }

    private static CsvReader<CsvRecord> reader(Path file, char delimiter) throws IOException {
        return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).ofCsvRecord(file);
    }
}
