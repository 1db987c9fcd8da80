package dev.dovetail.api;

import dev.dovetail.api.option.SettingScope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a {@link Settings} record: the option it is read from and what AppFlow
 * shows for it. A component without this annotation is an option named like the component, required
 * unless its type is optional.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {
    /** Marks {@link #defaultValue()} as not given. */
    String NO_DEFAULT = "\u0000<no default>";

    /** The option name; the component's name if empty. Names match ignoring case. */
    String name() default "";

    /** A short human-readable name; the option name if empty. */
    String label() default "";

    /** What the setting does and what to give. */
    String description() default "";

    /** Whether the option must be given. A required setting has no default. */
    boolean required() default false;

    /** The value used when the option is absent, as option text (checked at compile time). */
    String defaultValue() default NO_DEFAULT;

    /** Whether the value is secret; a secret component has type {@code Secret} or {@code Optional<Secret>}. */
    boolean secret() default false;

    /** Where the setting is given. */
    SettingScope scope() default SettingScope.CONNECTION;

    /** If not empty, the only values accepted (an enum component's constants are used when this is empty). */
    String[] allowedValues() default {};
}
