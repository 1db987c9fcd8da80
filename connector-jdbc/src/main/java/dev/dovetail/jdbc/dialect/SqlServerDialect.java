package dev.dovetail.jdbc.dialect;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTypes;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Microsoft SQL Server: {@code SELECT TOP n}, {@code CHECKSUM}, {@code [} as a LIKE wildcard, TINYINT 0..255 as SHORT. */
final class SqlServerDialect implements Dialect {
    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public List<String> subprotocols() {
        return List.of("sqlserver");
    }

    /** SQL Server quotes {@code [name]}, doubling a {@code ]} inside. */
    @Override
    public String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier is empty or contains a NUL character");
        }
        return "[" + identifier.replace("]", "]]") + "]";
    }

    // ---- Reads ----

    @Override
    public DataType dataType(JdbcColumn column) {
        return column.jdbcType() == Types.TINYINT ? DataType.SHORT : JdbcTypes.standard(column);
    }

    @Override
    public String select(String columns, String rest, OptionalLong limit) {
        return "SELECT " + (limit.isPresent() ? "TOP " + limit.getAsLong() + " " : "") + columns + " " + rest;
    }

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("CHECKSUM(" + column + ")");
    }

    @Override
    public String bucketOf(String expression, int buckets) {
        return "COALESCE(ABS((" + expression + ") % " + buckets + "), 0)";
    }

    @Override
    public String likeWildcards() {
        return "%_[";
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

    /** {@code TRUNCATE TABLE t}, which SQL Server truncates inside the transaction (a rollback restores the rows). */
    @Override
    public String truncateSql(List<String> table, boolean inTransaction) {
        return truncateTableSql(table);
    }
}
