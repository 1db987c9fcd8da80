package dev.dovetail.examples.csv;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.conformance.ConformanceContext;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CSV connector's conformance context: the entity is {@code conformance.csv} in a directory, written
 * here directly as another program would write it. The connector has no credentials to get wrong; a
 * malformed line breaks the entity.
 */
final class CsvConformanceContext implements ConformanceContext {
    private static final String HEADER = "id:LONG:key,name:STRING,score:INT,updated_at:TIMESTAMP";

    private final Path directory;

    CsvConformanceContext(Path directory) {
        this.directory = directory;
    }

    private Path file() {
        return directory.resolve(entity() + ".csv");
    }

    @Override
    public ConnectorHarness harness() {
        return CsvFixtures.harness(directory);
    }

    @Override
    public void seed(Stream<Row> rows) throws IOException {
        Files.writeString(file(), HEADER + "\n");
        append(rows.iterator());
    }

    @Override
    public void insert(List<Row> rows) throws IOException {
        append(rows.iterator());
    }

    @Override
    public Optional<ErrorCode> breakEntity() throws IOException {
        Files.writeString(file(), "not-a-number,broken,1,2024-01-01T00:00:00Z\n", StandardOpenOption.APPEND);
        return Optional.of(ErrorCode.SERVER_ERROR);
    }

    private void append(Iterator<Row> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file(), StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                for (int column = 0; column < row.size(); column++) {
                    out.write(column == 0 ? "" : ",");
                    out.write(row.isNull(column) ? "\\N" : row.get(column).toString());
                }
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
