package dev.dovetail.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo the README's first command runs. */
class DemoTest {

    @Test
    void theDemoRunsAndPrintsEachSection() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        deleteDemoDirectory(output);

        assertThat(output.lines()).contains(
                "  - option 'delimeter' is not known; did you mean 'delimiter'?",
                "  entities: [orders]",
                "  orders.id LONG NOT NULL PRIMARY KEY",
                "  total 1000 rows",
                "  residual: customer CONTAINS 'an'");
        assertThat(output).contains("option 'directory' is required")
                .contains("pushed:   amount >= 900 AND HASH(id) MOD 2 = 0")
                .contains("run 1: 1000 rows; committed [updated_at, id] ASC at [2024-01-01T16:40:00Z, 1000]")
                .contains("run 2: 3 rows [[1001, ")
                .contains("run 3: 0 rows; the bookmark stays at [updated_at, id] ASC at [2024-01-01T16:43:00Z, 1003]")
                .contains("INVALID_ARGUMENT: entity 'orders' has no column 'amout'; did you mean 'amount'?")
                .contains("RESOURCE_NOT_FOUND: entity 'order' does not exist")
                .contains("did you mean 'orders'?");
        assertThat(output.lines().filter(line -> line.startsWith("  split #"))).hasSize(4);
    }

    /** Deletes the directory the demo generated, which its first line names. */
    private static void deleteDemoDirectory(String output) throws IOException {
        String prefix = "Dovetail demo: the CSV example connector on ";
        String first = output.lines().findFirst().orElseThrow();
        assertThat(first).startsWith(prefix).endsWith("orders.csv");
        Path directory = Path.of(first.substring(prefix.length())).getParent();
        assertThat(directory.getFileName().toString()).startsWith("dovetail-demo");
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
