package dev.dovetail.api.predicate;

/** SQL's three truth values: a comparison with NULL is {@link #UNKNOWN}, and only {@link #TRUE} passes a filter. */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN
}
