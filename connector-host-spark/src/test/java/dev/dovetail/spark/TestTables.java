package dev.dovetail.spark;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.spark.memory.MemoryStore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables the Spark tests read: every type, NULLs, nested values. */
final class TestTables {
    static final EntitySchema ORDERS = EntitySchema.builder(Entity.builder("orders").writable(true).build())
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field("customer", DataType.STRING)
            .field("amount", DataType.decimal(10, 2))
            .field("quantity", DataType.INT)
            .field("shipped", DataType.BOOLEAN)
            .field("placed_on", DataType.DATE)
            .field("updated_at", DataType.TIMESTAMP)
            .field("score", DataType.DOUBLE)
            .field("tags", DataType.list(DataType.STRING))
            .field("attributes", DataType.map(DataType.STRING, DataType.INT))
            .field("address", DataType.struct(List.of(Field.of("city", DataType.STRING), Field.of("zip", DataType.INT))))
            .field("payload", DataType.BINARY)
            .build();
    static final EntitySchema CUSTOMERS = EntitySchema.builder(Entity.builder("customers").writable(true).build())
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field("name", DataType.STRING)
            .build();
    static final int ORDER_COUNT = 40;

    private TestTables() {
    }

    /** Order {@code i}: NULLs in every fifth row's nullable columns (and in its id-derived ones). */
    static Row order(long i) {
        boolean nulls = i % 5 == 4;
        Map<String, Integer> attributes = new LinkedHashMap<>();
        attributes.put("weight", (int) i * 10);
        return Row.of(i,
                nulls ? null : "customer-" + (i % 7),
                nulls ? null : new BigDecimal(i + ".25"),
                (int) (i % 3),
                i % 2 == 0,
                nulls ? null : LocalDate.of(2024, 1, 1).plusDays(i),
                nulls ? null : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 3600 + 1).plusNanos(500_000),
                i / 4.0,
                nulls ? null : List.of("t" + (i % 3), "all"),
                nulls ? null : attributes,
                nulls ? null : java.util.Arrays.asList("city-" + (i % 4), (int) i),
                nulls ? null : new byte[] {(byte) i, 1});
    }

    static List<Row> orders(int count) {
        List<Row> rows = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            rows.add(order(i));
        }
        return rows;
    }

    /** A fresh store {@code name} with {@link #ORDER_COUNT} orders and three customers. */
    static MemoryStore seed(String name) {
        return MemoryStore.named(name)
                .put(ORDERS, orders(ORDER_COUNT))
                .put(CUSTOMERS, List.of(Row.of(1L, "ada"), Row.of(2L, "grace"), Row.of(3L, "edsger")));
    }
}
