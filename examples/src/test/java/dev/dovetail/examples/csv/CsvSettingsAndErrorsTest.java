package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.ConnectorHarness;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The CSV connector's settings, metadata and the messages of its errors. */
class CsvSettingsAndErrorsTest {
    @TempDir
    Path directory;

    private ConnectorHarness harness() {
        return CsvFixtures.harness(directory);
    }

    @Test
    void goodSettingsHaveNoProblems() {
        assertThat(harness().validateSettings()).isEmpty();
        assertThat(harness().withOption("DELIMITER", ";").validateSettings()).isEmpty();
        assertThatCode(() -> harness().validateCredentials()).doesNotThrowAnyException();
    }

    @Test
    void aMissingDirectoryAndAnUnknownOptionAreReportedTogether() {
        List<OptionProblem> problems = ConnectorHarness.forConnector(CsvConnector.class).withOption("delimeter", ";")
                .validateSettings();

        assertThat(problems).extracting(OptionProblem::option, OptionProblem::kind).containsExactlyInAnyOrder(
                tuple("directory", OptionProblem.Kind.MISSING),
                tuple("delimeter", OptionProblem.Kind.UNKNOWN));
        assertThat(problems).filteredOn(problem -> problem.kind() == OptionProblem.Kind.UNKNOWN).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("did you mean 'delimiter'"));
    }

    @Test
    void aDirectoryThatDoesNotExistFailsTheCredentials() {
        Path missing = directory.resolve("nope");

        assertInvalid(() -> CsvFixtures.harness(missing).validateCredentials(), "option 'directory'", missing.toString());
        Path file = CsvFixtures.writeTable(directory, "orders", "id:LONG", List.of());
        assertInvalid(() -> CsvFixtures.harness(file).validateCredentials(), "option 'directory'", "not an existing directory");
    }

    @Test
    void aDelimiterOfTwoCharactersFailsTheCredentials() {
        assertInvalid(() -> harness().withOption("delimiter", ";;").validateCredentials(), "option 'delimiter'", "';;'");
        assertInvalid(() -> harness().withOption("delimiter", "\"").validateCredentials(), "option 'delimiter'");
        assertInvalid(() -> harness().withOption("delimiter", ";;").read("orders").run(), "option 'delimiter'");
    }

    @Test
    void aCustomDelimiterReadsAndWrites() throws IOException {
        Path file = CsvFixtures.writeTable(directory, "orders", "id:LONG:key;name:STRING;amount:DECIMAL(10,2)",
                List.of("1;Smith, Ada;12.50", "2;\"Quote; \"\"Q\"\"\";\\N"));
        ConnectorHarness semicolons = harness().withOption("delimiter", ";");

        assertThat(semicolons.describe("orders").fieldNames()).containsExactly("id", "name", "amount");
        assertThat(semicolons.describe("orders").field(2).type()).isEqualTo(DataType.decimal(10, 2));
        assertThat(semicolons.read("orders").run().rows()).containsExactly(
                Row.of(1L, "Smith, Ada", new BigDecimal("12.50")), Row.of(2L, "Quote; \"Q\"", null));

        assertThat(semicolons.write("orders").insert(Row.of(3L, "a;b,c", new BigDecimal("0.10"))).isAllSucceeded()).isTrue();
        assertThat(Files.readString(file)).startsWith("id:LONG:key;name:STRING;amount:DECIMAL(10,2)\n")
                .contains("3;\"a;b,c\";0.10");
        assertThat(semicolons.read("orders").where(Predicate.ge("id", 2)).run().rows())
                .containsExactly(Row.of(2L, "Quote; \"Q\"", null), Row.of(3L, "a;b,c", new BigDecimal("0.10")));
        assertThatThrownBy(() -> harness().read("orders").run()).as("read with the default ',' delimiter")
                .isInstanceOf(ConnectorException.class).hasMessageContaining("header cell");
    }

    @Test
    void metadataListsAndDescribesTheFiles() {
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key,\"amount:DECIMAL(10,2)\",updated_at:TIMESTAMP", List.of());
        CsvFixtures.writeTable(directory, "customers", "id:LONG:key,name:STRING", List.of());

        assertThat(harness().listEntities()).extracting(Entity::name).containsExactly("customers", "orders");
        EntitySchema orders = harness().describe("orders");
        assertThat(orders.fieldNames()).containsExactly("id", "amount", "updated_at");
        assertThat(orders.primaryKey()).extracting(field -> field.name()).containsExactly("id");
        assertThat(orders.field(1).type()).isEqualTo(DataType.decimal(10, 2));
        assertThat(orders.field(2).incremental()).isTrue();
    }

    @Test
    void anUnknownEntityIsNotFoundWithASuggestion() {
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key", List.of());

        assertNotFound(() -> harness().describe("order"));
        assertNotFound(() -> harness().read("order").run());
        assertNotFound(() -> harness().write("order").insert(Row.of(1L)));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessageContaining("entity 'order'").hasMessageContaining("did you mean 'orders'");
    }

    @Test
    void aMalformedHeaderCellIsNamedWithItsFileLineAndColumn() {
        Path file = CsvFixtures.writeTable(directory, "orders", "id:LONG:key,name,amount:DECIMAL(10,2", List.of("1,x,2"));

        assertThatThrownBy(() -> harness().describe("orders")).isInstanceOf(ConnectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 1").hasMessageContaining("column 2")
                .hasMessageContaining("'name'").hasMessageContaining("name:TYPE");
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key,name:STRING,amount:NUMBER", List.of());
        assertThatThrownBy(() -> harness().read("orders").run()).isInstanceOf(ConnectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 1").hasMessageContaining("column 3")
                .hasMessageContaining("'amount:NUMBER'");
    }

    @Test
    void aBadValueIsNamedWithItsFileLineAndColumn() {
        Path file = CsvFixtures.writeTable(directory, "orders", "id:LONG:key,name:STRING",
                List.of("1,a", "2,\"two\nlines\"", "x3,c", "4,d"));

        assertThatThrownBy(() -> harness().read("orders").rangePartitioned("id", 0, 10, 2).run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR))
                .hasMessageContaining(file.toString()).hasMessageContaining("line 5").hasMessageContaining("column 'id'")
                .hasMessageContaining("'x3' is not a LONG");
        CsvFixtures.writeTable(directory, "orders", "id:LONG:key,name:STRING", List.of("1,a", "2,b,extra"));
        assertThatThrownBy(() -> harness().read("orders").run()).isInstanceOf(ConnectorException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 3").hasMessageContaining("3 fields");
    }

    @Test
    void anEntityNameOutsideTheDirectoryIsRejected() throws IOException {
        Path inner = Files.createDirectory(directory.resolve("inner"));
        CsvFixtures.writeTable(directory, "secret", "id:LONG:key,password:STRING", List.of("1,hunter2"));

        for (String name : List.of("../secret", "..", "sub/orders", "..\\secret", ".hidden", "")) {
            assertInvalid(() -> CsvFixtures.harness(inner).describe(name), "entity name '" + name + "'");
        }
        assertInvalid(() -> CsvFixtures.harness(inner).read("../secret").run(), "'../secret'");
        assertInvalid(() -> CsvFixtures.harness(inner).write("../secret").insert(Row.of(2L, "x")), "'../secret'");
        assertThat(Files.readString(directory.resolve("secret.csv"))).contains("1,hunter2").doesNotContain("2,x");
    }

    private static void assertInvalid(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains(fragments);
                });
    }
}
