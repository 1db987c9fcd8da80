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
}
