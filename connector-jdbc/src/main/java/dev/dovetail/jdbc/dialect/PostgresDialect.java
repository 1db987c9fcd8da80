package dev.dovetail.jdbc.dialect;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTypes;
import dev.dovetail.jdbc.metadata.TableDescription;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL: arrays ({@code _int4}, ...) as lists of their element type, {@code json}, {@code jsonb},
 * {@code uuid} and {@code bit(n > 1)} as strings, {@code timestamptz} as instants; {@code LIMIT n};
 * {@code hashtext}; results stream through a cursor only with autocommit off, as Spark's
 * {@code PostgresDialect} also arranges, and arrive in binary ({@link #driverProperties()}); a table is described
 * in one catalog query ({@link #describeInOneQuery}).
 */
final class PostgresDialect implements Dialect {
    private static final Set<String> UTF8_TEXT_TYPES = Set.of("text", "varchar", "bpchar");

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> subprotocols() {
        return List.of("postgresql");
    }

    // ---- Reads ----

    @Override
    public DataType dataType(JdbcColumn column) {
        String type = column.typeName();
        if (column.jdbcType() == Types.ARRAY && type.startsWith("_")) {
            return DataType.list(JdbcTypes.ofSqlName(type.substring(1)).orElse(DataType.STRING));
        }
        if (column.jdbcType() == Types.BIT && !type.equalsIgnoreCase("bool") && column.precision() > 1) {
            return DataType.STRING; // bit(n): the driver reads it as text such as 10110
        }
        return JdbcTypes.standard(column);
    }

    @Override
    public boolean hasTimeZone(JdbcColumn column) {
        return column.typeName().equalsIgnoreCase("timestamptz") || column.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE;
    }

    /** One {@code pg_catalog} query ({@link PostgresCatalogQuery}), where pgjdbc makes three. */
    @Override
    public Optional<TableDescription> describeInOneQuery(Connection connection, String entity) throws SQLException {
        return PostgresCatalogQuery.describe(connection, entity);
    }

    @Override
    public Set<String> systemSchemas() {
        return Set.of("INFORMATION_SCHEMA", "PG_CATALOG", "PG_TOAST");
    }

    @Override
    public String limitClause(long rows) {
        return "LIMIT " + rows;
    }

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("hashtext(CAST(" + column + " AS text))");
    }

    /** The column as text, so that LIKE also applies to non-text columns (a no-op for text ones). */
    @Override
    public String likeCaseSensitive(String column) {
        return "CAST(" + column + " AS text) LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
    }

    /** As an untyped literal, so that PostgreSQL reads it as the column's type: uuid, json, an enum, text. */
    @Override
    public void bindString(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    /**
     * {@code text}, {@code varchar} and {@code bpchar}: pgjdbc keeps a value as the bytes the server sent, in the
     * connection's encoding, which pgjdbc sets to UTF8 and lets no statement change, unless the URL sets
     * {@code allowEncodingChanges}. (Other types that read as strings, such as uuid, may arrive in binary.)
     */
    @Override
    public boolean readsTextAsUtf8(JdbcColumn column, String url) {
        return UTF8_TEXT_TYPES.contains(column.typeName().toLowerCase(Locale.ROOT))
                && !Dialect.urlSets(url, "allowEncodingChanges");
    }

    /**
     * {@code prepareThreshold=-1}: pgjdbc then reads results in PostgreSQL's binary format from a statement's
     * first execution (by default only from its fifth, and a split's statement runs once), which spares the
     * server printing and the driver parsing every number and timestamp as text. A URL setting
     * {@code prepareThreshold} (say {@code 0} behind a PgBouncer in transaction mode) keeps its own.
     */
    @Override
    public Map<String, String> driverProperties() {
        return Map.of("prepareThreshold", "-1");
    }

    @Override
    public boolean streamsOnlyWithoutAutoCommit() {
        return true;
    }

    /** 57P01..57P03: the server terminated the connection or is shutting down. */
    @Override
    public Optional<ErrorCode> errorCodeOf(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && state.startsWith("57P") ? Optional.of(ErrorCode.SERVICE_UNAVAILABLE) : Optional.empty();
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

    /** {@code TRUNCATE TABLE t}, which PostgreSQL truncates inside the transaction (a rollback restores the rows). */
    @Override
    public String truncateSql(List<String> table, boolean inTransaction) {
        return truncateTableSql(table);
    }
}
