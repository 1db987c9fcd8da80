package dev.dovetail.jdbc.dialect;

import java.util.List;

/** PostgreSQL. */
final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16);
    }

    /**
     * {@code INSERT ... ON CONFLICT (ids) DO UPDATE SET c = EXCLUDED.c}, or {@code DO NOTHING} when every
     * column is an id; the id columns must be the primary key or a unique key (else SQLSTATE 42P10).
     */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        List<String> others = Dialect.nonIdColumns(columns, idColumns);
        return insertSql(table, columns) + " ON CONFLICT (" + quotedList(idColumns) + ") DO "
                + (others.isEmpty() ? "NOTHING" : "UPDATE SET "
                + String.join(", ", others.stream().map(column -> quote(column) + " = EXCLUDED." + quote(column)).toList()));
    }
}
