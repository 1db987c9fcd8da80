package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;

import java.util.Locale;
import java.util.Optional;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, and reads what the compilation produced. */
final class Compilations {
    private Compilations() {
    }

    /** Compiles {@code sources} with a new {@link ConnectorProcessor}. */
    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new ConnectorProcessor()).compile(sources);
    }

    /** The text of a generated resource in the class output, if there is one. */
    static Optional<String> classOutputResource(Compilation compilation, String path) {
        return compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, path).map(Compilations::content);
    }

    /** The text of a generated source file, if there is one. */
    static Optional<String> generatedSource(Compilation compilation, String qualifiedName) {
        return compilation.generatedSourceFile(qualifiedName).map(Compilations::content);
    }

    /** Whether any diagnostic says the processor failed (threw). */
    static boolean processorFailed(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .anyMatch(message -> message.contains("dev.dovetail processor failed"));
    }

    /** The messages of the compilation's errors, for assertion messages. */
    static String errors(Compilation compilation) {
        return compilation.errors().stream().map(Compilations::format).reduce("", (a, b) -> a + b + "\n");
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        return (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName()) + ":" + diagnostic.getLineNumber()
                + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
