package dev.dovetail.jdbc.dialect;

import java.util.List;

/** MySQL and MariaDB (quotes with backticks). */
final class MySqlDialect implements Dialect {
    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:mysql:", 0, 11) || url.regionMatches(true, 0, "jdbc:mariadb:", 0, 13);
    }

    @Override
    public char quoteCharacter() {
        return '`';
    }

    /**
     * {@code INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)} (a no-op {@code id = id} when every column is
     * an id). {@code VALUES(c)} is understood by MariaDB and by MySQL (deprecated there since 8.0.20 in
     * favour of a row alias, which MariaDB does not accept). MySQL matches on any unique key of the table,
     * not only the id columns: they should be its primary key or only unique key.
     */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        List<String> others = Dialect.nonIdColumns(columns, idColumns);
        List<String> assignments = others.isEmpty()
                ? List.of(quote(idColumns.get(0)) + " = " + quote(idColumns.get(0)))
                : others.stream().map(column -> quote(column) + " = VALUES(" + quote(column) + ")").toList();
        return insertSql(table, columns) + " ON DUPLICATE KEY UPDATE " + String.join(", ", assignments);
    }
}
