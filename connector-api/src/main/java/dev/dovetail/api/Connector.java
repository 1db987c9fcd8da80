package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a connector class. The annotation processor validates it and generates
 * {@code <Class>Descriptor}, plus the Spark and AppFlow glue when those hosts are on the compile
 * classpath.
 *
 * <p>The class is public, concrete, top-level or static nested, with a public no-argument
 * constructor, and has:
 * <ul>
 *   <li>a {@link Credentials} method turning the {@link Settings} record and credentials into a session;</li>
 *   <li>two {@link Metadata} methods, listing entities and describing one;</li>
 *   <li>a {@link ReadOperation} method;</li>
 *   <li>optionally a {@link Partitions} and a {@link WriteOperation} method.</li>
 * </ul>
 * A new instance is created for every session, so instance fields are per connection.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Connector {
    /** The short name: lower-case letters, digits and dashes, starting with a letter (Spark: {@code dovetail-<name>}). */
    String name();

    /** The connector's version, as AppFlow shows it. */
    String version() default "1.0";

    /** Who publishes the connector. */
    String owner() default "";

    /** What the connector connects to. */
    String description() default "";
}
