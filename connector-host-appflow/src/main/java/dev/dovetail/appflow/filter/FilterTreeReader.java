package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.Predicate;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Turns the parse tree of a filter expression into the predicate AST, building every node with
 * {@link Predicate}'s factories: {@code contains} becomes a string-contains, {@code between x and y} an
 * inclusive BETWEEN, {@code != } NOT_EQUAL, {@code field = null} IS NULL and {@code field != null} IS NOT
 * NULL. Values are read by {@link FilterLiterals} and bound to their fields by {@link FilterFields}.
 */
final class FilterTreeReader extends AppFlowFilterBaseVisitor<Predicate> {
    private final FilterFields fields;

    FilterTreeReader(FilterFields fields) {
        this.fields = requireNonNull(fields, "fields is null");
    }

    @Override
    public Predicate visitOrExpression(AppFlowFilterParser.OrExpressionContext context) {
        return Predicate.or(context.andExpression().stream().map(this::visit).toList());
    }

    @Override
    public Predicate visitAndExpression(AppFlowFilterParser.AndExpressionContext context) {
        return Predicate.and(context.notExpression().stream().map(this::visit).toList());
    }

    @Override
    public Predicate visitNegation(AppFlowFilterParser.NegationContext context) {
        return Predicate.not(visit(context.notExpression()));
    }

    @Override
    public Predicate visitOperand(AppFlowFilterParser.OperandContext context) {
        return visit(context.primary());
    }

    @Override
    public Predicate visitGroup(AppFlowFilterParser.GroupContext context) {
        return visit(context.orExpression());
    }

    @Override
    public Predicate visitConstant(AppFlowFilterParser.ConstantContext context) {
        return context.constant.getType() == AppFlowFilterLexer.TRUE ? Predicate.alwaysTrue() : Predicate.alwaysFalse();
    }

    @Override
    public Predicate visitTest(AppFlowFilterParser.TestContext context) {
        FilterFields.Column column = fields.column(context.field);
        AppFlowFilterParser.ConditionContext condition = context.condition();
        if (condition instanceof AppFlowFilterParser.ComparisonContext comparison) {
            return comparison(column, comparison);
        }
        if (condition instanceof AppFlowFilterParser.ContainmentContext containment) {
            column.requireText(containment.CONTAINS().getSymbol());
            Token value = containment.value().literal;
            if (value.getType() != AppFlowFilterLexer.STRING) {
                throw FilterErrors.at(value, "contains needs a quoted string but found " + FilterErrors.describe(value)
                        + "; write e.g. " + column.name() + " contains \"text\"");
            }
            return Predicate.contains(column.name(), (String) column.coerce(FilterLiterals.read(value), value));
        }
        if (condition instanceof AppFlowFilterParser.RangeContext range) {
            return Predicate.between(column.name(), value(column, range.lower, "between"), value(column, range.upper, "between"));
        }
        AppFlowFilterParser.MembershipContext membership = (AppFlowFilterParser.MembershipContext) condition;
        List<Object> values = new ArrayList<>();
        for (AppFlowFilterParser.ValueContext value : membership.value()) {
            values.add(value(column, value, "in"));
        }
        return Predicate.in(column.name(), values);
    }

    private Predicate comparison(FilterFields.Column column, AppFlowFilterParser.ComparisonContext comparison) {
        Token operatorToken = comparison.comparator().operator;
        ComparisonOperator operator = switch (operatorToken.getType()) {
            case AppFlowFilterLexer.EQ -> ComparisonOperator.EQUAL;
            case AppFlowFilterLexer.NE -> ComparisonOperator.NOT_EQUAL;
            case AppFlowFilterLexer.LT -> ComparisonOperator.LESS_THAN;
            case AppFlowFilterLexer.LE -> ComparisonOperator.LESS_THAN_OR_EQUAL;
            case AppFlowFilterLexer.GT -> ComparisonOperator.GREATER_THAN;
            case AppFlowFilterLexer.GE -> ComparisonOperator.GREATER_THAN_OR_EQUAL;
            default -> throw new IllegalStateException("the grammar has no comparator " + operatorToken.getText());
        };
        Token value = comparison.value().literal;
        if (value.getType() == AppFlowFilterLexer.NULL) {
            if (operator == ComparisonOperator.EQUAL) {
                return Predicate.isNull(column.name());
            }
            if (operator == ComparisonOperator.NOT_EQUAL) {
                return Predicate.isNotNull(column.name());
            }
            throw FilterErrors.at(value, "null can only follow = or != (" + column.name() + " = null tests for a missing"
                    + " value), not " + FilterErrors.describe(operatorToken));
        }
        return Predicate.compare(column.name(), operator, column.coerce(FilterLiterals.read(value), value));
    }

    private static Object value(FilterFields.Column column, AppFlowFilterParser.ValueContext context, String operator) {
        Token value = context.literal;
        if (value.getType() == AppFlowFilterLexer.NULL) {
            throw FilterErrors.at(value, "null cannot be a value of " + operator + "; test for a missing value with "
                    + column.name() + " = null");
        }
        return column.coerce(FilterLiterals.read(value), value);
    }
}
