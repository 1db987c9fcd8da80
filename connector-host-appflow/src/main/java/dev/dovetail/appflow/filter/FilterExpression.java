package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.EntitySchema;

import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * An Amazon AppFlow filter expression (the {@code filterExpression} of a QueryData request), read into
 * the host-neutral predicate AST and an optional row limit, e.g.
 * {@code accountId = "1234" and createdAt between 2021-01-01T00:00:00Z and 2021-02-01T00:00:00Z LIMIT 100}.
 *
 * <p>The language: conditions {@code field op value} with {@code = != < <= > >=}, {@code field contains
 * "text"}, {@code field between x and y} (both ends included), {@code field in (v1, v2, ...)},
 * {@code field = null} / {@code field != null} (IS NULL / IS NOT NULL); {@code true} and {@code false};
 * {@code not}, {@code and}, {@code or} (in that order of precedence) and parentheses; a trailing
 * {@code LIMIT n}. Keywords are case-insensitive. Field names match {@code [a-zA-Z][A-Za-z0-9_.-]*} and
 * are not keywords. Values: strings in single or double quotes with the escapes {@code \\ \' \" \n \r \t};
 * integers ({@link Long}, or {@link java.math.BigDecimal} beyond a long); decimals
 * ({@link java.math.BigDecimal}, scale as written); dates {@code 2021-04-20} ({@link java.time.LocalDate});
 * date-times {@code 2021-04-20T10:30:35Z}, with optional seconds and fraction and {@code Z}, an offset
 * such as {@code +05:30}, or none for UTC ({@link java.time.Instant}); {@code true}/{@code false}
 * ({@link Boolean}).
 *
 * <p>The predicate is always in canonical form: built with {@link Predicate}'s factories (flattened,
 * simplified) and expressible in the language, so {@link #print()} is text that parses back to an equal
 * expression: {@code parse(e.print())} equals {@code e} for an expression parsed without an entity, and
 * {@code parse(e.print(), entity)} equals {@code e} for one parsed with {@code entity}. An expression
 * built from a predicate whose literals have other types (a {@link Double}, say) prints the same values,
 * which parse back as the types the syntax gives them.
 *
 * @param predicate the rows selected; {@link Predicate#alwaysTrue()} for an empty expression
 * @param limit the most rows to read, when the expression ends in {@code LIMIT n}; never negative
 */
public record FilterExpression(Predicate predicate, OptionalLong limit) {

    /**
     * Checks and canonicalises the parts.
     *
     * @throws IllegalArgumentException if the predicate has a part the language cannot express
     *     (starts-with, ends-with, hash buckets, native conditions, a column name that is not an
     *     identifier, a non-finite double, a year outside 0000 to 9999), or the limit is negative
     */
    public FilterExpression {
        requireNonNull(predicate, "predicate is null");
        requireNonNull(limit, "limit is null");
        if (limit.isPresent() && limit.getAsLong() < 0) {
            throw new IllegalArgumentException("a filter expression's limit must not be negative; got " + limit.getAsLong());
        }
        predicate = FilterForms.canonical(predicate);
    }

    /** The expression of {@code predicate} with no limit. */
    public static FilterExpression of(Predicate predicate) {
        return new FilterExpression(predicate, OptionalLong.empty());
    }

    /**
     * Parses {@code text}, taking field names as written and values with the types their syntax gives
     * them. A blank text is the always-true expression without a limit.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} at the first mistake, with a message
     *     such as {@code filterExpression: at column 12, expected a value after '>' but found 'and'}
     */
    public static FilterExpression parse(String text) {
        requireNonNull(text, "text is null");
        return FilterParsing.parse(text, FilterFields.unchecked());
    }

    /**
     * Parses {@code text} as {@link #parse(String)} does, against the fields of {@code entity}: each field
     * name must name a field (exactly, or uniquely ignoring case; the predicate spells it as the entity
     * does) and each value is converted to its field's type by
     * {@link dev.dovetail.api.predicate.LiteralCoercion} (a quoted date for a DATE field becomes a
     * {@link java.time.LocalDate}, a date for a TIMESTAMP field midnight UTC, and so on).
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for a syntax error, an unknown field
     *     (with a "did you mean"), a value that does not fit its field's type (naming both), or
     *     {@code contains} on a field that is not a STRING
     */
    public static FilterExpression parse(String text, EntitySchema entity) {
        requireNonNull(text, "text is null");
        requireNonNull(entity, "entity is null");
        return FilterParsing.parse(text, FilterFields.of(entity));
    }

    /** This expression as filter-expression text that parses back to an equal expression (see above). */
    public String print() {
        return FilterPrinter.print(predicate, limit);
    }

    /** The same as {@link #print()}. */
    @Override
    public String toString() {
        return print();
    }
}
