package dev.dovetail.harness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One connection option for a {@link ConnectorTest}: on the test class (every test, {@code @Nested}
 * ones included), on a test method (that test), or on an injected parameter or field (that value only).
 * Repeatable; see {@link ConnectorTest} for which value wins.
 */
@Documented
@Inherited
@Repeatable(Options.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Option {
    /** The option's name (matched ignoring case, as every option). */
    String name();

    /** Its value. */
    String value();
}
