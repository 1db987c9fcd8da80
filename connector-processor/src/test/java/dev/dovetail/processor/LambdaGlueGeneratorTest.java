package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;

import dev.dovetail.api.spi.ConnectorDescriptor;

import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AppFlow glue through the real processor: with the AppFlow host's handler class on the compile classpath
 * (here a stand-in with the same name and constructor; connector-host-appflow's own tests run the real one
 * end to end), a connector gets a public {@code XLambdaHandler} whose no-argument constructor passes the
 * connector's descriptor; without it, none.
 */
class LambdaGlueGeneratorTest {
    private static final JavaFileObject RUNTIME = JavaFileObjects.forSourceString(LambdaGlueGenerator.RUNTIME, """
            package dev.dovetail.appflow;

            import dev.dovetail.api.spi.ConnectorDescriptor;

            public class DovetailLambdaHandler {
                private final ConnectorDescriptor descriptor;

                protected DovetailLambdaHandler(ConnectorDescriptor descriptor) {
                    this.descriptor = descriptor;
                }

                public ConnectorDescriptor descriptor() {
                    return descriptor;
                }
            }
            """);

    @Test
    void generatesAHandlerPassingTheDescriptor() throws Exception {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file(), RUNTIME);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.TestConnectorLambdaHandler")).hasValueSatisfying(source ->
                assertThat(source)
                        .contains("@Generated(\"dev.dovetail.processor.ConnectorProcessor\")")
                        .contains("public final class TestConnectorLambdaHandler extends DovetailLambdaHandler")
                        .contains("register {@code test.TestConnectorLambdaHandler} as the function's handler")
                        .contains("super(new TestConnectorDescriptor());"));
        Object handler = new CompiledClassLoader(compilation).loadClass("test.TestConnectorLambdaHandler")
                .getConstructor().newInstance();
        ConnectorDescriptor descriptor = (ConnectorDescriptor) handler.getClass().getMethod("descriptor").invoke(handler);
        assertThat(descriptor.info().name()).isEqualTo("test");
        assertThat(descriptor.getClass().getName()).isEqualTo("test.TestConnectorDescriptor");
    }

    @Test
    void namesTheHandlerOfANestedConnectorAfterItsBinaryName() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("@Connector(name = \"test\")\npublic class TestConnector {",
                        "public class Outer {\n@Connector(name = \"test\")\npublic static class TestConnector {")
                .append("}\n")
                .named("test.Outer");
        Compilation compilation = Compilations.compile(source.file(), RUNTIME);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.Outer$TestConnectorLambdaHandler")).hasValueSatisfying(
                text -> assertThat(text).contains("register {@code test.Outer$TestConnectorLambdaHandler}"));
        Object handler = new CompiledClassLoader(compilation).loadClass("test.Outer$TestConnectorLambdaHandler")
                .getConstructor().newInstance();
        assertThat(handler.getClass().getSuperclass().getName()).isEqualTo(LambdaGlueGenerator.RUNTIME);
    }

    @Test
    void generatesNoHandlerWithoutTheAppFlowHost() {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file());

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.TestConnectorDescriptor")).isPresent();
        assertThat(Compilations.generatedSource(compilation, "test.TestConnectorLambdaHandler")).isEmpty();
    }
}
