package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresTypeMappingTest extends JdbcTypeMappingSuite {
    @Override
    List<TypeCase> types() {
        return List.of(
                new TypeCase("boolean", "true", DataType.BOOLEAN, true),
                new TypeCase("smallint", "300", DataType.SHORT, (short) 300),
                new TypeCase("integer", "70000", DataType.INT, 70000),
                new TypeCase("bigint", "9000000000", DataType.LONG, 9_000_000_000L),
                new TypeCase("real", "1.5", DataType.FLOAT, 1.5f),
                new TypeCase("double precision", "2.25", DataType.DOUBLE, 2.25),
                new TypeCase("numeric(12,3)", "123.456", DataType.decimal(12, 3), new BigDecimal("123.456")),
                new TypeCase("numeric", "1.25", DataType.decimal(38, 18), new BigDecimal("1.25")),
                new TypeCase("numeric", "0.1234567890123456789012", DataType.decimal(38, 18), new BigDecimal("0.123456789012345679")),
                new TypeCase("text", "'abc'", DataType.STRING, "abc"),
                new TypeCase("varchar(10)", "'abc'", DataType.STRING, "abc"),
                new TypeCase("char(3)", "'ab'", DataType.STRING, "ab "),
                new TypeCase("text", "'Zoë ☃ 😀'", DataType.STRING, "Zoë ☃ 😀"),
                new TypeCase("varchar(8)", "'ünï'", DataType.STRING, "ünï"),
                new TypeCase("char(4)", "'日本'", DataType.STRING, "日本  "),
                new TypeCase("bytea", "'\\x0102'::bytea", DataType.BINARY, new byte[]{1, 2}),
                new TypeCase("date", "'2024-02-29'", DataType.DATE, LocalDate.of(2024, 2, 29)),
                new TypeCase("time", "'10:15:30'", DataType.STRING, "10:15:30"),
                new TypeCase("timestamp", "'2024-01-02 03:04:05.123456'", DataType.TIMESTAMP,
                        Instant.parse("2024-01-02T03:04:05.123456Z")),
                new TypeCase("timestamptz", "'2024-01-02 10:00:00+02'", DataType.TIMESTAMP, Instant.parse("2024-01-02T08:00:00Z")),
                new TypeCase("json", "'{\"a\": 1}'", DataType.STRING, "{\"a\": 1}"),
                new TypeCase("jsonb", "'{\"a\": 1}'", DataType.STRING, "{\"a\": 1}"),
                new TypeCase("uuid", "'6f1c7c9e-0000-4000-8000-000000000001'", DataType.STRING,
                        "6f1c7c9e-0000-4000-8000-000000000001"),
                new TypeCase("integer[]", "'{1,2,NULL}'", DataType.list(DataType.INT), java.util.Arrays.asList(1, 2, null)),
                new TypeCase("text[]", "'{a,b}'", DataType.list(DataType.STRING), List.of("a", "b")),
                new TypeCase("timestamptz[]", "ARRAY['2024-01-02 10:00:00+02'::timestamptz]", DataType.list(DataType.TIMESTAMP),
                        List.of(Instant.parse("2024-01-02T08:00:00Z"))),
                new TypeCase("date[]", "'{2024-02-29}'", DataType.list(DataType.DATE), List.of(LocalDate.of(2024, 2, 29))),
                new TypeCase("bit(1)", "B'1'", DataType.BOOLEAN, true),
                new TypeCase("bit(4)", "B'1010'", DataType.STRING, "1010"));
    }

    /** The text types arrive as the driver's UTF-8 bytes, checked by the harness; uuid and json, which may come in binary, as strings. */
    @Test
    void textVarcharAndCharArriveAsUtf8BytesOtherStringsAsStrings(TestDatabase db) {
        db.execute("CREATE TABLE utf8_texts (id INT PRIMARY KEY, t text, v varchar(8), c char(4), u uuid, j json)",
                "INSERT INTO utf8_texts VALUES (1, 'Zoë ☃', 'ünï', '日本', '6f1c7c9e-0000-4000-8000-000000000001', '{\"a\": \"é\"}')");
        ConnectorHarness harness = JdbcFixtures.harness(db);
        EntitySchema schema = harness.describe("utf8_texts");
        Map<String, String> setters = new TreeMap<>();
        harness.read("utf8_texts").stream(split -> new RowBuffer(schema) {
            @Override
            public void setUtf8(int column, byte[] utf8, int offset, int length) {
                setters.put(schema.field(column).name(), "utf8");
                super.setUtf8(column, utf8, offset, length);
            }

            @Override
            public void setString(int column, String value) {
                setters.putIfAbsent(schema.field(column).name(), "string");
                super.setString(column, value);
            }
        });

        assertThat(setters).containsExactly(Map.entry("c", "utf8"), Map.entry("j", "string"), Map.entry("t", "utf8"),
                Map.entry("u", "string"), Map.entry("v", "utf8"));
        assertThat(harness.read("utf8_texts").run().rows()).containsExactly(
                Row.of(1, "Zoë ☃", "ünï", "日本  ", "6f1c7c9e-0000-4000-8000-000000000001", "{\"a\": \"é\"}"));
    }

    /** An unconstrained numeric is DECIMAL(38,18): a value with more than 20 integer digits fails naming column and value. */
    @Test
    void numericTooLargeForItsDecimalFailsNamingColumnAndValue(TestDatabase db) {
        db.execute("CREATE TABLE huge_numbers (id INT PRIMARY KEY, n numeric)",
                "INSERT INTO huge_numbers VALUES (1, 12.5), (2, 123456789012345678901.5)");
        ConnectorHarness harness = JdbcFixtures.harness(db);

        assertThat(harness.read("huge_numbers").where(Predicate.eq("id", 1)).run().rows())
                .containsExactly(Row.of(1, new BigDecimal("12.5")));
        assertThatThrownBy(() -> harness.read("huge_numbers").run())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("value 123456789012345678901.5 of column 'n' does not fit its type DECIMAL(38,18)")
                .hasMessageContaining("'dataTypeMapping'");
    }
}
