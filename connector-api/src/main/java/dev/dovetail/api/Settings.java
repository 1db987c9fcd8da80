package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that declares a connector's options: one {@link Setting} per component. The record is
 * the first parameter of the connector's {@link Credentials} method; the generated descriptor builds it
 * from validated options.
 *
 * <p>Component types: {@code String}, {@code int}, {@code long}, {@code double}, {@code boolean}, an
 * enum, {@link dev.dovetail.api.option.Secret}, or {@code Optional<String>}, {@code Optional<Secret>},
 * {@code Optional<Boolean>}, {@code Optional<}enum{@code >}, {@code OptionalInt}, {@code OptionalLong},
 * {@code OptionalDouble} for settings that may be absent. A non-optional component is required or has
 * a default; a secret component has type {@code Secret} so that the record's {@code toString} cannot
 * print it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {
}
