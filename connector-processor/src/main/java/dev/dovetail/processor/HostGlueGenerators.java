package dev.dovetail.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Loads the {@link HostGlueGenerator}s registered on the processor's class path. */
final class HostGlueGenerators {
    private HostGlueGenerators() {
    }

    /**
     * Every generator {@code loader} provides, by class name; a provider that cannot be loaded is reported
     * and skipped.
     */
    static List<HostGlueGenerator> load(ClassLoader loader, Reporter reporter) {
        List<HostGlueGenerator> generators = new ArrayList<>();
        Iterator<HostGlueGenerator> providers = ServiceLoader.load(HostGlueGenerator.class, loader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
            } catch (ServiceConfigurationError e) {
                reporter.reportGlobal(Message.GENERATORS_NOT_LOADED, HostGlueGenerator.class.getName(), e);
                break;
            }
            try {
                generators.add(providers.next());
            } catch (ServiceConfigurationError e) {
                reporter.reportGlobal(Message.GENERATORS_NOT_LOADED, HostGlueGenerator.class.getName(), e);
            }
        }
        generators.sort(Comparator.comparing(generator -> generator.getClass().getName()));
        return List.copyOf(generators);
    }
}
