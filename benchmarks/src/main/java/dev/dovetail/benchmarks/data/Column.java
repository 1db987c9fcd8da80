package dev.dovetail.benchmarks.data;

import dev.dovetail.api.schema.DataType;

import static java.util.Objects.requireNonNull;

/**
 * One column of a benchmark table: its name, its SQL type (the same on H2 and PostgreSQL) and the kind of
 * value Dovetail reads it as.
 *
 * @param name the column's name, lower case, unquoted in the DDL
 * @param sqlType the column's type in the DDL
 * @param kind the Dovetail type it maps to
 */
public record Column(String name, String sqlType, DataType.Kind kind) {
    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(sqlType, "sqlType is null");
        requireNonNull(kind, "kind is null");
    }
}
