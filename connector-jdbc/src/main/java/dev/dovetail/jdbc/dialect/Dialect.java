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
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What differs between databases: how identifiers are quoted, how their types map to Dovetail's, the
 * read SQL (limit, hash buckets, string matching, streaming) and the write SQL (INSERT, UPDATE, DELETE
 * and each database's UPSERT). One instance per database family, stateless and thread-safe, chosen from
 * the JDBC URL by {@link Dialects#forUrl}; the defaults are ANSI SQL.
 */
public interface Dialect {
    /** A short name for messages: {@code postgresql}, {@code mysql}, ... */
    String name();

    /** The JDBC subprotocols of this dialect's URLs: {@code postgresql} for {@code jdbc:postgresql://...}. */
    List<String> subprotocols();

    /** Whether this dialect serves {@code url}: it starts with {@code jdbc:<subprotocol>:}, ignoring case. */
    default boolean handles(String url) {
        return subprotocols().stream().anyMatch(subprotocol -> {
            String prefix = "jdbc:" + subprotocol + ":";
            return url.regionMatches(true, 0, prefix, 0, prefix.length());
        });
    }

    /** The character that opens and closes a quoted identifier. */
    default char quoteCharacter() {
        return '"';
    }

    /**
     * {@code identifier} quoted so that the database reads it as exactly that name, whatever it holds:
     * the quote character inside is doubled, so no identifier can end the quoting early.
     */
    default String quote(String identifier) {
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("an identifier is empty");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier contains a NUL character");
        }
        String quote = String.valueOf(quoteCharacter());
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /**
     * A possibly schema-qualified name ({@code sales.orders}) quoted part by part:
     * {@code "sales"."orders"}.
     */
    default String quoteQualified(List<String> parts) {
        return String.join(".", parts.stream().map(this::quote).toList());
    }

    /** Splits {@code sales.orders} into its parts; a name without dots is one part. */
    static List<String> splitQualified(String name) {
        return List.of(Pattern.compile("\\.").split(name, -1));
    }

    // ---- Reads: types, namespaces, SELECT forms, hashing, string matching, streaming, errors ----

    /** The Dovetail type of {@code column}; {@link JdbcTypes#standard} unless the database differs. */
    default DataType dataType(JdbcColumn column) {
        return JdbcTypes.standard(column);
    }

    /**
     * Whether values of {@code column}, a TIMESTAMP, are instants (read and compared as such) rather than
     * wall-clock times, which the connector reads as UTC.
     */
    default boolean hasTimeZone(JdbcColumn column) {
        return column.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE;
    }

    /** Whether tables live in catalogs (MySQL's databases) rather than in schemas of one catalog. */
    default boolean namespacesAreCatalogs() {
        return false;
    }

    /**
     * The table or view of the current schema spelt exactly {@code entity}, with its columns and primary key,
     * read in one catalog query, where the database has one: the common describe in one round trip instead of
     * {@link java.sql.DatabaseMetaData}'s three. It must describe exactly as those calls do. Empty hands the
     * describe to them: no table is spelt so (they also match ignoring case, look in other schemas and name the
     * candidates), or the table has something the query does not cover. None by default.
     */
    default Optional<TableDescription> describeInOneQuery(Connection connection, String entity) throws SQLException {
        return Optional.empty();
    }

    /** The schemas (upper case) whose tables and views are the database's own, left out of the entity list. */
    default Set<String> systemSchemas() {
        return Set.of("INFORMATION_SCHEMA");
    }

    /** {@code SELECT <columns> <rest>}, returning at most {@code limit} rows when a limit is given. */
    default String select(String columns, String rest, OptionalLong limit) {
        String select = "SELECT " + columns + " " + rest;
        return limit.isPresent() ? select + " " + limitClause(limit.getAsLong()) : select;
    }

    /** The clause ending a SELECT that returns at most {@code rows} rows; the standard {@code FETCH FIRST}. */
    default String limitClause(long rows) {
        return "FETCH FIRST " + rows + " ROWS ONLY";
    }

    /**
     * A deterministic whole-number hash of {@code column} (quoted), the same for equal values; empty when
     * the database has no hash function the connector knows.
     */
    default Optional<String> hash(String column) {
        return Optional.empty();
    }

    /** The bucket 0..buckets-1 of a whole-number {@code expression}; NULL falls in bucket 0. */
    default String bucketOf(String expression, int buckets) {
        return "COALESCE(ABS(MOD(" + expression + ", " + buckets + ")), 0)";
    }

    /**
     * A case-sensitive test of {@code column} (quoted) against a LIKE pattern bound at the one {@code ?},
     * in which {@link #LIKE_ESCAPE} escapes itself and the characters of {@link #likeWildcards()}.
     */
    default String likeCaseSensitive(String column) {
        return column + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
    }

    /** The escape character of {@link #likeCaseSensitive}: not a backslash, which MySQL strings treat specially. */
    char LIKE_ESCAPE = '!';

    /** The characters LIKE treats as wildcards in this database. */
    default String likeWildcards() {
        return "%_";
    }

    /**
     * Binds a string ({@code null} for NULL) that is written to or compared with a column the connector
     * describes as STRING; a database that types strictly (PostgreSQL's uuid, json, enums) reads it as the
     * column's own type.
     */
    default void bindString(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    /**
     * Whether the driver's {@code getBytes} returns the text of {@code column}, a STRING, as UTF-8, on a
     * connection to {@code url}: the reader then passes those bytes on ({@code RowSink.setUtf8}) and makes no
     * {@code String}. No column by default.
     */
    default boolean readsTextAsUtf8(JdbcColumn column, String url) {
        return false;
    }

    /** Whether the driver streams a result set only with autocommit off (PostgreSQL's uses a cursor then). */
    default boolean streamsOnlyWithoutAutoCommit() {
        return false;
    }

    /**
     * The driver properties the connector connects with, before the credentials, unless the URL sets the same
     * property itself ({@link #driverPropertiesFor}): how this dialect makes the driver stream fast. None by default.
     */
    default Map<String, String> driverProperties() {
        return Map.of();
    }

    /**
     * {@link #driverProperties()} less those {@code url} already sets, matched ignoring case as
     * {@code <name>=} in its parameters: the user's URL wins, and no driver sees a property twice.
     */
    default Properties driverPropertiesFor(String url) {
        Properties properties = new Properties();
        driverProperties().forEach((name, value) -> {
            if (!urlSets(url, name)) {
                properties.setProperty(name, value);
            }
        });
        return properties;
    }

    /** Whether {@code url} sets driver property {@code name}: {@code <name>=} in it, ignoring case. */
    static boolean urlSets(String url, String name) {
        return url.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT) + "=");
    }

    /** The fetch size to give the driver so that it streams {@code rows} rows per round trip. */
    default int driverFetchSize(Connection connection, int rows) throws SQLException {
        return rows;
    }

    /** A more precise error code for a vendor error than its SQLSTATE class gives; empty to go by the SQLSTATE. */
    default Optional<ErrorCode> errorCodeOf(SQLException failure) {
        return Optional.empty();
    }

    // ---- write statements. Every name is given unquoted, as the database spells it (a table as its
    // ---- qualified parts, see splitQualified), and quoted here. Parameters are always bound in the order
    // ---- each method documents, so one binder serves every dialect.

    /**
     * {@code INSERT INTO t (c1, c2) VALUES (?, ?)}: one parameter per column, in {@code columns} order.
     */
    default String insertSql(List<String> table, List<String> columns) {
        return "INSERT INTO " + quoteQualified(table) + " (" + quotedList(columns) + ") VALUES ("
                + parameters(columns.size()) + ")";
    }

    /**
     * {@code UPDATE t SET c1 = ?, c2 = ? WHERE id1 = ? AND id2 = ?}: the parameters are {@code setColumns}
     * then {@code idColumns}, in order; {@code setColumns} must not be empty.
     */
    default String updateSql(List<String> table, List<String> setColumns, List<String> idColumns) {
        if (setColumns.isEmpty()) {
            throw new IllegalArgumentException("an UPDATE of " + table + " has no columns to set");
        }
        return "UPDATE " + quoteQualified(table) + " SET "
                + String.join(", ", setColumns.stream().map(column -> quote(column) + " = ?").toList())
                + " WHERE " + idCondition(idColumns);
    }

    /**
     * The statement that empties {@code table} before an overwrite (no parameters). With
     * {@code inTransaction} it must take part in the connection's transaction, so that a rollback brings
     * the rows back: a dialect whose {@code TRUNCATE} commits by itself (MySQL, MariaDB, Oracle, H2) then
     * answers {@code DELETE FROM t}. This default is ANSI's {@code DELETE FROM t} either way.
     */
    default String truncateSql(List<String> table, boolean inTransaction) {
        return "DELETE FROM " + quoteQualified(table);
    }

    /** {@code TRUNCATE TABLE t}, for a dialect's {@link #truncateSql} to answer. */
    default String truncateTableSql(List<String> table) {
        return "TRUNCATE TABLE " + quoteQualified(table);
    }

    /** {@code DELETE FROM t WHERE id1 = ? AND id2 = ?}: one parameter per id column, in order. */
    default String deleteSql(List<String> table, List<String> idColumns) {
        return "DELETE FROM " + quoteQualified(table) + " WHERE " + idCondition(idColumns);
    }

    /**
     * One statement that inserts a row of {@code columns} into {@code table}, or, when a row with the same
     * {@code idColumns} exists, sets its other columns (and leaves it alone when every column is an id).
     * One parameter per column, in {@code columns} order; {@code idColumns} are among {@code columns}.
     * This default is the SQL:2003 {@code MERGE INTO t USING (VALUES (?, ?)) AS s (c1, c2) ON (...)}.
     */
    default String upsertSql(List<String> table, List<String> columns, List<String> idColumns) {
        return mergeSql(quoteQualified(table) + " t", "(VALUES (" + parameters(columns.size()) + ")) AS s ("
                + quotedList(columns) + ")", columns, idColumns);
    }

    /**
     * {@code MERGE INTO <target> USING <source> ON (t.id = s.id ...) [WHEN MATCHED THEN UPDATE SET c = s.c]
     * WHEN NOT MATCHED THEN INSERT (...) VALUES (s....)}, for dialects whose MERGE differs only in how the
     * target and the one-row source {@code s} are written; the target's alias is {@code t}.
     */
    default String mergeSql(String target, String source, List<String> columns, List<String> idColumns) {
        List<String> others = nonIdColumns(columns, idColumns);
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(target).append(" USING ").append(source)
                .append(" ON (")
                .append(String.join(" AND ", idColumns.stream().map(id -> "t." + quote(id) + " = s." + quote(id)).toList()))
                .append(")");
        if (!others.isEmpty()) {
            sql.append(" WHEN MATCHED THEN UPDATE SET ")
                    .append(String.join(", ", others.stream().map(column -> quote(column) + " = s." + quote(column)).toList()));
        }
        return sql.append(" WHEN NOT MATCHED THEN INSERT (").append(quotedList(columns)).append(") VALUES (")
                .append(String.join(", ", columns.stream().map(column -> "s." + quote(column)).toList()))
                .append(")").toString();
    }

    /** {@code columns} quoted and joined with {@code ", "}. */
    default String quotedList(List<String> columns) {
        return String.join(", ", columns.stream().map(this::quote).toList());
    }

    /** {@code "id1" = ? AND "id2" = ?}. */
    default String idCondition(List<String> idColumns) {
        if (idColumns.isEmpty()) {
            throw new IllegalArgumentException("a statement that finds rows by id has no id columns");
        }
        return String.join(" AND ", idColumns.stream().map(id -> quote(id) + " = ?").toList());
    }

    /** {@code count} parameter markers joined with {@code ", "}. */
    static String parameters(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The columns that are not ids, in order. */
    static List<String> nonIdColumns(List<String> columns, List<String> idColumns) {
        return columns.stream().filter(column -> !idColumns.contains(column)).toList();
    }
}
