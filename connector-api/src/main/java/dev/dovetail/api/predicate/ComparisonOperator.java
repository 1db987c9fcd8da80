package dev.dovetail.api.predicate;

/** The six comparison operators, with their SQL symbols. */
public enum ComparisonOperator {
    EQUAL("="),
    NOT_EQUAL("!="),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The SQL symbol, e.g. {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** The operator that holds exactly when this one does not (for non-NULL operands). */
    public ComparisonOperator negate() {
        return switch (this) {
            case EQUAL -> NOT_EQUAL;
            case NOT_EQUAL -> EQUAL;
            case LESS_THAN -> GREATER_THAN_OR_EQUAL;
            case LESS_THAN_OR_EQUAL -> GREATER_THAN;
            case GREATER_THAN -> LESS_THAN_OR_EQUAL;
            case GREATER_THAN_OR_EQUAL -> LESS_THAN;
        };
    }

    /** Whether {@code comparison} (the sign of {@code compare(value, literal)}) satisfies this operator. */
    public boolean test(int comparison) {
        return switch (this) {
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
            case LESS_THAN -> comparison < 0;
            case LESS_THAN_OR_EQUAL -> comparison <= 0;
            case GREATER_THAN -> comparison > 0;
            case GREATER_THAN_OR_EQUAL -> comparison >= 0;
        };
    }

    /** The capability a connector declares to receive this operator. */
    public PredicateOperator capability() {
        return switch (this) {
            case EQUAL -> PredicateOperator.EQUAL;
            case NOT_EQUAL -> PredicateOperator.NOT_EQUAL;
            case LESS_THAN -> PredicateOperator.LESS_THAN;
            case LESS_THAN_OR_EQUAL -> PredicateOperator.LESS_THAN_OR_EQUAL;
            case GREATER_THAN -> PredicateOperator.GREATER_THAN;
            case GREATER_THAN_OR_EQUAL -> PredicateOperator.GREATER_THAN_OR_EQUAL;
        };
    }
}
