package dev.dovetail.harness.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link ConnectorTest} asks for in one extension context, collected in the order
 * {@link ConnectorTest} documents: the connector class, the options, the in-memory secrets and connections,
 * and where bookmarks go. Values of options, secrets and connections are never shown in the messages here.
 *
 * @param connector the connector class
 * @param options the options, later ones having replaced earlier ones of the same name
 * @param secrets the in-memory secrets by id
 * @param connections the in-memory connections' properties by connection name
 * @param durableBookmarks whether bookmarks go to a temporary file store
 */
record HarnessConfiguration(Class<?> connector, Map<String, String> options,
                            Map<String, Map<String, String>> secrets, Map<String, Map<String, String>> connections,
                            boolean durableBookmarks) {

    HarnessConfiguration {
        options = Map.copyOf(options);
        secrets = Map.copyOf(secrets);
        connections = Map.copyOf(connections);
    }

    /** The configuration of {@code context}: its classes, outermost first, then its test method if any. */
    static HarnessConfiguration of(ExtensionContext context) {
        Deque<Class<?>> classes = enclosingChain(context.getRequiredTestClass());
        Class<?> connector = null;
        boolean durable = false;
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
        Map<String, Map<String, String>> connections = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            Optional<ConnectorTest> annotation = AnnotationSupport.findAnnotation(type, ConnectorTest.class);
            if (annotation.isPresent()) {
                connector = annotation.get().value();
                durable |= annotation.get().durableBookmarks();
                putAll(options, pairs(annotation.get().options(), "@ConnectorTest(options) of " + type.getName()));
            }
            putAll(options, options(type));
            secrets.putAll(secrets(type));
            connections.putAll(connections(type));
            for (Method method : ReflectionSupport.findMethods(type,
                    candidate -> candidate.isAnnotationPresent(HarnessOptions.class), HierarchyTraversalMode.TOP_DOWN)) {
                putAll(options, computed(method, type, context));
            }
        }
        if (connector == null) {
            throw new ExtensionConfigurationException(context.getRequiredTestClass().getName()
                    + " uses the Dovetail harness extension but neither it nor an enclosing class is annotated"
                    + " @ConnectorTest(YourConnector.class)");
        }
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            putAll(options, options(method.get()));
            secrets.putAll(secrets(method.get()));
            connections.putAll(connections(method.get()));
        }
        return new HarnessConfiguration(connector, options, secrets, connections, durable);
    }

    /** The {@link Option}s on {@code element}, in declaration order. */
    static Map<String, String> options(AnnotatedElement element) {
        Map<String, String> options = new LinkedHashMap<>();
        AnnotationSupport.findRepeatableAnnotations(element, Option.class)
                .forEach(option -> put(options, option.name(), option.value()));
        return options;
    }

    private static Map<String, Map<String, String>> secrets(AnnotatedElement element) {
        Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
        for (InMemorySecret secret : AnnotationSupport.findRepeatableAnnotations(element, InMemorySecret.class)) {
            secrets.put(secret.id(), pairs(secret.values(), "@InMemorySecret(id = \"" + secret.id() + "\") on " + element));
        }
        return secrets;
    }

    private static Map<String, Map<String, String>> connections(AnnotatedElement element) {
        Map<String, Map<String, String>> connections = new LinkedHashMap<>();
        for (InMemoryConnection connection : AnnotationSupport.findRepeatableAnnotations(element, InMemoryConnection.class)) {
            connections.put(connection.name(), pairs(connection.properties(),
                    "@InMemoryConnection(name = \"" + connection.name() + "\") on " + element));
        }
        return connections;
    }

    private static Map<String, String> computed(Method method, Class<?> declaringChainClass, ExtensionContext context) {
        String where = "@HarnessOptions method " + method.getDeclaringClass().getName() + "." + method.getName() + "()";
        if (method.getParameterCount() != 0 || !Map.class.isAssignableFrom(method.getReturnType())) {
            throw new ExtensionConfigurationException(where + " must take no parameters and return Map<String, String>");
        }
        Object target = null;
        if (!Modifier.isStatic(method.getModifiers())) {
            target = context.getTestInstances().flatMap(instances -> instances.findInstance(declaringChainClass))
                    .orElseThrow(() -> new ExtensionConfigurationException(where + " is an instance method, but no test"
                            + " instance exists yet (a @BeforeAll or constructor parameter); make it static"));
        }
        Object result;
        try {
            method.setAccessible(true);
            result = method.invoke(target);
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException(where + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(where + " cannot be called: " + e.getMessage(), e);
        }
        if (result == null) {
            throw new ExtensionConfigurationException(where + " returned null; return an empty map for no options");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) result).entrySet()) {
            if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
                throw new ExtensionConfigurationException(where + " returned a map entry that is not String to String"
                        + " (key " + entry.getKey() + "); convert values with toString()");
            }
            put(options, key, value);
        }
        return options;
    }

    /** {@code name=value} pairs, split at the first {@code =}. */
    private static Map<String, String> pairs(String[] pairs, String where) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new ExtensionConfigurationException("an entry of " + where + " is not name=value"
                        + (equals == 0 ? " (its name is empty)" : " (it has no '=')"));
            }
            put(map, pair.substring(0, equals).trim(), pair.substring(equals + 1));
        }
        return map;
    }

    private static void putAll(Map<String, String> options, Map<String, String> more) {
        more.forEach((key, value) -> put(options, key, value));
    }

    /** Puts an option, replacing one whose name differs only in case. */
    static void put(Map<String, String> options, String key, String value) {
        options.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
        options.put(key, value);
    }

    /** {@code type} and the classes enclosing it as a {@code @Nested} class does, outermost first. */
    private static Deque<Class<?>> enclosingChain(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        Class<?> current = type;
        chain.addFirst(current);
        while (current.getEnclosingClass() != null && !Modifier.isStatic(current.getModifiers())) {
            current = current.getEnclosingClass();
            chain.addFirst(current);
        }
        return chain;
    }

    /** The configuration as it may be shown: option names only. */
    @Override
    public String toString() {
        return "HarnessConfiguration{" + connector.getName() + ", options " + List.copyOf(options.keySet())
                + ", secrets " + List.copyOf(secrets.keySet()) + ", connections " + List.copyOf(connections.keySet())
                + (durableBookmarks ? ", durable bookmarks" : "") + "}";
    }
}
