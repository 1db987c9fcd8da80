package dev.dovetail.processor;

import java.util.stream.Collectors;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** How messages show types and methods: with simple names, as they appear in the source. */
final class Descriptions {
    private Descriptions() {
    }

    /** {@code List<Entity>} rather than {@code java.util.List<dev.dovetail.api.schema.Entity>}. */
    static String type(TypeMirror type) {
        if (type instanceof DeclaredType declared) {
            String name = declared.asElement().getSimpleName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            return declared.getTypeArguments().stream().map(Descriptions::type)
                    .collect(Collectors.joining(", ", name + "<", ">"));
        }
        if (type instanceof ArrayType array) {
            return type(array.getComponentType()) + "[]";
        }
        return type.toString();
    }

    /** {@code read(Session, ReadRequest, RowSink)}. */
    static String method(ExecutableElement method) {
        return method.getParameters().stream().map(parameter -> type(parameter.asType()))
                .collect(Collectors.joining(", ", method.getSimpleName() + "(", ")"));
    }
}
