package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;

import dev.dovetail.api.spi.ConnectorDescriptor;

import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark glue through the compiler: with the Spark host's runtime class on the classpath the processor
 * generates {@code XSparkSource} and registers it as a Spark {@code DataSourceRegister}; without it,
 * nothing. The host's real classes need Spark; the compilation here sees sources of the same shape (the
 * base class's constructor taking the descriptor, Spark's service interface), and connector-host-spark's
 * tests run the generated classes of real connectors on a real Spark session.
 */
class SparkGlueGeneratorTest {
    private static final JavaFileObject DATA_SOURCE_REGISTER = JavaFileObjects.forSourceString(
            SparkGlueGenerator.SERVICE, """
            package org.apache.spark.sql.sources;

            public interface DataSourceRegister {
                String shortName();
            }
            """);
    private static final JavaFileObject SPARK_SOURCE = JavaFileObjects.forSourceString(SparkGlueGenerator.RUNTIME, """
            package dev.dovetail.spark;

            import dev.dovetail.api.spi.ConnectorDescriptor;
            import org.apache.spark.sql.sources.DataSourceRegister;

            public class DovetailSparkSource implements DataSourceRegister {
                private final ConnectorDescriptor descriptor;

                protected DovetailSparkSource(ConnectorDescriptor descriptor) {
                    this.descriptor = descriptor;
                }

                public final ConnectorDescriptor descriptor() {
                    return descriptor;
                }

                @Override
                public final String shortName() {
                    return "dovetail-" + descriptor.info().name();
                }
            }
            """);
    private static final String GLUE = "test.TestConnectorSparkSource";
    private static final String SERVICES = "META-INF/services/" + SparkGlueGenerator.SERVICE;

    @Test
    void generatesARegisteredSparkSourceWhenTheSparkHostIsOnTheClasspath() throws Exception {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file(), SPARK_SOURCE, DATA_SOURCE_REGISTER);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, GLUE)).hasValueSatisfying(source -> assertThat(source)
                .contains("@Generated(\"dev.dovetail.processor.ConnectorProcessor\")")
                .contains("public final class TestConnectorSparkSource extends DovetailSparkSource"));
        assertThat(Compilations.classOutputResource(compilation, SERVICES)).hasValue(GLUE + "\n");

        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        Object source = loader.loadClass(GLUE).getConstructor().newInstance();
        assertThat(loader.loadClass(SparkGlueGenerator.SERVICE).isInstance(source)).isTrue();
        assertThat(source.getClass().getMethod("shortName").invoke(source)).isEqualTo("dovetail-test");
        ConnectorDescriptor descriptor = (ConnectorDescriptor) source.getClass().getMethod("descriptor").invoke(source);
        assertThat(descriptor.getClass().getName()).isEqualTo("test.TestConnectorDescriptor");
    }

    @Test
    void generatesNoSparkSourceWithoutTheSparkHost() {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file());

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, GLUE)).isEmpty();
        assertThat(Compilations.classOutputResource(compilation, SERVICES)).isEmpty();
    }
}
