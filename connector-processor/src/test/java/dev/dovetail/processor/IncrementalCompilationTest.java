package dev.dovetail.processor;

import dev.dovetail.api.spi.ConnectorDescriptor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles two connectors one after the other into the same class output, as an incremental build
 * does: the second compilation keeps the first one's service entry (AutoService's merge).
 */
class IncrementalCompilationTest {
    @Test
    void keepsTheServiceEntriesOfAnEarlierCompilation(@TempDir Path directory) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/test"));
        Path output = Files.createDirectories(directory.resolve("classes"));
        Path first = Files.writeString(sources.resolve("TestConnector.java"), ConnectorSource.VALID);
        Path second = Files.writeString(sources.resolve("Another.java"), ConnectorSource.valid()
                .replace("@Connector(name = \"test\")\npublic class TestConnector {", "@Connector(name = \"other\")\npublic class Another {")
                .toString());

        compile(first, output);
        compile(second, output);

        assertThat(Files.readAllLines(output.resolve("META-INF/services/" + ConnectorDescriptor.class.getName())))
                .containsExactly("test.AnotherDescriptor", "test.TestConnectorDescriptor");
        assertThat(output.resolve("test/TestConnectorDescriptor.class")).exists();
        assertThat(output.resolve("test/AnotherDescriptor.class")).exists();
    }

    private static void compile(Path source, Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-d", output.toString(),
                    "-classpath", output + File.pathSeparator + System.getProperty("java.class.path"));
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjects(source));
            task.setProcessors(List.of(new ConnectorProcessor()));
            assertThat(task.call()).as(diagnostics.toString()).isTrue();
        }
    }
}
