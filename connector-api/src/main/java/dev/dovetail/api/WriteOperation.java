package dev.dovetail.api;

import dev.dovetail.api.write.WriteOperationType;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional method that writes a batch of records:
 * <pre>{@code public WriteResult write(S session, WriteRequest request)}</pre>
 * It returns one result per record, in order. When {@code request.allOrNone()} is true (only asked of
 * a connector declaring {@link #allOrNone()}), it writes every record or none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WriteOperation {
    /** The kinds of write supported; at least one. */
    WriteOperationType[] value();

    /** Whether a batch can be written atomically. */
    boolean allOrNone() default false;
}
