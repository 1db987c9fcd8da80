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
 * a connector declaring {@link #allOrNone()}), it writes every record or none. When
 * {@code request.truncateFirst()} is true (only asked of a connector declaring {@link #truncate()}), it
 * first empties the entity, then writes the records; a request with no records only empties it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WriteOperation {
    /** The kinds of write supported; at least one. */
    WriteOperationType[] value();

    /** Whether a batch can be written atomically. */
    boolean allOrNone() default false;

    /**
     * Whether the connector can empty the entity before writing (Spark's {@code mode("overwrite")}): it
     * honours {@code request.truncateFirst()}, inside the batch's transaction when the batch is all-or-none.
     */
    boolean truncate() default false;
}
