package dev.dovetail.jdbc;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@OnDatabase(TestDatabase.Kind.MARIADB)
class MariaDbTypeMappingTest extends JdbcTypeMappingSuite {
    @Override
    List<TypeCase> types() {
        return List.of(
                new TypeCase("TINYINT(1)", "1", DataType.BOOLEAN, true),
                new TypeCase("BOOLEAN", "FALSE", DataType.BOOLEAN, false),
                new TypeCase("BIT(1)", "b'1'", DataType.BOOLEAN, true),
                new TypeCase("TINYINT", "-7", DataType.BYTE, (byte) -7),
                new TypeCase("TINYINT UNSIGNED", "255", DataType.SHORT, (short) 255),
                new TypeCase("SMALLINT", "300", DataType.SHORT, (short) 300),
                new TypeCase("SMALLINT UNSIGNED", "65535", DataType.INT, 65535),
                new TypeCase("MEDIUMINT", "-8000000", DataType.INT, -8_000_000),
                new TypeCase("INT", "70000", DataType.INT, 70000),
                new TypeCase("INT UNSIGNED", "4294967295", DataType.LONG, 4_294_967_295L),
                new TypeCase("BIGINT", "9000000000", DataType.LONG, 9_000_000_000L),
                new TypeCase("BIGINT UNSIGNED", "18446744073709551615", DataType.decimal(20, 0),
                        new BigDecimal("18446744073709551615")),
                new TypeCase("FLOAT", "1.5", DataType.FLOAT, 1.5f),
                new TypeCase("DOUBLE", "2.25", DataType.DOUBLE, 2.25),
                new TypeCase("DECIMAL(12,3)", "123.456", DataType.decimal(12, 3), new BigDecimal("123.456")),
                new TypeCase("VARCHAR(10)", "'abc'", DataType.STRING, "abc"),
                new TypeCase("CHAR(3)", "'ab'", DataType.STRING, "ab"),
                new TypeCase("TEXT", "'long text'", DataType.STRING, "long text"),
                new TypeCase("ENUM('red','green')", "'green'", DataType.STRING, "green"),
                new TypeCase("JSON", "'{\"a\": 1}'", DataType.STRING, "{\"a\": 1}"),
                new TypeCase("VARBINARY(4)", "X'0102'", DataType.BINARY, new byte[]{1, 2}),
                new TypeCase("BLOB", "X'FF'", DataType.BINARY, new byte[]{-1}),
                new TypeCase("DATE", "'2024-02-29'", DataType.DATE, LocalDate.of(2024, 2, 29)),
                new TypeCase("TIME", "'10:15:30'", DataType.STRING, "10:15:30"),
                new TypeCase("DATETIME(6)", "'2024-01-02 03:04:05.123456'", DataType.TIMESTAMP,
                        Instant.parse("2024-01-02T03:04:05.123456Z")),
                new TypeCase("YEAR", "2024", DataType.SHORT, (short) 2024));
    }
}
