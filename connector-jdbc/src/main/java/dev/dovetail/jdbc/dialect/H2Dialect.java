package dev.dovetail.jdbc.dialect;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTypes;

import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * H2 (quotes with {@code "}): {@code LIMIT n}, {@code ORA_HASH} of the text form, typed arrays such as
 * {@code INTEGER ARRAY}; queries run lazily ({@link #driverProperties()}).
 */
final class H2Dialect implements Dialect {
    /** H2's own SQLSTATEs for a broken connection and a closed database. */
    private static final String CONNECTION_BROKEN = "90067";
    private static final String DATABASE_CLOSED = "90098";

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public List<String> subprotocols() {
        return List.of("h2");
    }

    // ---- Reads ----

    @Override
    public DataType dataType(JdbcColumn column) {
        if (column.jdbcType() == Types.ARRAY) {
            String element = column.upperTypeName().replaceFirst("\\s*ARRAY(\\s*\\[\\d*])?$", "");
            return DataType.list(JdbcTypes.ofSqlName(element).orElse(DataType.STRING));
        }
        if (column.upperTypeName().equals("UUID")) {
            return DataType.STRING;
        }
        return JdbcTypes.standard(column);
    }

    @Override
    public String limitClause(long rows) {
        return "LIMIT " + rows;
    }

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("ORA_HASH(CAST(" + column + " AS VARCHAR))"); // ORA_HASH takes text or binary only
    }

    /**
     * {@code LAZY_QUERY_EXECUTION=TRUE}: H2 then hands a query's rows to the result set as it finds them,
     * where it otherwise copies the whole result first (to a temporary file past its memory limit); queries
     * that cannot run lazily (sorting, grouping) still run as before.
     */
    @Override
    public Map<String, String> driverProperties() {
        return Map.of("LAZY_QUERY_EXECUTION", "TRUE");
    }

    @Override
    public Optional<ErrorCode> errorCodeOf(SQLException failure) {
        return CONNECTION_BROKEN.equals(failure.getSQLState()) || DATABASE_CLOSED.equals(failure.getSQLState())
                ? Optional.of(ErrorCode.SERVICE_UNAVAILABLE) : Optional.empty();
    }

    /** H2's own {@code MERGE INTO t (c1, c2) KEY (id) VALUES (?, ?)}: updates the given columns of a match. */
    @Override
    public String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        return "MERGE INTO " + quoteQualified(table) + " (" + quotedList(columns) + ") KEY (" + quotedList(idColumns)
                + ") VALUES (" + Dialect.parameters(columns.size()) + ")";
    }

    /**
     * {@code TRUNCATE TABLE t}; but H2's TRUNCATE commits the open transaction by itself, so inside one
     * (an all-or-none overwrite) {@code DELETE FROM t}, slower but rolled back with the batch.
     */
    @Override
    public String truncateSql(List<String> table, boolean inTransaction) {
        return inTransaction ? Dialect.super.truncateSql(table, true) : truncateTableSql(table);
    }
}
