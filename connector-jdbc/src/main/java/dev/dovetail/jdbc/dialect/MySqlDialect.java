package dev.dovetail.jdbc.dialect;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTypes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MySQL and MariaDB (quotes with backticks): databases are catalogs; unsigned integers widen
 * (TINYINT UNSIGNED → SHORT, SMALLINT and MEDIUMINT UNSIGNED → INT, INT UNSIGNED → LONG,
 * BIGINT UNSIGNED → DECIMAL(20,0)); {@code tinyint(1)} and {@code bit(1)} are BOOLEAN, YEAR is SHORT;
 * {@code LIMIT n}; {@code CRC32}; binary (case-sensitive) LIKE. MariaDB Connector/J streams with any
 * fetch size; MySQL Connector/J streams only with {@code Integer.MIN_VALUE} unless the URL asks for
 * {@code useCursorFetch=true}.
 */
final class MySqlDialect implements Dialect {
    /** ER_CONNECTION_KILLED: another session ran KILL on this connection. */
    private static final int CONNECTION_KILLED = 1927;
    /** ER_STATEMENT_TIMEOUT: max_statement_time (setQueryTimeout) was exceeded. */
    private static final int STATEMENT_TIMEOUT = 1969;
    /** ER_QUERY_INTERRUPTED: KILL QUERY. */
    private static final int QUERY_INTERRUPTED = 1317;
    /** ER_DBACCESS_DENIED_ERROR, ER_TABLEACCESS_DENIED_ERROR, ER_COLUMNACCESS_DENIED_ERROR. */
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int TABLE_ACCESS_DENIED = 1142;
    private static final int COLUMN_ACCESS_DENIED = 1143;

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public List<String> subprotocols() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public char quoteCharacter() {
        return '`';
    }

    // ---- Reads ----

    @Override
    public DataType dataType(JdbcColumn column) {
        String type = column.upperTypeName().replaceAll("\\(.*?\\)", "").trim();
        if (type.endsWith("UNSIGNED")) {
            switch (type.replace("UNSIGNED", "").trim()) {
                case "TINYINT":
                    return DataType.SHORT;
                case "SMALLINT", "MEDIUMINT":
                    return DataType.INT;
                case "INT", "INTEGER":
                    return DataType.LONG;
                case "BIGINT":
                    return DataType.decimal(20, 0);
                default:
                    break;
            }
        }
        if (type.equals("YEAR")) {
            return DataType.SHORT;
        }
        if (type.equals("TINYINT") && column.precision() == 1) {
            return DataType.BOOLEAN;
        }
        if (type.equals("MEDIUMINT")) {
            return DataType.INT;
        }
        return JdbcTypes.standard(column);
    }

    @Override
    public boolean namespacesAreCatalogs() {
        return true;
    }

    @Override
    public String limitClause(long rows) {
        return "LIMIT " + rows;
    }

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("CRC32(" + column + ")");
    }

    /** Compared as bytes: the default collations ignore case, and the predicate does not. */
    @Override
    public String likeCaseSensitive(String column) {
        return column + " LIKE BINARY ? ESCAPE '" + LIKE_ESCAPE + "'";
    }

    @Override
    public int driverFetchSize(Connection connection, int rows) throws SQLException {
        String driver = connection.getMetaData().getDriverName();
        String url = connection.getMetaData().getURL();
        boolean mysqlDriver = driver != null && driver.toLowerCase(Locale.ROOT).startsWith("mysql");
        boolean cursorFetch = url != null && url.toLowerCase(Locale.ROOT).contains("usecursorfetch=true");
        return mysqlDriver && !cursorFetch && rows > 0 ? Integer.MIN_VALUE : rows;
    }

    @Override
    public Optional<ErrorCode> errorCodeOf(SQLException failure) {
        return switch (failure.getErrorCode()) {
            case CONNECTION_KILLED -> Optional.of(ErrorCode.SERVICE_UNAVAILABLE);
            case STATEMENT_TIMEOUT, QUERY_INTERRUPTED -> Optional.of(ErrorCode.REQUEST_TIMEOUT);
            case DATABASE_ACCESS_DENIED, TABLE_ACCESS_DENIED, COLUMN_ACCESS_DENIED -> Optional.of(ErrorCode.ACCESS_DENIED);
            default -> Optional.empty();
        };
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

    /**
     * {@code TRUNCATE TABLE t}; but MySQL and MariaDB's TRUNCATE commits the open transaction by itself, so inside one
     * (an all-or-none overwrite) {@code DELETE FROM t}, slower but rolled back with the batch.
     */
    @Override
    public String truncateSql(List<String> table, boolean inTransaction) {
        return inTransaction ? Dialect.super.truncateSql(table, true) : truncateTableSql(table);
    }
}
