package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One parameter of a {@link CustomAuth} scheme. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AuthParameter {
    /** The key the value is stored under. */
    String key();

    /** A short human-readable name; the key if empty. */
    String label() default "";

    /** What to give. */
    String description() default "";

    /** Whether the parameter must be given. */
    boolean required() default true;

    /** Whether the value is secret. */
    boolean sensitive() default false;

    /** If not empty, the values a user chooses from. */
    String[] allowedValues() default {};
}
