package dev.dovetail.processor;

import java.util.List;

/**
 * Generates the glue that runs a connector on one host (a Spark {@code DataSourceRegister}, an AppFlow
 * Lambda handler, ...). Implementations are found with {@link java.util.ServiceLoader} on the
 * processor's own class path ({@code META-INF/services/dev.dovetail.processor.HostGlueGenerator}), and
 * each runs only when its host's runtime is on the compile classpath of the connector, so a connector
 * module opts into a host by depending on that host's runtime.
 *
 * <p>Glue is thin: it names the connector's descriptor and extends or calls the host runtime, where the
 * logic lives. A generator must be stateless; it is called once per valid connector, after the
 * connector's descriptor was generated. Anything it throws is reported as a compile error on the
 * connector class.
 */
public interface HostGlueGenerator {
    /**
     * The fully qualified name of a class of the host runtime (for example the base class the glue
     * extends); the generator runs only when the compilation can see this class.
     */
    String runtimeClass();

    /**
     * The classes to generate for {@code model}, each with the service interfaces to register it under.
     * Build them with {@link GeneratedType#of} and name them with {@link ConnectorModel#generatedClass}.
     */
    List<GeneratedType> generate(ConnectorModel model);
}
