package dev.dovetail.benchmarks.memory;

import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 4-column table held in arrays ({@code id BIGINT, qty INT, price DOUBLE, label STRING}, no NULLs), for the
 * row-path benchmark: {@link #write} is what a connector does per row, {@link #consume} only reads the same
 * values. Tables are registered under a generated name that {@link MemoryConnector}'s {@code table} option
 * names, and removed with {@link #close()}.
 */
public final class MemoryTable implements AutoCloseable {
    /** The entity's schema. */
    public static final EntitySchema SCHEMA = EntitySchema.builder(Entity.builder("rows").build())
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field("qty", DataType.INT)
            .field("price", DataType.DOUBLE)
            .field("label", DataType.STRING)
            .build();

    private static final Map<String, MemoryTable> TABLES = new ConcurrentHashMap<>();

    private final String name = "memory-" + UUID.randomUUID();
    private final long[] ids;
    private final int[] quantities;
    private final double[] prices;
    private final String[] labels;

    private MemoryTable(int rows) {
        ids = new long[rows];
        quantities = new int[rows];
        prices = new double[rows];
        labels = new String[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i + 1L;
            quantities[i] = i * 7 % 1_000;
            prices[i] = i * 0.25;
            labels[i] = "label-" + i;
        }
    }

    /** A new registered table of {@code rows} rows. */
    public static MemoryTable create(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, got " + rows);
        }
        MemoryTable table = new MemoryTable(rows);
        TABLES.put(table.name, table);
        return table;
    }

    /** The registered table {@code name}. */
    static MemoryTable named(String name) {
        MemoryTable table = TABLES.get(name);
        if (table == null) {
            throw new IllegalArgumentException("option 'table' names no memory table: '" + name
                    + "'; create one with MemoryTable.create and pass its name()");
        }
        return table;
    }

    /** The name the {@code table} option gives. */
    public String name() {
        return name;
    }

    /** The row count. */
    public int rows() {
        return ids.length;
    }

    /** Writes every row into {@code sink}, as a connector does, until it wants no more; returns the rows written. */
    public long write(RowSink sink) {
        for (int i = 0; i < ids.length; i++) {
            sink.setLong(0, ids[i]);
            sink.setInt(1, quantities[i]);
            sink.setDouble(2, prices[i]);
            sink.setString(3, labels[i]);
            if (!sink.endRow()) {
                return i + 1L;
            }
        }
        return ids.length;
    }

    /** Reads every value into {@code blackhole} and nothing else: the floor of any row path; returns the rows read. */
    public long consume(Blackhole blackhole) {
        for (int i = 0; i < ids.length; i++) {
            blackhole.consume(ids[i]);
            blackhole.consume(quantities[i]);
            blackhole.consume(prices[i]);
            blackhole.consume(labels[i]);
        }
        return ids.length;
    }

    /** Unregisters the table. */
    @Override
    public void close() {
        TABLES.remove(name);
    }
}
