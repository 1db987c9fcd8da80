package dev.dovetail.jdbc.dialect;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTypes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What differs between databases: how identifiers are quoted and, as the connector grows, the SQL
 * forms and types each database speaks. One instance per database family, stateless, chosen from the
 * JDBC URL by {@link Dialects#forUrl}.
 */
public interface Dialect {
    /** A short name for messages: {@code postgresql}, {@code mysql}, ... */
    String name();

    /** Whether this dialect serves {@code url} (by its {@code jdbc:<subprotocol>:} prefix). */
    boolean handles(String url);

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

    /** Binds a string a predicate compares a column with. */
    default void bindPredicateString(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    /** Whether the driver streams a result set only with autocommit off (PostgreSQL's uses a cursor then). */
    default boolean streamsOnlyWithoutAutoCommit() {
        return false;
    }

    /** The fetch size to give the driver so that it streams {@code rows} rows per round trip. */
    default int driverFetchSize(Connection connection, int rows) throws SQLException {
        return rows;
    }

    /** A more precise error code for a vendor error than its SQLSTATE class gives; empty to go by the SQLSTATE. */
    default Optional<ErrorCode> errorCodeOf(SQLException failure) {
        return Optional.empty();
    }
}
