package dev.dovetail.examples.csv;

import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.junit.ConnectorTest;
import dev.dovetail.harness.junit.HarnessOptions;
import dev.dovetail.harness.junit.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.dovetail.harness.assertj.DovetailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV connector through {@code @ConnectorTest}, its directory computed from a {@code @TempDir}, as the README shows. */
@ConnectorTest(value = CsvConnector.class, options = "delimiter=,")
class CsvExtensionTest {
    @TempDir
    Path directory;

    @HarnessOptions
    Map<String, String> options() {
        return Map.of("directory", directory.toString());
    }

    @BeforeEach
    void writeOrders() {
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key;customer:STRING", List.of("1;Ada", "2;Grace", "3;Alan"));
    }

    @Test
    void readsOrders(@Option(name = "delimiter", value = ";") ConnectorHarness harness) {
        assertThat(harness.read("orders").run()).hasRowCount(3).hasFieldNames("id", "customer")
                .containsRowsInAnyOrder(Row.of(2L, "Grace"));
    }

    @Test
    void theAnnotationsOptionsApplyWhereTheParameterGivesNone(ConnectorHarness harness) {
        assertThat(harness.options().get("delimiter")).hasValue(",");
        assertThat(harness.options().get("directory")).hasValue(directory.toString());
        assertThat(harness.validateSettings()).isEmpty();
    }
}
