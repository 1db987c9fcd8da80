package dev.dovetail.jdbc.dialect;

import java.util.List;
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
