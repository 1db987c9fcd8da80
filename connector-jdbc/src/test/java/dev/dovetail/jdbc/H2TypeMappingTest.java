package dev.dovetail.jdbc;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@OnDatabase(TestDatabase.Kind.H2)
class H2TypeMappingTest extends JdbcTypeMappingSuite {
    @Override
    List<TypeCase> types() {
        return List.of(
                new TypeCase("BOOLEAN", "TRUE", DataType.BOOLEAN, true),
                new TypeCase("TINYINT", "-7", DataType.BYTE, (byte) -7),
                new TypeCase("SMALLINT", "300", DataType.SHORT, (short) 300),
                new TypeCase("INTEGER", "70000", DataType.INT, 70000),
                new TypeCase("BIGINT", "9000000000", DataType.LONG, 9_000_000_000L),
                new TypeCase("REAL", "1.5", DataType.FLOAT, 1.5f),
                new TypeCase("DOUBLE PRECISION", "2.25", DataType.DOUBLE, 2.25),
                new TypeCase("DECIMAL(12,3)", "123.456", DataType.decimal(12, 3), new BigDecimal("123.456")),
                new TypeCase("NUMERIC", "12", DataType.decimal(38, 18), new BigDecimal("12")), // H2's NUMERIC has scale 0
                new TypeCase("VARCHAR(10)", "'abc'", DataType.STRING, "abc"),
                new TypeCase("CHAR(3)", "'ab'", DataType.STRING, "ab "),
                new TypeCase("CLOB", "'long text'", DataType.STRING, "long text"),
                new TypeCase("VARBINARY(4)", "X'0102'", DataType.BINARY, new byte[]{1, 2}),
                new TypeCase("BLOB", "X'FF'", DataType.BINARY, new byte[]{-1}),
                new TypeCase("DATE", "DATE '2024-02-29'", DataType.DATE, LocalDate.of(2024, 2, 29)),
                new TypeCase("TIME", "TIME '10:15:30'", DataType.STRING, "10:15:30"),
                new TypeCase("TIMESTAMP", "TIMESTAMP '2024-01-02 03:04:05.123456'", DataType.TIMESTAMP,
                        Instant.parse("2024-01-02T03:04:05.123456Z")),
                new TypeCase("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE '2024-01-02 10:00:00+02:00'",
                        DataType.TIMESTAMP, Instant.parse("2024-01-02T08:00:00Z")),
                new TypeCase("UUID", "'6f1c7c9e-0000-4000-8000-000000000001'", DataType.STRING,
                        "6f1c7c9e-0000-4000-8000-000000000001"),
                new TypeCase("INTEGER ARRAY", "ARRAY[1, 2, NULL]", DataType.list(DataType.INT), java.util.Arrays.asList(1, 2, null)),
                new TypeCase("VARCHAR(5) ARRAY", "ARRAY['a', 'b']", DataType.list(DataType.STRING), List.of("a", "b")));
    }
}
