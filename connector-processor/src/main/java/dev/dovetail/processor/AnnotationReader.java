package dev.dovetail.processor;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

import static java.util.Objects.requireNonNull;

/**
 * Reads the values of one annotation on an element, defaults included, through its mirror (not a
 * reflective proxy), so that a diagnostic can point at the mirror and at the value it is about.
 * {@link UnresolvedTypes} has checked beforehand that every value is well formed.
 */
final class AnnotationReader {
    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;
    private final Elements elements;

    private AnnotationReader(AnnotationMirror mirror, Elements elements) {
        this.mirror = requireNonNull(mirror, "mirror is null");
        this.elements = requireNonNull(elements, "elements is null");
        this.values = elements.getElementValuesWithDefaults(mirror);
    }

    /** The annotation of {@code type} on {@code element}, if present. */
    static Optional<AnnotationReader> find(Element element, Class<? extends Annotation> type, Elements elements) {
        return mirror(element, type.getCanonicalName()).map(mirror -> new AnnotationReader(mirror, elements));
    }

    /** The mirror of the annotation named {@code qualifiedName} on {@code element}, if present. */
    static Optional<AnnotationMirror> mirror(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The annotation's mirror, for diagnostics. */
    AnnotationMirror mirror() {
        return mirror;
    }

    /** The value of member {@code name}, explicit or default, for diagnostics. */
    AnnotationValue value(String name) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        mirror.getAnnotationType() + " has no member " + name));
    }

    String string(String name) {
        return cast(value(name).getValue(), String.class, name);
    }

    boolean bool(String name) {
        return cast(value(name).getValue(), Boolean.class, name);
    }

    List<String> strings(String name) {
        return list(name).stream().map(value -> cast(value.getValue(), String.class, name)).toList();
    }

    <E extends Enum<E>> E enumConstant(String name, Class<E> type) {
        return toEnum(value(name), type, name);
    }

    <E extends Enum<E>> List<E> enumConstants(String name, Class<E> type) {
        return list(name).stream().map(value -> toEnum(value, type, name)).toList();
    }

    List<AnnotationReader> annotations(String name) {
        return list(name).stream()
                .map(value -> new AnnotationReader(cast(value.getValue(), AnnotationMirror.class, name), elements))
                .toList();
    }

    private List<? extends AnnotationValue> list(String name) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> list = cast(value(name).getValue(), List.class, name);
        return list;
    }

    private <E extends Enum<E>> E toEnum(AnnotationValue value, Class<E> type, String name) {
        VariableElement constant = cast(value.getValue(), VariableElement.class, name);
        return Enum.valueOf(type, constant.getSimpleName().toString());
    }

    private <T> T cast(Object value, Class<T> type, String name) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("member " + name + " of " + mirror + " is " + value + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(value);
    }
}
