package dev.dovetail.appflow.filter;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;

/** The entity the parser is tested against: one field of each type a filter can compare, and one it cannot. */
final class TestEntities {
    static final EntitySchema ACCOUNTS = EntitySchema.builder("accounts")
            .field("accountId", DataType.STRING)
            .field("employees", DataType.INT)
            .field("views", DataType.LONG)
            .field("revenue", DataType.decimal(12, 2))
            .field("score", DataType.DOUBLE)
            .field("ratio", DataType.FLOAT)
            .field("active", DataType.BOOLEAN)
            .field("founded", DataType.DATE)
            .field("createdAt", DataType.TIMESTAMP)
            .field("logo", DataType.BINARY)
            .build();

    private TestEntities() {
    }
}
