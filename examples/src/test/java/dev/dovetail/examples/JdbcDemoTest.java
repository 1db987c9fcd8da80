package dev.dovetail.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC part of the demo the README's first command runs: it runs, says what it should, the same way every time. */
class JdbcDemoTest {
    private static final Pattern SPLIT = Pattern.compile("^  split #\\d+ of (\\d+) .* (\\d+) rows$");

    private static String output;

    @BeforeAll
    static void runTheDemo() throws SQLException {
        output = run();
    }

    private static String run() throws SQLException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JdbcDemo.run(new PrintStream(captured, true, StandardCharsets.UTF_8));
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The lines of section {@code number}, from its title to the next blank line. */
    private static List<String> section(int number) {
        List<String> lines = output.lines().toList();
        int start = lines.indexOf(lines.stream().filter(line -> line.startsWith(number + ". ")).findFirst().orElseThrow());
        int end = start;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void aSecondRunPrintsExactlyTheSame() throws SQLException {
        assertThat(run()).as("deterministic, and the database is dropped after a run").isEqualTo(output);
    }

    @Test
    void optionsAreValidatedWithGluesNamesAndSecretsMasked() {
        assertThat(section(1)).contains(
                "  - option 'partitionColum' is not known; did you mean 'partitionColumn'?",
                "  - option 'fetchsize' must be an integer but was 'lots'");
        assertThat(String.join("\n", section(1))).contains("no column 'idd'; did you mean 'id'?").contains("password=****");
    }

    @Test
    void metadataListsTheTableAndTheView() {
        assertThat(section(2)).contains("  open_orders (read-only)", "  orders (writable)",
                "  orders.id LONG NOT NULL PRIMARY KEY", "  orders.amount DECIMAL(10,2)", "  orders.updated_at TIMESTAMP NOT NULL");
    }

    @Test
    void everySplitPlanReadsEveryRowOnce() {
        long rangeRows = 0;
        long hashRows = 0;
        int rangeSplits = 0;
        for (String line : section(3)) {
            Matcher split = SPLIT.matcher(line);
            if (split.matches()) {
                boolean range = split.group(1).equals("4");
                rangeRows += range ? Long.parseLong(split.group(2)) : 0;
                hashRows += range ? 0 : Long.parseLong(split.group(2));
                rangeSplits += range ? 1 : 0;
            }
        }
        assertThat(rangeSplits).isEqualTo(4);
        assertThat(rangeRows).isEqualTo(5_000);
        assertThat(hashRows).isEqualTo(5_000);
        assertThat(section(3)).contains("  split #0 of 4 (id < 1002 OR id IS NULL)             1001 rows");
    }

    @Test
    void pushdownShowsThePlanAndTheSqlTheDatabaseRan() {
        assertThat(section(4)).contains(
                "  pushed:   amount >= 990 AND customer STARTS_WITH 'A'; columns [id, customer, amount]; limit 3",
                "  residual: TRUE",
                "  SQL:      SELECT \"id\", \"customer\", \"amount\" FROM \"public\".\"orders\""
                        + " WHERE (\"amount\" >= ?) AND (\"customer\" LIKE ? ESCAPE '!') LIMIT 3",
                "  pushed:   total > 290000; columns [customer, order_count, total]");
        assertThat(String.join("\n", section(4))).contains("filterPredicate is the connector's own option, ANDed into its SQL as it is: 169 rows")
                .contains("FROM \"public\".\"orders\" WHERE (status = 'paid' AND amount > 900)")
                .contains("dovetail_query WHERE \"total\" > ?");
        assertThat(section(5)).contains("  orders.amount DECIMAL(10,2) -> orders.amount STRING",
                "  residual: amount STARTS_WITH '999.'", "  SQL:      SELECT \"id\", \"amount\" FROM \"public\".\"orders\"");
    }

    @Test
    void writesReportEachRecordAndAllOrNoneWritesNothing() {
        assertThat(section(6)).containsSubsequence("  upsert ids 5000 (exists: updated) and 5001 (new: inserted):",
                "    #0 ok, id 5000", "    #1 ok, id 5001", "  delete ids 2 and 9999:", "    #0 ok, id 2",
                "    #1 failed: no row of table 'orders' has id 9999; nothing was deleted");
        assertThat(section(6)).filteredOn(line -> line.startsWith("    #") && line.contains("all-or-none")).hasSize(2);
        assertThat(section(6)).contains("  orders with id 6001 or 6003 afterwards: 0");
    }

    @Test
    void bookmarksReadEverythingThenOnlyTheNewRowsThenNothing() {
        String bookmarks = String.join("\n", section(7));
        assertThat(bookmarks).contains("  run 1: 5000 rows; committed [updated_at, id] ASC at [2024-01-02T03:47:00Z, 5001]")
                .contains("  run 2: 3 rows [[5002, ").contains("], [5003, ").contains("], [5004, ")
                .contains("  run 3: 0 rows; the bookmark stays at [updated_at, id] ASC at [2024-01-02T03:48:00Z, 5004]");
    }
}
