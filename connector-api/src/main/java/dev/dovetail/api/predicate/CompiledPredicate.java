package dev.dovetail.api.predicate;

import dev.dovetail.api.read.RowView;

/**
 * A predicate bound to the column positions and types of one schema, ready to test rows without
 * allocating (for the common column types). Obtain one from {@link PredicateEvaluator#compile}.
 * Instances are immutable and may be shared between threads.
 */
public interface CompiledPredicate {
    /** The predicate's truth for {@code row}, in three-valued logic. */
    Truth evaluate(RowView row);

    /** Whether {@code row} passes: the predicate is {@link Truth#TRUE}, not false and not unknown. */
    boolean test(RowView row);
}
