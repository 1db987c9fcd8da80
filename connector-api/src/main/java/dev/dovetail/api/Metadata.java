package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the two metadata methods of a connector, told apart by their signatures:
 * <pre>{@code
 * @Metadata public List<Entity> entities(S session)                      // lists entities
 * @Metadata public EntitySchema describe(S session, String entityName)   // describes one
 * }</pre>
 * Describing an entity that does not exist throws a {@link ConnectorException} with
 * {@link ErrorCode#RESOURCE_NOT_FOUND}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Metadata {
}
