package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.LiteralCoercion;
import org.antlr.v4.runtime.Token;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The literal syntax of filter expressions, both ways: {@link #read(Token)} turns a value token into the
 * predicate AST's literal (a quoted string into a {@link String}, {@code 42} into a {@link Long},
 * {@code 2.5} into a {@link BigDecimal}, {@code 2021-04-20} into a {@link LocalDate},
 * {@code 2021-04-20T10:30:35+05:30} into an {@link Instant}, {@code true} into a {@link Boolean}), and
 * {@link #format(Object)} writes such a literal back so that {@code read} gives an equal value.
 */
final class FilterLiterals {
    private static final int MAX_YEAR = 9999;

    private FilterLiterals() {
    }

    /**
     * The literal of a value token other than {@code null}.
     *
     * @throws dev.dovetail.api.ConnectorException INVALID_ARGUMENT for an unknown escape, an impossible
     *     date or a date-time outside the years 0000 to 9999
     */
    static Object read(Token token) {
        String text = token.getText();
        return switch (token.getType()) {
            case AppFlowFilterLexer.STRING -> unescape(token);
            case AppFlowFilterLexer.INTEGER -> integer(text);
            case AppFlowFilterLexer.DECIMAL -> new BigDecimal(text);
            case AppFlowFilterLexer.DATE -> date(token);
            case AppFlowFilterLexer.DATETIME -> dateTime(token);
            case AppFlowFilterLexer.TRUE -> Boolean.TRUE;
            case AppFlowFilterLexer.FALSE -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a literal token: " + FilterErrors.describe(token));
        };
    }

    /** An integer as a {@link Long}, or a {@link BigDecimal} of scale 0 when it does not fit in one. */
    private static Object integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            return new BigDecimal(text);
        }
    }

    private static LocalDate date(Token token) {
        try {
            return LocalDate.parse(token.getText());
        } catch (DateTimeException e) {
            throw FilterErrors.at(token, FilterErrors.describe(token) + " is not a valid date (" + reason(e)
                    + "); write a date as yyyy-mm-dd, e.g. 2021-04-20");
        }
    }

    private static Instant dateTime(Token token) {
        Instant instant;
        try {
            instant = LiteralCoercion.parseTimestamp(token.getText());
        } catch (DateTimeException e) {
            throw FilterErrors.at(token, FilterErrors.describe(token) + " is not a valid date-time (" + reason(e)
                    + "); write it as yyyy-mm-ddThh:mm:ss with Z or an offset, e.g. 2021-04-20T10:30:35Z");
        }
        Optional<String> problem = outOfRange(instant);
        if (problem.isPresent()) {
            throw FilterErrors.at(token, FilterErrors.describe(token) + " " + problem.get());
        }
        return instant;
    }

    private static String reason(DateTimeException e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return cause.getMessage();
    }

    /** Why {@code instant} cannot be written as a four-digit-year date-time, if it cannot. */
    static Optional<String> outOfRange(Instant instant) {
        int year;
        try {
            year = instant.atOffset(ZoneOffset.UTC).getYear();
        } catch (DateTimeException beyondOffsetDateTime) {
            year = instant.isBefore(Instant.EPOCH) ? -1 : MAX_YEAR + 1;
        }
        return year < 0 || year > MAX_YEAR
                ? Optional.of("is outside the years 0000 to 9999 in UTC")
                : Optional.empty();
    }

    /** Why {@code date} cannot be written as a four-digit-year date, if it cannot. */
    static Optional<String> outOfRange(LocalDate date) {
        return date.getYear() < 0 || date.getYear() > MAX_YEAR
                ? Optional.of("is outside the years 0000 to 9999")
                : Optional.empty();
    }

    /** The text of a quoted string token with its escapes resolved: \\ \' \" \n \r \t. */
    private static String unescape(Token token) {
        String quoted = token.getText();
        StringBuilder text = new StringBuilder(quoted.length());
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = quoted.charAt(++i); // the lexer guarantees a character after a backslash
            switch (escaped) {
                case '\\', '\'', '"' -> text.append(escaped);
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                // ANTLR counts characters (code points), so count those before the backslash at i - 1.
                default -> throw FilterErrors.atColumn(token.getStartIndex() + quoted.codePointCount(0, i - 1) + 1,
                        "unknown escape '\\" + Character.toString(quoted.codePointAt(i))
                        + "' in a string; the escapes are \\\\, \\', \\\", \\n, \\r and \\t");
            }
        }
        return text.toString();
    }

    /**
     * {@code literal} in filter-expression syntax: strings in double quotes with escapes, numbers in plain
     * notation, dates and instants in ISO form, booleans as {@code true}/{@code false}.
     *
     * @throws IllegalArgumentException for a value no literal denotes (see {@link FilterForms})
     */
    static String format(Object literal) {
        if (literal instanceof String text) {
            return quote(text);
        }
        if (literal instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (literal instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (literal instanceof Long || literal instanceof Boolean || literal instanceof LocalDate
                || literal instanceof Instant) {
            return literal.toString();
        }
        throw new IllegalArgumentException("no filter-expression literal for " + literal.getClass().getSimpleName());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
