package dev.dovetail.harness.junit;

import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.harness.ConnectorHarness;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;

/**
 * The extension behind {@link ConnectorTest}: resolves harness parameters and assigns harness fields
 * before each test. Stateless itself; each context's {@link HarnessState} lives in that context's store
 * under this extension's namespace, keyed by the context's unique id so a test never sees a parent's.
 */
final class ConnectorTestExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConnectorTestExtension.class);
    private static final Set<Class<?>> INJECTED = Set.of(
            ConnectorHarness.class, ConnectionOptions.class, SecretResolver.class, ConnectionCatalog.class, BookmarkStore.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return part(parameter.getParameter().getType(), parameter.getParameter(), context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : ReflectionSupport.findFields(instance.getClass(),
                    candidate -> INJECTED.contains(candidate.getType()), HierarchyTraversalMode.TOP_DOWN)) {
                if (Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                if (Modifier.isStatic(field.getModifiers())) {
                    throw new ExtensionConfigurationException("field " + field.getDeclaringClass().getName() + "."
                            + field.getName() + " is static, but each test gets its own harness; make it an instance field");
                }
                field.setAccessible(true);
                field.set(instance, part(field.getType(), field, context));
            }
        }
    }

    /** The value of {@code type} for {@code element}: the context's harness with the element's own {@link Option}s. */
    private static Object part(Class<?> type, AnnotatedElement element, ExtensionContext context) {
        ConnectorHarness harness = state(context).harness();
        Map<String, String> own = HarnessConfiguration.options(element);
        if (!own.isEmpty()) {
            harness = harness.withOptions(own);
        }
        if (type == ConnectorHarness.class) {
            return harness;
        }
        if (type == ConnectionOptions.class) {
            return harness.options();
        }
        if (type == SecretResolver.class) {
            return harness.secrets();
        }
        if (type == ConnectionCatalog.class) {
            return harness.connections();
        }
        return harness.bookmarkStore();
    }

    private static HarnessState state(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(),
                id -> HarnessState.create(HarnessConfiguration.of(context)), HarnessState.class);
    }
}
