package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;

import dev.dovetail.api.spi.ConnectorDescriptor;

import java.util.List;

import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host glue hook, through the generators registered in the test resources: a generator runs exactly
 * when its host runtime is on the compile classpath, its classes are registered as services, and one
 * that throws is reported as an error instead of crashing javac.
 */
class HostGlueGeneratorTest {
    private static final JavaFileObject TEST_RUNTIME = JavaFileObjects.forSourceString("test.glue.TestRuntime", """
            package test.glue;

            import dev.dovetail.api.spi.ConnectorDescriptor;
            import java.util.List;

            public abstract class TestRuntime {
                private final ConnectorDescriptor descriptor;
                private final String shortName;

                protected TestRuntime(ConnectorDescriptor descriptor, String shortName) {
                    this.descriptor = descriptor;
                    this.shortName = shortName;
                }

                public ConnectorDescriptor descriptor() {
                    return descriptor;
                }

                public String shortName() {
                    return shortName;
                }

                public abstract List<String> settingNames();
            }
            """);
    private static final JavaFileObject TEST_SERVICE = JavaFileObjects.forSourceString("test.glue.TestService", """
            package test.glue;

            public interface TestService {
                String shortName();
            }
            """);
    private static final String GLUE = "test.TestConnectorTestGlue";
    private static final String GLUE_SERVICES = "META-INF/services/test.glue.TestService";

    @Test
    void generatesAndRegistersTheGlueWhenTheRuntimeIsOnTheClasspath() throws Exception {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file(), TEST_RUNTIME, TEST_SERVICE);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, GLUE)).hasValueSatisfying(source -> assertThat(source)
                .contains("@Generated(\"dev.dovetail.processor.ConnectorProcessor\")")
                .contains("public final class TestConnectorTestGlue extends TestRuntime implements TestService"));
        assertThat(Compilations.classOutputResource(compilation, GLUE_SERVICES)).hasValue(GLUE + "\n");
        assertThat(Compilations.classOutputResource(compilation, "META-INF/services/" + ConnectorDescriptor.class.getName()))
                .hasValue("test.TestConnectorDescriptor\n");

        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        Object glue = loader.loadClass(GLUE).getConstructor().newInstance();
        assertThat(loader.loadClass("test.glue.TestService").isInstance(glue)).isTrue();
        assertThat(glue.getClass().getMethod("shortName").invoke(glue)).isEqualTo("dovetail-test");
        assertThat(glue.getClass().getMethod("settingNames").invoke(glue)).isEqualTo(List.of("url", "size"));
        ConnectorDescriptor descriptor = (ConnectorDescriptor) glue.getClass().getMethod("descriptor").invoke(glue);
        assertThat(descriptor.info().name()).isEqualTo("test");
    }

    @Test
    void generatesNoGlueWithoutTheRuntime() {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file());

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.TestConnectorDescriptor")).isPresent();
        assertThat(Compilations.generatedSource(compilation, GLUE)).isEmpty();
        assertThat(Compilations.classOutputResource(compilation, GLUE_SERVICES)).isEmpty();
    }

    @Test
    void namesTheGlueOfANestedConnectorAfterItsBinaryName() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("@Connector(name = \"test\")\npublic class TestConnector {",
                        "public class Outer {\n@Connector(name = \"test\")\npublic static class TestConnector {")
                .append("}\n")
                .named("test.Outer");
        Compilation compilation = Compilations.compile(source.file(), TEST_RUNTIME, TEST_SERVICE);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.classOutputResource(compilation, GLUE_SERVICES)).hasValue("test.Outer$TestConnectorTestGlue\n");
        Object glue = new CompiledClassLoader(compilation).loadClass("test.Outer$TestConnectorTestGlue")
                .getConstructor().newInstance();
        assertThat(glue.getClass().getMethod("shortName").invoke(glue)).isEqualTo("dovetail-test");
    }

    @Test
    void reportsAGeneratorThatThrowsAsAnErrorOnTheConnector() {
        JavaFileObject connector = ConnectorSource.valid().file();
        JavaFileObject boomRuntime = JavaFileObjects.forSourceString("test.boom.BoomRuntime",
                "package test.boom;\n\npublic class BoomRuntime {\n}\n");

        Compilation compilation = Compilations.compile(connector, boomRuntime);

        CompilationSubject.assertThat(compilation).hadErrorContaining("dev.dovetail processor failed on test.TestConnector"
                        + " (host glue generator dev.dovetail.processor.testglue.ThrowingGlueGenerator):"
                        + " java.lang.IllegalStateException: boom while generating glue for test")
                .inFile(connector)
                .onLine(ConnectorSource.valid().lineOf("public class TestConnector {"));
        CompilationSubject.assertThat(compilation).hadErrorContaining("at dev.dovetail.processor.testglue.ThrowingGlueGenerator.generate");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }
}
