package dev.dovetail.jdbc.dialect;

import java.util.List;

/** Microsoft SQL Server. */
final class SqlServerDialect implements Dialect {
    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:sqlserver:", 0, 15);
    }

    /** SQL Server quotes {@code [name]}, doubling a {@code ]} inside. */
    @Override
    public String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier is empty or contains a NUL character");
        }
        return "[" + identifier.replace("]", "]]") + "]";
    }

    /**
     * {@code MERGE INTO t WITH (HOLDLOCK) USING (VALUES (?, ?)) AS s (c1, c2) ON (...) ...;}: HOLDLOCK keeps
     * two concurrent upserts of one new id from both inserting, and SQL Server requires the final semicolon.
     */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        return mergeSql(quoteQualified(table) + " WITH (HOLDLOCK) AS t", "(VALUES (" + Dialect.parameters(columns.size())
                + ")) AS s (" + quotedList(columns) + ")", columns, idColumns) + ";";
    }
}
