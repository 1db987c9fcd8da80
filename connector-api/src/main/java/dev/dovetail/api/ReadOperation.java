package dev.dovetail.api;

import dev.dovetail.api.predicate.PredicateOperator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that reads one split, and declares what it pushes down:
 * <pre>{@code public void read(S session, ReadRequest request, RowSink sink)}</pre>
 * The method writes the rows of {@code request} into {@code sink} and returns when done or when the sink
 * asks it to stop (see {@link dev.dovetail.api.read.RowSink}). It may be called concurrently for
 * different splits, each with its own session. Whatever it does not push, the runtime enforces, so
 * declaring less is always correct.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ReadOperation {
    /** Whether the method writes only the columns of {@code request.projection()} (else the whole entity's). */
    boolean projection() default false;

    /** Whether the method stops after {@code request.limit()} rows. */
    boolean limit() default false;

    /** The predicate forms the method applies itself. */
    PredicateOperator[] filters() default {};
}
