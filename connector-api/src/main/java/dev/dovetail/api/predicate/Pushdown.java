package dev.dovetail.api.predicate;

import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A predicate divided into the part a connector pushes down and the residual the runtime evaluates.
 * Their conjunction is the original predicate, so the rows are the same whatever the connector pushes.
 *
 * @param pushed the conjuncts the connector can apply; TRUE if none
 * @param residual the conjuncts it cannot; TRUE if none
 */
public record Pushdown(Predicate pushed, Predicate residual) {

    public Pushdown {
        requireNonNull(pushed, "pushed is null");
        requireNonNull(residual, "residual is null");
    }

    /**
     * Splits {@code predicate} at its top-level conjuncts: a conjunct goes to the connector when every
     * node in it is a form the connector {@code supports} and every column it reads is a filterable
     * field of {@code schema}; otherwise it stays residual.
     */
    public static Pushdown split(Predicate predicate, Set<PredicateOperator> supports, EntitySchema schema) {
        List<Predicate> pushed = new ArrayList<>();
        List<Predicate> residual = new ArrayList<>();
        for (Predicate conjunct : predicate.conjuncts()) {
            (isPushable(conjunct, supports, schema) ? pushed : residual).add(conjunct);
        }
        return new Pushdown(Predicate.and(pushed), Predicate.and(residual));
    }

    /** Whether every node of {@code predicate} is supported and every column it reads is filterable. */
    public static boolean isPushable(Predicate predicate, Set<PredicateOperator> supports, EntitySchema schema) {
        for (String column : predicate.columns()) {
            Optional<Field> field = schema.findField(column);
            if (field.isEmpty() || !field.get().filterable()) {
                return false;
            }
        }
        return isSupported(predicate, supports);
    }

    private static boolean isSupported(Predicate predicate, Set<PredicateOperator> supports) {
        if (predicate instanceof Predicate.Constant) {
            return true;
        }
        if (predicate instanceof Predicate.Comparison comparison) {
            return supports.contains(comparison.operator().capability());
        }
        if (predicate instanceof Predicate.In) {
            return supports.contains(PredicateOperator.IN);
        }
        if (predicate instanceof Predicate.IsNull) {
            return supports.contains(PredicateOperator.IS_NULL);
        }
        if (predicate instanceof Predicate.IsNotNull) {
            return supports.contains(PredicateOperator.IS_NOT_NULL);
        }
        if (predicate instanceof Predicate.Between) {
            return supports.contains(PredicateOperator.BETWEEN);
        }
        if (predicate instanceof Predicate.StringMatch match) {
            return supports.contains(switch (match.kind()) {
                case CONTAINS -> PredicateOperator.CONTAINS;
                case STARTS_WITH -> PredicateOperator.STARTS_WITH;
                case ENDS_WITH -> PredicateOperator.ENDS_WITH;
            });
        }
        if (predicate instanceof Predicate.HashBucket hash) {
            return supports.contains(PredicateOperator.HASH_BUCKET)
                    && (!hash.nativeExpression() || supports.contains(PredicateOperator.NATIVE));
        }
        if (predicate instanceof Predicate.Native) {
            return supports.contains(PredicateOperator.NATIVE);
        }
        if (predicate instanceof Predicate.And and) {
            return and.operands().stream().allMatch(operand -> isSupported(operand, supports));
        }
        if (predicate instanceof Predicate.Or or) {
            return supports.contains(PredicateOperator.OR)
                    && or.operands().stream().allMatch(operand -> isSupported(operand, supports));
        }
        Predicate.Not not = (Predicate.Not) predicate;
        return supports.contains(PredicateOperator.NOT) && isSupported(not.operand(), supports);
    }

    /** Whether {@code predicate} contains a node only a connector can evaluate (native condition or expression). */
    public static boolean needsConnector(Predicate predicate) {
        if (predicate instanceof Predicate.Native) {
            return true;
        }
        if (predicate instanceof Predicate.HashBucket hash) {
            return hash.nativeExpression();
        }
        if (predicate instanceof Predicate.And and) {
            return and.operands().stream().anyMatch(Pushdown::needsConnector);
        }
        if (predicate instanceof Predicate.Or or) {
            return or.operands().stream().anyMatch(Pushdown::needsConnector);
        }
        if (predicate instanceof Predicate.Not not) {
            return needsConnector(not.operand());
        }
        return false;
    }
}
