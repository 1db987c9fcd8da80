package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every common column type of a database: the described type and the value read, and NULL, from a table
 * made of the concrete class's {@link #types()}; then option {@code dataTypeMapping}.
 */
abstract class JdbcTypeMappingSuite {
    /**
     * One column: its DDL type, an SQL literal to insert, the Dovetail type expected and the value expected.
     */
    record TypeCase(String ddl, String literal, DataType type, Object value) {
    }

    /**
     * The database's column types to check. (The keys of {@code dataTypeMapping} are the JDBC types the driver
     * reports: PostgreSQL's numeric is NUMERIC, MariaDB's DECIMAL.)
     */
    abstract List<TypeCase> types();

    private String createTypes(TestDatabase db) {
        List<TypeCase> cases = types();
        String columns = IntStream.range(0, cases.size()).mapToObj(i -> "c" + i + " " + cases.get(i).ddl())
                .collect(Collectors.joining(", "));
        String values = cases.stream().map(TypeCase::literal).collect(Collectors.joining(", "));
        String nulls = cases.stream().map(ignored -> "NULL").collect(Collectors.joining(", "));
        db.execute("CREATE TABLE types (id INT PRIMARY KEY, " + columns + ")",
                "INSERT INTO types VALUES (1, " + values + ")", "INSERT INTO types VALUES (2, " + nulls + ")");
        return "types";
    }

    @Test
    void everyTypeIsDescribedAndReadWithItsValueAndNull(TestDatabase db) {
        createTypes(db);
        List<TypeCase> cases = types();
        ConnectorHarness harness = JdbcFixtures.harness(db);

        EntitySchema schema = harness.describe("types");
        for (int i = 0; i < cases.size(); i++) {
            assertThat(schema.field(i + 1).type()).as("type of %s", cases.get(i).ddl()).isEqualTo(cases.get(i).type());
        }
        ReadResult result = harness.read("types").where(Predicate.eq("id", 1)).run();
        Row row = result.rows().get(0);
        for (int i = 0; i < cases.size(); i++) {
            Object value = row.get(i + 1);
            Object expected = cases.get(i).value();
            if (expected instanceof byte[] bytes) {
                assertThat((byte[]) value).as("value of %s", cases.get(i).ddl()).containsExactly(bytes);
            } else {
                assertThat(value).as("value of %s", cases.get(i).ddl()).isEqualTo(expected);
            }
        }
        List<Object> expectedNulls = new ArrayList<>();
        expectedNulls.add(2);
        cases.forEach(ignored -> expectedNulls.add(null));
        assertThat(harness.read("types").where(Predicate.eq("id", 2)).run().rows()).containsExactly(Row.of(expectedNulls));
    }

    @Test
    void dataTypeMappingChangesTheSchemaAndTheValues(TestDatabase db) {
        db.execute("CREATE TABLE mapped (id INT PRIMARY KEY, amount DECIMAL(10,2), created DATE)",
                "INSERT INTO mapped VALUES (7, 12.50, DATE '2024-03-01')");
        ConnectorHarness harness = JdbcFixtures.harness(db)
                .withOption("dataTypeMapping", "{\"integer\": \"STRING\", \"DECIMAL\":\"DOUBLE\", \"NUMERIC\":\"DOUBLE\", \"DATE\":\"STRING\"}");

        EntitySchema schema = harness.describe("mapped");
        assertThat(schema.fields()).extracting(field -> field.type())
                .containsExactly(DataType.STRING, DataType.DOUBLE, DataType.STRING);
        assertThat(schema.field(0).filterable()).as("the database would compare the original type").isFalse();
        assertThat(harness.read("mapped").run().rows()).containsExactly(Row.of("7", 12.5, "2024-03-01"));
        assertThat(harness.read("mapped").where(Predicate.eq("id", "7")).run().rows())
                .as("filtered by the runtime on the mapped value").hasSize(1);
        assertThat(JdbcFixtures.harness(db).withOption("dataTypeMapping", "{\"INTEGER\":\"LONG\",\"DECIMAL\":\"BIGDECIMAL\",\"NUMERIC\":\"BIGDECIMAL\"}")
                .read("mapped").run().rows()).containsExactly(Row.of(7L, JdbcFixtures.money("12.50"), JdbcFixtures.day(1).withMonth(3)));
    }

    @Test
    void textMappedToDateOrTimestampIsParsedAndBadTextNamesTheColumn(TestDatabase db) {
        db.execute("CREATE TABLE texts (id INT PRIMARY KEY, v VARCHAR(40))",
                "INSERT INTO texts VALUES (1, '2024-03-01')", "INSERT INTO texts VALUES (2, NULL)");
        assertThat(JdbcFixtures.harness(db).withOption("dataTypeMapping", "{\"VARCHAR\":\"DATE\"}").read("texts").run().rows())
                .containsExactlyInAnyOrder(Row.of(1, JdbcFixtures.day(1).withMonth(3)), Row.of(2, null));
        assertThat(JdbcFixtures.harness(db).withOption("dataTypeMapping", "{\"VARCHAR\":\"TIMESTAMP\"}").read("texts")
                .where(Predicate.eq("id", 1)).run().rows())
                .containsExactly(Row.of(1, java.time.Instant.parse("2024-03-01T00:00:00Z")));

        db.execute("INSERT INTO texts VALUES (3, 'soon')");
        assertThatThrownBy(() -> JdbcFixtures.harness(db).withOption("dataTypeMapping", "{\"VARCHAR\":\"DATE\"}")
                .read("texts").run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'" + JdbcFixtures.folded(db, "v") + "'").hasMessageContaining("'soon'")
                .hasMessageContaining("dataTypeMapping");
    }

    @Test
    void aBadDataTypeMappingNamesTheEntryAndTheAcceptedValues(TestDatabase db) {
        assertInvalid(db, "{\"INTEGER\":\"STRING\",}", "expected a key in double quotes at position 20");
        assertInvalid(db, "[\"INTEGER\"]", "expected '{'");
        assertInvalid(db, "{\"INTEGR\":\"STRING\"}", "\"INTEGR\":\"STRING\"", "INTEGER, BIGINT");
        assertInvalid(db, "{\"INTEGER\":\"TEXT\"}", "\"INTEGER\":\"TEXT\"", "DATE, STRING, TIMESTAMP, INT, FLOAT, LONG, BIGDECIMAL");
        assertInvalid(db, "{\"INTEGER\":\"STRING\",\"integer\":\"LONG\"}", "twice");
    }

    private static void assertInvalid(TestDatabase db, String mapping, String... fragments) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("dataTypeMapping", mapping);
        assertThatThrownBy(harness::validateCredentials)
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'dataTypeMapping'").hasMessageContainingAll(fragments);
    }
}
