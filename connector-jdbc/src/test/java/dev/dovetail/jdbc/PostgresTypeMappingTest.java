package dev.dovetail.jdbc;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
}
