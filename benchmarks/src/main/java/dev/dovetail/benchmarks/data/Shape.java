package dev.dovetail.benchmarks.data;

import dev.dovetail.api.schema.DataType.Kind;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables the benchmarks read: {@link #NARROW} (4 columns) and {@link #WIDE} (20 columns of mixed types).
 * Column {@code id} is the primary key, 1..rows, and the partition column. Every other value is a function
 * of the id alone, so each database holds the same rows; a few are NULL, as real data has.
 */
public enum Shape {
    /** {@code id BIGINT, qty INTEGER, price DOUBLE PRECISION, label VARCHAR(32)}. */
    NARROW(1_000_000, List.of(
            new Column("id", "BIGINT PRIMARY KEY", Kind.LONG),
            new Column("qty", "INTEGER", Kind.INT),
            new Column("price", "DOUBLE PRECISION", Kind.DOUBLE),
            new Column("label", "VARCHAR(32)", Kind.STRING))),
    /** Ints, bigints, doubles, decimals, varchars, dates, timestamps and booleans: 20 columns. */
    WIDE(200_000, List.of(
            new Column("id", "BIGINT PRIMARY KEY", Kind.LONG),
            new Column("i1", "INTEGER", Kind.INT),
            new Column("i2", "INTEGER", Kind.INT),
            new Column("i3", "INTEGER", Kind.INT),
            new Column("b1", "BIGINT", Kind.LONG),
            new Column("b2", "BIGINT", Kind.LONG),
            new Column("d1", "DOUBLE PRECISION", Kind.DOUBLE),
            new Column("d2", "DOUBLE PRECISION", Kind.DOUBLE),
            new Column("d3", "DOUBLE PRECISION", Kind.DOUBLE),
            new Column("m1", "DECIMAL(12,2)", Kind.DECIMAL),
            new Column("m2", "DECIMAL(18,4)", Kind.DECIMAL),
            new Column("s1", "VARCHAR(32)", Kind.STRING),
            new Column("s2", "VARCHAR(64)", Kind.STRING),
            new Column("s3", "VARCHAR(16)", Kind.STRING),
            new Column("day1", "DATE", Kind.DATE),
            new Column("day2", "DATE", Kind.DATE),
            new Column("ts1", "TIMESTAMP", Kind.TIMESTAMP),
            new Column("ts2", "TIMESTAMP", Kind.TIMESTAMP),
            new Column("flag1", "BOOLEAN", Kind.BOOLEAN),
            new Column("flag2", "BOOLEAN", Kind.BOOLEAN)));

    private static final LocalDate EPOCH_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDateTime EPOCH_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private final int defaultRows;
    private final List<Column> columns;

    Shape(int defaultRows, List<Column> columns) {
        this.defaultRows = defaultRows;
        this.columns = columns;
    }

    /** The rows of a full run: enough for a read to take about a second. */
    public int defaultRows() {
        return defaultRows;
    }

    /** The columns, in table order. */
    public List<Column> columns() {
        return columns;
    }

    /** The table's name: {@code bench_narrow} or {@code bench_wide}. */
    public String table() {
        return "bench_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code CREATE TABLE} for this shape. */
    public String createTable() {
        return "CREATE TABLE " + table() + " (" + columns.stream().map(column -> column.name() + " " + column.sqlType())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code INSERT INTO <table> VALUES (?, ...)}. */
    public String insert() {
        return "INSERT INTO " + table() + " VALUES (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Binds the values of row {@code id} to {@code insert}, prepared from {@link #insert()}. */
    public void bind(PreparedStatement insert, long id) throws SQLException {
        insert.setLong(1, id);
        for (int c = 1; c < columns.size(); c++) {
            bind(insert, c + 1, columns.get(c), c, id);
        }
    }

    /** Column {@code c}'s value in row {@code id}: NULL in one row of 13, shifted by column. */
    private static void bind(PreparedStatement insert, int position, Column column, int c, long id) throws SQLException {
        if ((id + c) % 13 == 0) {
            insert.setNull(position, sqlType(column.kind()));
            return;
        }
        long v = id * (2L * c + 1);
        switch (column.kind()) {
            case INT -> insert.setInt(position, (int) (v % 100_000));
            case LONG -> insert.setLong(position, v * 1_000_003L);
            case DOUBLE -> insert.setDouble(position, v / 7.0);
            case DECIMAL -> insert.setBigDecimal(position, BigDecimal.valueOf(v % 10_000_000, 2));
            case STRING -> insert.setString(position, "value-" + c + "-" + Long.toString(v, 36));
            case DATE -> insert.setObject(position, EPOCH_DAY.plusDays(v % 9_000));
            case TIMESTAMP -> insert.setObject(position, EPOCH_TIME.plusSeconds(v % 200_000_000).plusNanos((v % 1_000) * 1_000));
            case BOOLEAN -> insert.setBoolean(position, v % 3 == 0);
            default -> throw new IllegalStateException("no values for " + column);
        }
    }

    private static int sqlType(Kind kind) {
        return switch (kind) {
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case STRING -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
            default -> throw new IllegalStateException("no SQL type for " + kind);
        };
    }
}
