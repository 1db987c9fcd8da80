package dev.dovetail.jdbc.dialect;

import java.util.List;
import java.util.Optional;

/** Oracle: the standard {@code FETCH FIRST n ROWS ONLY} (12c and later) and {@code ORA_HASH}. */
final class OracleDialect implements Dialect {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<String> subprotocols() {
        return List.of("oracle");
    }

    // ---- Reads ----

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("ORA_HASH(" + column + ")");
    }

    /**
     * {@code MERGE INTO t USING (SELECT ? AS c1, ? AS c2 FROM dual) s ON (...) ...}: Oracle has no row
     * constructor in FROM and no {@code AS} before a table alias.
     */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        String select = String.join(", ", columns.stream().map(column -> "? AS " + quote(column)).toList());
        return mergeSql(quoteQualified(table) + " t", "(SELECT " + select + " FROM dual) s", columns, idColumns);
    }

    /**
     * {@code TRUNCATE TABLE t}; but Oracle's TRUNCATE commits the open transaction by itself, so inside one
     * (an all-or-none overwrite) {@code DELETE FROM t}, slower but rolled back with the batch.
     */
    @Override
    public String truncateSql(List<String> table, boolean inTransaction) {
        return inTransaction ? Dialect.super.truncateSql(table, true) : truncateTableSql(table);
    }
}
