package dev.dovetail.examples;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.Field;
import dev.dovetail.examples.csv.CsvConnector;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo the README's first command runs: the CSV example connector, driven through the harness on a
 * directory of generated data, showing settings validation, metadata, partitioned reads, pushdown,
 * writes and job bookmarks.
 */
public final class Demo {
    private static final String[] CUSTOMERS = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"};
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("dovetail-demo");
        Files.writeString(directory.resolve("orders.csv"),
                "id:LONG:key,customer:STRING,\"amount:DECIMAL(10,2)\",updated_at:TIMESTAMP\n");
        ConnectorHarness harness = ConnectorHarness.forConnector(CsvConnector.class)
                .withOption("directory", directory.toString());
        harness.write("orders").insert(orders(1, 1_000, new Random(42)));
        System.out.println("Dovetail demo: the CSV example connector on " + directory.resolve("orders.csv"));

        section("1. Options are checked against the connector's declared settings, every problem at once");
        for (OptionProblem problem : harness.withOption("delimeter", ";").withoutOption("directory").validateSettings()) {
            System.out.println("  - " + problem.message());
        }

        section("2. Metadata");
        System.out.println("  entities: " + harness.listEntities().stream().map(entity -> entity.name()).toList());
        for (Field field : harness.describe("orders").fields()) {
            System.out.println("  orders." + field);
        }

        section("3. Spark's column-range partitioning: id from 1 to 1000 in 4 splits (the bounds never filter rows)");
        ReadResult ranged = harness.read("orders").rangePartitioned("id", 1, 1_000, 4).run();
        for (SplitResult split : ranged.splits()) {
            System.out.printf("  split %-45s %4d rows%n", split.split().describe(), split.rowCount());
        }
        System.out.println("  total " + ranged.rowCount() + " rows");

        section("4. Pushdown: the connector applies amount >= 900 itself; the runtime applies customer CONTAINS 'an'");
        ReadResult filtered = harness.read("orders")
                .columns("id", "customer", "amount")
                .where(Predicate.ge("amount", 900))
                .where(Predicate.contains("customer", "an"))
                .hashPartitioned("id", 2)
                .run();
        SplitResult first = filtered.splits().get(0);
        System.out.println("  pushed:   " + first.plan().pushed());
        System.out.println("  residual: " + first.plan().residual());
        System.out.println("  " + filtered.rowCount() + " rows, e.g. " + filtered.rows().subList(0, 3));

        section("5. Job bookmarks on (updated_at, id): a second run reads only what arrived after the commit");
        BookmarkSpec bookmark = BookmarkSpec.ascending("updated_at", "id");
        ReadResult run1 = harness.read("orders").rangePartitioned("id", 1, 1_000, 4).bookmark(bookmark).count();
        run1.commit();
        System.out.println("  run 1: " + run1.rowCount() + " rows; committed " + run1.bookmark().orElseThrow());
        harness.write("orders").insert(orders(1_001, 3, new Random(7)));
        ReadResult run2 = harness.read("orders").rangePartitioned("id", 1, 1_000, 4).bookmark(bookmark).run();
        run2.commit();
        System.out.println("  run 2: " + run2.rowCount() + " rows " + run2.rows());
        ReadResult run3 = harness.read("orders").bookmark(bookmark).run();
        System.out.println("  run 3: " + run3.rowCount() + " rows; the bookmark stays at " + run3.bookmark().orElseThrow());

        section("6. Bad input gets a message that names it");
        try {
            harness.read("orders").columns("id", "amout").run();
        } catch (ConnectorException e) {
            System.out.println("  " + e.code() + ": " + e.getMessage());
        }
        try {
            harness.read("order").run();
        } catch (ConnectorException e) {
            System.out.println("  " + e.code() + ": " + e.getMessage());
        }
    }

    private static List<Row> orders(long firstId, int count, Random random) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            BigDecimal amount = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2);
            rows.add(Row.of(id, CUSTOMERS[random.nextInt(CUSTOMERS.length)], amount, START.plusSeconds(id * 60)));
        }
        return rows;
    }

    private static void section(String title) {
        System.out.println();
        System.out.println(title);
    }
}
