package dev.dovetail.harness.conformance;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The rows the {@link ConnectorConformanceSuite} stores through its {@link ConformanceContext} and expects
 * to read back. The conformance entity has four columns, in this order:
 * <table>
 *   <caption>The conformance entity</caption>
 *   <tr><th>column</th><th>type</th><th>values</th></tr>
 *   <tr><td>{@code id}</td><td>LONG, NOT NULL, primary key</td><td>0, 1, 2, ... (unique)</td></tr>
 *   <tr><td>{@code name}</td><td>STRING, nullable</td><td>{@code name-<id>}; NULL for every 7th id</td></tr>
 *   <tr><td>{@code score}</td><td>INT, nullable</td><td>-20..129, so below and above the partition bounds
 *       0..100; NULL for every 11th id</td></tr>
 *   <tr><td>{@code updated_at}</td><td>TIMESTAMP, NOT NULL</td><td>{@link #START} plus one minute per three
 *       ids, so three rows share each value</td></tr>
 * </table>
 * {@code score} is the numeric partition column (with NULLs, which the first split must read) and
 * {@code (updated_at, id)} the bookmark key tuple (ties on {@code updated_at} at every boundary).
 */
public final class ConformanceData {
    /** The columns, in the order of every row here. */
    public static final List<String> COLUMNS = List.of("id", "name", "score", "updated_at");
    /** The first {@code updated_at}. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** The schema a connector's description of the conformance entity must contain (it may have more columns). */
    public static final EntitySchema SCHEMA = EntitySchema.builder(Entity.builder("conformance").writable(true).build())
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field("name", DataType.STRING)
            .field("score", DataType.INT)
            .field(Field.builder("updated_at", DataType.TIMESTAMP).nullable(false).incremental(true).build())
            .build();

    private ConformanceData() {
    }

    /** The row with {@code id}. */
    public static Row row(long id) {
        return Row.of(id, id % 7 == 0 ? null : "name-" + id, id % 11 == 0 ? null : (int) (id * 37 % 150) - 20,
                START.plusSeconds(60 * (id / 3)));
    }

    /** The rows with ids {@code from} to {@code from + count - 1}, made as the stream is consumed. */
    public static Stream<Row> rows(long from, long count) {
        return LongStream.range(from, from + count).mapToObj(ConformanceData::row);
    }

    /** The rows with ids {@code from} to {@code from + count - 1}. */
    public static List<Row> list(long from, long count) {
        return rows(from, count).toList();
    }
}
