package dev.dovetail.processor;

import java.io.PrintWriter;
import java.io.StringWriter;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

import static java.util.Objects.requireNonNull;

/**
 * Reports {@link Message}s through the {@link Messager}, on the element (and annotation mirror and value)
 * they are about, and counts the errors so that callers can tell whether a step failed.
 *
 * <p>javac (up to at least 21) has no source position for a record component, so a diagnostic on one is
 * put on the record's field of the same name, whose position is the component's name.
 */
final class Reporter {
    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = requireNonNull(messager, "messager is null");
    }

    /** Reports {@code message} on {@code element}. */
    void report(Message message, Element element, Object... args) {
        print(message, element, null, null, args);
    }

    /** Reports {@code message} on {@code annotation} of {@code element}. */
    void report(Message message, Element element, AnnotationMirror annotation, Object... args) {
        print(message, element, annotation, null, args);
    }

    /** Reports {@code message} on {@code value} of {@code annotation} of {@code element}. */
    void report(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
        print(message, element, annotation, value, args);
    }

    /** Reports {@code message} with no element, for problems of the processor as a whole. */
    void reportGlobal(Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args));
    }

    /** Reports that processing {@code subject} threw {@code failure}, with its stack trace. */
    void reportFailure(String subject, Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        if (element == null) {
            reportGlobal(Message.PROCESSOR_FAILED, subject, trace);
        } else {
            report(Message.PROCESSOR_FAILED, element, subject, trace);
        }
    }

    /** The number of errors reported so far. */
    int errorCount() {
        return errors;
    }

    private void print(Message message, Element element, AnnotationMirror annotation, AnnotationValue value,
            Object... args) {
        count(message);
        String text = message.format(args);
        if (element.getKind() == ElementKind.RECORD_COMPONENT) {
            messager.printMessage(message.kind(), text, fieldOf(element));
        } else if (annotation == null) {
            messager.printMessage(message.kind(), text, element);
        } else if (value == null) {
            messager.printMessage(message.kind(), text, element, annotation);
        } else {
            messager.printMessage(message.kind(), text, element, annotation, value);
        }
    }

    private void count(Message message) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }

    private static Element fieldOf(Element component) {
        TypeElement record = (TypeElement) component.getEnclosingElement();
        return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().contentEquals(component.getSimpleName()))
                .<Element>map(field -> field)
                .findFirst()
                .orElse(component);
    }
}
