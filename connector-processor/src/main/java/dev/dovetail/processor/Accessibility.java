package dev.dovetail.processor;

import java.util.Optional;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Whether generated code in a package can name a type: no private type on the way, public elsewhere. */
final class Accessibility {
    private Accessibility() {
    }

    /** The first type of {@code type} (its class, enclosing classes, type arguments) code in {@code from} cannot name. */
    static Optional<TypeElement> inaccessible(TypeMirror type, PackageElement from, Elements elements) {
        if (type instanceof ArrayType array) {
            return inaccessible(array.getComponentType(), from, elements);
        }
        if (!(type instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        Optional<TypeElement> own = inaccessible((TypeElement) declared.asElement(), from, elements);
        if (own.isPresent()) {
            return own;
        }
        return declared.getTypeArguments().stream()
                .map(argument -> inaccessible(argument, from, elements))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The first of {@code type} and its enclosing classes that code in {@code from} cannot name. */
    static Optional<TypeElement> inaccessible(TypeElement type, PackageElement from, Elements elements) {
        boolean samePackage = elements.getPackageOf(type).equals(from);
        for (Element current = type; current instanceof TypeElement typeElement; current = current.getEnclosingElement()) {
            if (typeElement.getModifiers().contains(Modifier.PRIVATE)
                    || !samePackage && !typeElement.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(typeElement);
            }
        }
        return Optional.empty();
    }
}
