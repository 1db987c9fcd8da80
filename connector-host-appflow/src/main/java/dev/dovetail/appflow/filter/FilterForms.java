package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.Predicate;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which predicates a filter expression can say, and their one canonical shape. {@link #canonical}
 * rebuilds a predicate with the AST's own factories (so a tree built from the records directly is
 * flattened and simplified the way the parser's is) and rejects what the language cannot express:
 * starts-with and ends-with, hash buckets, native conditions, column names that are not identifiers
 * (or are keywords), and literals without a written form.
 */
final class FilterForms {
    private FilterForms() {
    }

    /**
     * {@code predicate} rebuilt through {@link Predicate}'s factories.
     *
     * @throws IllegalArgumentException naming the part that a filter expression cannot express
     */
    static Predicate canonical(Predicate predicate) {
        if (predicate instanceof Predicate.Constant) {
            return predicate;
        }
        if (predicate instanceof Predicate.Comparison comparison) {
            return Predicate.compare(column(comparison.column()), comparison.operator(), literal(comparison.value()));
        }
        if (predicate instanceof Predicate.In in) {
            return Predicate.in(column(in.column()), in.values().stream().map(FilterForms::literal).toList());
        }
        if (predicate instanceof Predicate.IsNull isNull) {
            return Predicate.isNull(column(isNull.column()));
        }
        if (predicate instanceof Predicate.IsNotNull isNotNull) {
            return Predicate.isNotNull(column(isNotNull.column()));
        }
        if (predicate instanceof Predicate.Between between) {
            return Predicate.between(column(between.column()), literal(between.lower()), literal(between.upper()));
        }
        if (predicate instanceof Predicate.StringMatch match && match.kind() == Predicate.StringMatch.Kind.CONTAINS) {
            return Predicate.contains(column(match.column()), match.text());
        }
        if (predicate instanceof Predicate.And and) {
            return Predicate.and(canonical(and.operands()));
        }
        if (predicate instanceof Predicate.Or or) {
            return Predicate.or(canonical(or.operands()));
        }
        if (predicate instanceof Predicate.Not not) {
            return Predicate.not(canonical(not.operand()));
        }
        throw new IllegalArgumentException("an AppFlow filter expression cannot express " + predicate
                + "; it has comparisons, in, between, contains, = null, and, or, not");
    }

    private static List<Predicate> canonical(List<Predicate> operands) {
        return operands.stream().map(FilterForms::canonical).toList();
    }

    /**
     * Whether {@code name} reads back as one field name: it matches {@code [a-zA-Z][A-Za-z0-9_.-]*} and
     * is not a keyword such as {@code and} or {@code limit}.
     */
    static boolean isIdentifier(String name) {
        AppFlowFilterLexer lexer = new AppFlowFilterLexer(CharStreams.fromString(name));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        return first.getType() == AppFlowFilterLexer.IDENTIFIER && lexer.nextToken().getType() == Token.EOF;
    }

    private static String column(String name) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException("column '" + name + "' cannot be named in an AppFlow filter expression:"
                    + " a field name matches [a-zA-Z][A-Za-z0-9_.-]* and is not a keyword");
        }
        return name;
    }

    private static Object literal(Object value) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("the value " + value + " " + problem.get());
        }
        return value;
    }

    /**
     * Why {@code value}, a normalised predicate literal, has no filter-expression form, if it has none: a
     * NaN or infinite double, or a date or instant outside the years 0000 to 9999.
     */
    static Optional<String> problem(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return Optional.of("is not a finite number");
        }
        if (value instanceof LocalDate date) {
            return FilterLiterals.outOfRange(date);
        }
        if (value instanceof Instant instant) {
            return FilterLiterals.outOfRange(instant);
        }
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof BigDecimal
                || value instanceof Boolean) {
            return Optional.empty();
        }
        return Optional.of("is a " + value.getClass().getSimpleName() + ", which a filter expression cannot write");
    }
}
