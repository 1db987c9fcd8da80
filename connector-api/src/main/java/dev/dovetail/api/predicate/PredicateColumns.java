package dev.dovetail.api.predicate;

import java.util.Set;

/** Collects the columns a predicate reads. */
final class PredicateColumns {
    private PredicateColumns() {
    }

    static void collect(Predicate predicate, Set<String> columns) {
        if (predicate instanceof Predicate.Comparison p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.In p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.IsNull p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.IsNotNull p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.Between p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.StringMatch p) {
            columns.add(p.column());
        } else if (predicate instanceof Predicate.HashBucket p) {
            if (!p.nativeExpression()) {
                columns.add(p.term());
            }
        } else if (predicate instanceof Predicate.And p) {
            p.operands().forEach(operand -> collect(operand, columns));
        } else if (predicate instanceof Predicate.Or p) {
            p.operands().forEach(operand -> collect(operand, columns));
        } else if (predicate instanceof Predicate.Not p) {
            collect(p.operand(), columns);
        }
    }
}
