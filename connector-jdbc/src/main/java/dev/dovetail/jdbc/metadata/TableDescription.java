package dev.dovetail.jdbc.metadata;

import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A table or view with its columns and primary key, as {@link java.sql.DatabaseMetaData}'s {@code getTables},
 * {@code getColumns} and {@code getPrimaryKeys} describe it: what a dialect that describes a table in one query
 * ({@link dev.dovetail.jdbc.dialect.Dialect#describeInOneQuery}) returns.
 *
 * @param name the table, named as {@link JdbcCatalog} names it
 * @param columns its columns in order; at least one
 * @param primaryKey the names of its primary key's columns; empty without one
 */
public record TableDescription(TableName name, List<JdbcColumn> columns, Set<String> primaryKey) {

    public TableDescription {
        requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        primaryKey = Set.copyOf(primaryKey);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name.entity() + " is described without columns");
        }
    }
}
