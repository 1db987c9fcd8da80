package dev.dovetail.processor;

import com.palantir.javapoet.JavaFile;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

import static java.util.Objects.requireNonNull;

/**
 * Writes generated source files through the {@link Filer}, one top-level type per file, always passing
 * the connector class as originating element so that incremental builds know where the file came from.
 */
final class SourceWriter {
    private final Filer filer;
    private final Reporter reporter;

    SourceWriter(Filer filer, Reporter reporter) {
        this.filer = requireNonNull(filer, "filer is null");
        this.reporter = requireNonNull(reporter, "reporter is null");
    }

    /**
     * Writes {@code file}, reporting a failure on {@code originating}.
     *
     * @return whether the file was written
     */
    boolean write(JavaFile file, Element originating) {
        String name = file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        Set<Element> origins = new LinkedHashSet<>();
        origins.add(originating);
        origins.addAll(file.typeSpec().originatingElements());
        try {
            JavaFileObject source = filer.createSourceFile(name, origins.toArray(Element[]::new));
            try (Writer writer = source.openWriter()) {
                file.writeTo(writer);
            }
            return true;
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, originating, name, e);
            return false;
        }
    }
}
