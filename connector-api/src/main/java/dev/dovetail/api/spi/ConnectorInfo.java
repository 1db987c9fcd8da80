package dev.dovetail.api.spi;

import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Who a connector is, from its {@code @Connector} annotation.
 *
 * @param name the short name: lower-case letters, digits and dashes, starting with a letter; Spark's
 *     short name is {@code dovetail-<name>}
 * @param version the connector's version, as AppFlow shows it
 * @param owner who publishes it
 * @param description what it connects to
 * @param connectorClass the fully qualified name of the annotated class
 */
public record ConnectorInfo(
        String name, String version, String owner, Optional<String> description, String connectorClass) {

    /** The pattern a connector name must match. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public ConnectorInfo {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(owner, "owner is null");
        requireNonNull(description, "description is null");
        requireNonNull(connectorClass, "connectorClass is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("connector name '" + name + "' must match " + NAME.pattern());
        }
    }
}
