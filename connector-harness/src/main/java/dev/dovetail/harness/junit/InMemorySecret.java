package dev.dovetail.harness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret the harness of a {@link ConnectorTest} holds in memory, resolved for the {@code secretId}
 * option as AWS Secrets Manager would be. On the test class or a test method; repeatable. The values
 * never appear in a message or {@code toString}.
 */
@Documented
@Inherited
@Repeatable(InMemorySecrets.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InMemorySecret {
    /** The secret's id, as the {@code secretId} option names it. */
    String id();

    /** Its pairs as {@code key=value} (split at the first {@code =}). */
    String[] values();
}
