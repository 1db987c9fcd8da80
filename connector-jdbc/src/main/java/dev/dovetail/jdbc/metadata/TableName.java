package dev.dovetail.jdbc.metadata;

import dev.dovetail.jdbc.dialect.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table or view an entity name resolved to, spelt exactly as the database spells it.
 *
 * @param entity the entity name {@link JdbcCatalog#entities()} lists it under
 * @param catalog the catalog (MySQL's database; the current database elsewhere), if the database reports one
 * @param schema the schema, for databases with schemas
 * @param table the table's own name
 * @param type the database's table type: {@code TABLE}, {@code VIEW}, ...
 */
public record TableName(String entity, Optional<String> catalog, Optional<String> schema, String table, String type) {

    public TableName {
        requireNonNull(entity, "entity is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(table, "table is null");
        requireNonNull(type, "type is null");
    }

    /**
     * The name to put in SQL, fully qualified and quoted by {@code dialect}: {@code "sales"."orders"}, or
     * {@code `shop`.`orders`} where databases are catalogs; so that the session's search path never matters.
     */
    public String sql(Dialect dialect) {
        List<String> parts = new ArrayList<>(2);
        (dialect.namespacesAreCatalogs() ? catalog : schema).ifPresent(parts::add);
        parts.add(table);
        return dialect.quoteQualified(parts);
    }

    /** Whether writes may target it: a table, not a view. */
    public boolean isTable() {
        return type.contains("TABLE");
    }
}
