package dev.dovetail.examples.csv;

import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files and helpers shared by the CSV connector's tests. */
final class CsvFixtures {
    static final String[] CUSTOMERS = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"};

    /** The header of {@code events.csv}: no primary key, so {@code id} may be NULL. */
    static final String EVENTS_HEADER = "id:LONG,customer:STRING,\"amount:DECIMAL(10,2)\",note:STRING";

    private CsvFixtures() {
    }

    static ConnectorHarness harness(Path directory) {
        return ConnectorHarness.forConnector(CsvConnector.class).withOption("directory", directory.toString());
    }

    /** Writes {@code <entity>.csv} with {@code header} and {@code lines}, LF-terminated. */
    static Path writeTable(Path directory, String entity, String header, List<String> lines) {
        StringBuilder text = new StringBuilder(header).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        Path file = directory.resolve(entity + ".csv");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * {@code events.csv}: 300 rows with ids from -60 to 160 (so below and above bounds 0..100), about one
     * in eight NULL (spelled both {@code \N} and as an empty cell), NULL amounts, and a unique note per row.
     */
    static Path writeEvents(Path directory) {
        Random random = new Random(20240131);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = switch (random.nextInt(8)) {
                case 0 -> "\\N";
                case 1 -> "";
                default -> Long.toString(random.nextInt(221) - 60);
            };
            String amount = random.nextInt(10) == 0 ? "\\N" : BigDecimal.valueOf(random.nextInt(100_000), 2).toPlainString();
            lines.add(id + "," + CUSTOMERS[random.nextInt(CUSTOMERS.length)] + "," + amount + ",row " + i);
        }
        return writeTable(directory, "events", EVENTS_HEADER, lines);
    }

    /** The rows as a multiset: each distinct row and how often it occurs. */
    static Map<Row, Long> multiset(Collection<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    }

    static Long id(Row row) {
        return (Long) row.get(0);
    }
}
