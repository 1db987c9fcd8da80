package dev.dovetail.api.predicate;

import java.util.Set;

/**
 * What a connector can push down, one constant per predicate form. A connector lists these in
 * {@code @ReadOperation(filters = ...)}; the runtime hands it only predicates made of listed forms on
 * filterable fields and evaluates everything else itself. Conjunction is always understood: a connector
 * receives its pushed part as one predicate, often an AND.
 */
public enum PredicateOperator {
    EQUAL,
    NOT_EQUAL,
    LESS_THAN,
    LESS_THAN_OR_EQUAL,
    GREATER_THAN,
    GREATER_THAN_OR_EQUAL,
    IN,
    IS_NULL,
    IS_NOT_NULL,
    BETWEEN,
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH,
    /** A disjunction whose every branch is pushable. */
    OR,
    /** A negation of a pushable predicate. */
    NOT,
    /** A hash-partition split predicate; see {@link Predicate.HashBucket}. */
    HASH_BUCKET,
    /** A condition in the connector's own language (SQL for JDBC); see {@link Predicate.Native}. */
    NATIVE;

    /** The six comparisons. */
    public static final Set<PredicateOperator> COMPARISONS = Set.of(
            EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL);
}
