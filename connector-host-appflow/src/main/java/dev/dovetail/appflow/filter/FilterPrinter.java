package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.Predicate;

import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Writes a canonical predicate (see {@link FilterForms#canonical}) and a limit as filter-expression
 * text, with lower-case keywords, double-quoted strings, parentheses only where precedence needs them
 * and a trailing {@code LIMIT n}. An expression that is only a limit prints as {@code LIMIT n}, the
 * always-true expression without a limit as {@code true}.
 */
final class FilterPrinter {
    private FilterPrinter() {
    }

    static String print(Predicate predicate, OptionalLong limit) {
        if (limit.isEmpty()) {
            return print(predicate);
        }
        String clause = "LIMIT " + limit.getAsLong();
        return predicate.isAlwaysTrue() ? clause : print(predicate) + " " + clause;
    }

    static String print(Predicate predicate) {
        if (predicate instanceof Predicate.Constant constant) {
            return constant.value() ? "true" : "false";
        }
        if (predicate instanceof Predicate.Comparison comparison) {
            return comparison.column() + " " + comparison.operator().symbol() + " " + FilterLiterals.format(comparison.value());
        }
        if (predicate instanceof Predicate.In in) {
            return in.column() + in.values().stream().map(FilterLiterals::format).collect(Collectors.joining(", ", " in (", ")"));
        }
        if (predicate instanceof Predicate.IsNull isNull) {
            return isNull.column() + " = null";
        }
        if (predicate instanceof Predicate.IsNotNull isNotNull) {
            return isNotNull.column() + " != null";
        }
        if (predicate instanceof Predicate.Between between) {
            return between.column() + " between " + FilterLiterals.format(between.lower()) + " and "
                    + FilterLiterals.format(between.upper());
        }
        if (predicate instanceof Predicate.StringMatch match && match.kind() == Predicate.StringMatch.Kind.CONTAINS) {
            return match.column() + " contains " + FilterLiterals.format(match.text());
        }
        if (predicate instanceof Predicate.And and) {
            // AND binds tighter than OR: only an OR operand needs parentheses.
            return and.operands().stream()
                    .map(operand -> operand instanceof Predicate.Or ? "(" + print(operand) + ")" : print(operand))
                    .collect(Collectors.joining(" and "));
        }
        if (predicate instanceof Predicate.Or or) {
            return or.operands().stream().map(FilterPrinter::print).collect(Collectors.joining(" or "));
        }
        if (predicate instanceof Predicate.Not not) {
            Predicate operand = not.operand();
            boolean compound = operand instanceof Predicate.And || operand instanceof Predicate.Or;
            return "not " + (compound ? "(" + print(operand) + ")" : print(operand));
        }
        throw new IllegalArgumentException("not a filter-expression predicate: " + predicate);
    }
}
