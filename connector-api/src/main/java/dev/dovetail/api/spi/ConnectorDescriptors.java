package dev.dovetail.api.spi;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds generated descriptors: by connector class (the descriptor is {@code <class>Descriptor}) or by
 * connector name among those registered in {@code META-INF/services}.
 */
public final class ConnectorDescriptors {
    /** The suffix the processor appends to a connector class's name. */
    public static final String SUFFIX = "Descriptor";

    private ConnectorDescriptors() {
    }

    /**
     * The descriptor generated for {@code connectorClass}.
     *
     * @throws ConnectorException if there is none, saying that the annotation processor must run
     */
    public static ConnectorDescriptor forClass(Class<?> connectorClass) {
        String name = connectorClass.getName() + SUFFIX;
        try {
            Class<?> type = Class.forName(name, true, connectorClass.getClassLoader());
            return (ConnectorDescriptor) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "no descriptor " + name + " was generated for "
                    + connectorClass.getName() + "; annotate the class with @Connector and put dev.dovetail:connector-processor"
                    + " on the compiler's annotationProcessorPaths", e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "cannot create the descriptor " + name + ": " + cause, cause);
        }
    }

    /** Every descriptor registered with {@link ServiceLoader} visible to {@code loader}. */
    public static List<ConnectorDescriptor> all(ClassLoader loader) {
        return ServiceLoader.load(ConnectorDescriptor.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * The registered descriptor whose connector is called {@code name}.
     *
     * @throws ConnectorException {@link ErrorCode#RESOURCE_NOT_FOUND} listing the names there are
     */
    public static ConnectorDescriptor forName(String name, ClassLoader loader) {
        List<ConnectorDescriptor> all = all(loader);
        return all.stream()
                .filter(descriptor -> descriptor.info().name().equals(name))
                .findFirst()
                .orElseThrow(() -> {
                    List<String> names = all.stream().map(descriptor -> descriptor.info().name()).toList();
                    return new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "no connector named '" + name
                            + "' is on the classpath" + Suggestions.didYouMean(name, names) + " (found: " + names + ")");
                });
    }
}
