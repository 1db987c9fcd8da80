package dev.dovetail.processor.testglue;

import dev.dovetail.processor.ConnectorModel;
import dev.dovetail.processor.GeneratedType;
import dev.dovetail.processor.HostGlueGenerator;

import java.util.List;

/**
 * A broken host glue generator: it throws, as a bug would. Active only when a compilation defines
 * {@link #RUNTIME}; the processor must report the exception as an error instead of crashing javac.
 */
public final class ThrowingGlueGenerator implements HostGlueGenerator {
    /** The runtime class that activates the generator. */
    public static final String RUNTIME = "test.boom.BoomRuntime";

    @Override
    public String runtimeClass() {
        return RUNTIME;
    }

    @Override
    public List<GeneratedType> generate(ConnectorModel model) {
        throw new IllegalStateException("boom while generating glue for " + model.name());
    }
}
