package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor never crashes javac and copes with types that do not exist yet: it defers a connector
 * whose types another processor generates later, and reports one whose types never appear.
 */
class ProcessorRobustnessTest {
    @Test
    void reportsAMissingTypeWithoutFailing() {
        ConnectorSource source = ConnectorSource.valid().replace("public Client connect(", "public Missing connect(");
        JavaFileObject file = source.file();

        Compilation compilation = Compilations.compile(file);

        CompilationSubject.assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(file).onLine(source.lineOf("public Missing connect("));
        CompilationSubject.assertThat(compilation).hadErrorContaining("could not generate the descriptor of connector"
                        + " test.TestConnector because it references undefined types (Missing)")
                .inFile(file).onLine(source.lineOf("public class TestConnector {"));
        assertThat(Compilations.processorFailed(compilation)).as(Compilations.errors(compilation)).isFalse();
    }

    @Test
    void reportsAConstantOfAMissingClassWithoutFailing() {
        ConnectorSource source = ConnectorSource.valid().replace("@Connector(name = \"test\")", "@Connector(name = Names.NAME)");
        JavaFileObject file = source.file();

        Compilation compilation = Compilations.compile(file);

        CompilationSubject.assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(file).onLine(source.lineOf("@Connector(name = Names.NAME)"));
        CompilationSubject.assertThat(compilation).hadErrorContaining("could not generate the descriptor of connector"
                        + " test.TestConnector because it references undefined types (the value of name in @Connector)")
                .inFile(file).onLine(source.lineOf("public class TestConnector {"));
        assertThat(Compilations.processorFailed(compilation)).as(Compilations.errors(compilation)).isFalse();
    }

    @Test
    void defersAConnectorUntilAnotherProcessorGeneratesTheTypesItUses() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("@Connector(name = \"test\")", "@Connector(name = Names.NAME)")
                .replace("public Client connect(Config config) {\n        return new Client();",
                        "public GeneratedClient connect(Config config) {\n        return new GeneratedClient();")
                .replace("entities(Client client)", "entities(GeneratedClient client)")
                .replace("describe(Client client,", "describe(GeneratedClient client,")
                .replace("read(Client client,", "read(GeneratedClient client,");

        Compilation compilation = Compiler.javac()
                .withProcessors(new ConnectorProcessor(), new SessionTypeGenerator())
                .compile(source.file());

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        ConnectorDescriptor descriptor = loader.newInstance("test.TestConnectorDescriptor", ConnectorDescriptor.class);
        SettingValues values = SettingValues.resolve("test", ConnectionOptions.of("url", "u"), descriptor.settings(), List.of());
        assertThat(descriptor.info().name()).isEqualTo("generated-name");
        try (ConnectorSession session = descriptor.open(values, dev.dovetail.api.auth.ResolvedCredentials.none())) {
            assertThat(session.listEntities()).isEmpty();
        }
        assertThat(loader.loadClass("test.GeneratedClient").getField("closed").getInt(null)).isEqualTo(1);
    }

    /** Generates {@code test.GeneratedClient} and {@code test.Names} in the first round, as another processor might. */
    private static final class SessionTypeGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) {
                return false;
            }
            done = true;
            write("test.GeneratedClient", """
                    package test;

                    public final class GeneratedClient implements AutoCloseable {
                        public static int closed;

                        @Override
                        public void close() {
                            closed++;
                        }
                    }
                    """);
            write("test.Names", """
                    package test;

                    public final class Names {
                        public static final String NAME = "generated-name";
                    }
                    """);
            return false;
        }

        private void write(String name, String source) {
            try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                writer.write(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void registersEveryConnectorOfACompilationInOneServiceFile() {
        ConnectorSource second = ConnectorSource.valid()
                .replace("@Connector(name = \"test\")\npublic class TestConnector {", "@Connector(name = \"other\")\npublic class Another {")
                .named("test.Another");

        Compilation compilation = Compilations.compile(ConnectorSource.valid().file(), second.file(),
                JavaFileObjects.forSourceString("test.Unrelated", "package test;\n\npublic class Unrelated {\n}\n"));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.classOutputResource(compilation, "META-INF/services/" + ConnectorDescriptor.class.getName()))
                .hasValue("test.AnotherDescriptor\ntest.TestConnectorDescriptor\n");
    }
}
