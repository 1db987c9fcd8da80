package dev.dovetail.jdbc.dialect;

import java.util.List;

/** H2 (quotes with {@code "}). */
final class H2Dialect implements Dialect {
    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:h2:", 0, 8);
    }

    /** H2's own {@code MERGE INTO t (c1, c2) KEY (id) VALUES (?, ?)}: updates the given columns of a match. */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        return "MERGE INTO " + quoteQualified(table) + " (" + quotedList(columns) + ") KEY (" + quotedList(idColumns)
                + ") VALUES (" + Dialect.parameters(columns.size()) + ")";
    }
}
