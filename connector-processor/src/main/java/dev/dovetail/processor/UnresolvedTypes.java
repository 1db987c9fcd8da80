package dev.dovetail.processor;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Setting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds what a connector references that javac has not resolved (yet): its supertypes, the types in the
 * signatures of its annotated methods and in its settings record, and values of its annotations that
 * name constants of missing classes. Such a connector is deferred to a later round, in case another
 * processor generates what is missing, and reported in the last round if it never appears.
 */
final class UnresolvedTypes {
    /** How javac shows an annotation value it could not resolve. */
    static final String ERROR = "<error>";

    private final Elements elements;

    UnresolvedTypes(Elements elements) {
        this.elements = elements;
    }

    /** A description of the first unresolved reference of {@code connector}, if there is one. */
    Optional<String> find(TypeElement connector) {
        Optional<String> connectorAnnotation = AnnotationReader.mirror(connector, Connector.class.getCanonicalName())
                .flatMap(this::malformed);
        if (connectorAnnotation.isPresent()) {
            return connectorAnnotation;
        }
        Optional<String> supertype = Stream.concat(Stream.of(connector.getSuperclass()), connector.getInterfaces().stream())
                .map(UnresolvedTypes::unresolved)
                .flatMap(Optional::stream)
                .findFirst();
        if (supertype.isPresent()) {
            return supertype;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(connector))) {
            List<AnnotationMirror> roles = roleAnnotations(method);
            if (roles.isEmpty()) {
                continue;
            }
            Optional<String> found = first(
                    () -> unresolved(method.getReturnType()),
                    () -> method.getParameters().stream().map(p -> unresolved(p.asType())).flatMap(Optional::stream).findFirst(),
                    () -> roles.stream().map(this::malformed).flatMap(Optional::stream).findFirst(),
                    () -> settingsComponents(method));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<AnnotationMirror> roleAnnotations(ExecutableElement method) {
        return Stream.of(Role.values())
                .map(Role::annotation)
                .distinct()
                .map(Class::getCanonicalName)
                .map(name -> AnnotationReader.mirror(method, name))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<String> settingsComponents(ExecutableElement method) {
        if (AnnotationReader.mirror(method, dev.dovetail.api.Credentials.class.getCanonicalName()).isEmpty()
                || method.getParameters().isEmpty()
                || !(method.getParameters().get(0).asType() instanceof DeclaredType settings)
                || settings.asElement().getKind() != ElementKind.RECORD) {
            return Optional.empty();
        }
        for (RecordComponentElement component : ((TypeElement) settings.asElement()).getRecordComponents()) {
            Optional<String> found = unresolved(component.asType())
                    .or(() -> AnnotationReader.mirror(component, Setting.class.getCanonicalName()).flatMap(this::malformed));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The unresolved part of {@code type}, looking into type arguments, array components and bounds. */
    static Optional<String> unresolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return Optional.of(type.toString());
        }
        if (type instanceof ArrayType array) {
            return unresolved(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getExtendsBound(), wildcard.getSuperBound())
                    .filter(bound -> bound != null)
                    .map(UnresolvedTypes::unresolved)
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (type instanceof DeclaredType declared) {
            return declared.getTypeArguments().stream().map(UnresolvedTypes::unresolved).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /**
     * A value of {@code annotation} that javac could not resolve (yet). javac still runs processors when a
     * constant of a missing class is used, say {@code @Connector(name = Names.SAMPLE)} where another
     * processor generates {@code Names}; it shows such a value as the string {@value #ERROR}.
     */
    private Optional<String> malformed(AnnotationMirror annotation) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(annotation).entrySet()) {
            if (!wellFormed(entry.getValue().getValue(), entry.getKey().getReturnType())) {
                return Optional.of("the value of " + entry.getKey().getSimpleName() + " in @"
                        + annotation.getAnnotationType().asElement().getSimpleName());
            }
        }
        return Optional.empty();
    }

    private boolean wellFormed(Object value, TypeMirror expected) {
        if (expected instanceof ArrayType array) {
            return value instanceof List<?> list && list.stream().allMatch(element ->
                    element instanceof AnnotationValue item && wellFormed(item.getValue(), array.getComponentType()));
        }
        if (value instanceof String text && text.equals(ERROR)) {
            return false;
        }
        if (expected.getKind().isPrimitive()) {
            return !(value instanceof String);
        }
        if (expected instanceof DeclaredType declared) {
            return switch (declared.asElement().getKind()) {
                case ENUM -> value instanceof VariableElement;
                case ANNOTATION_TYPE -> value instanceof AnnotationMirror nested && malformed(nested).isEmpty();
                default -> true;
            };
        }
        return true;
    }

    @SafeVarargs
    private static Optional<String> first(Supplier<Optional<String>>... checks) {
        for (Supplier<Optional<String>> check : checks) {
            Optional<String> found = check.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
