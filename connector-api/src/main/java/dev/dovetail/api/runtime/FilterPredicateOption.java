package dev.dovetail.api.runtime;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.util.List;
import java.util.Optional;

/**
 * Glue's {@value #NAME} option, the same way on every host: a filter in the connector's own language. A
 * connector that declares a setting of that name (the JDBC connector does) receives it as its own setting;
 * for any other connector the host accepts the option and adds it to the read as a native condition
 * ({@link Predicate#nativeCondition}), which reaches a connector that pushes native conditions and is an
 * error naming the condition for one that does not.
 */
public final class FilterPredicateOption {
    /** Glue's option for a filter in the connector's own language. */
    public static final String NAME = "filterPredicate";

    private FilterPredicateOption() {
    }

    /** Whether {@code descriptor}'s connector declares {@value #NAME} as a setting of its own. */
    public static boolean isConnectorSetting(ConnectorDescriptor descriptor) {
        return descriptor.settings().stream().anyMatch(setting -> setting.name().equalsIgnoreCase(NAME));
    }

    /** The option key a host accepts for {@code descriptor}: {@value #NAME} unless the connector declares it. */
    public static List<String> hostKeys(ConnectorDescriptor descriptor) {
        return isConnectorSetting(descriptor) ? List.of() : List.of(NAME);
    }

    /** The native condition the options add to a read of {@code descriptor}'s connector, if any. */
    public static Optional<Predicate> condition(ConnectorDescriptor descriptor, ConnectionOptions options) {
        if (isConnectorSetting(descriptor)) {
            return Optional.empty();
        }
        return options.getNonBlank(NAME).map(Predicate::nativeCondition);
    }
}
