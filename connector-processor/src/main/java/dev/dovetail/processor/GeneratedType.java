package dev.dovetail.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

import java.util.List;

import javax.lang.model.SourceVersion;

import static java.util.Objects.requireNonNull;

/**
 * One top-level class a {@link HostGlueGenerator} generates, and the service interfaces (fully
 * qualified names) under which the processor registers it in {@code META-INF/services}.
 *
 * <p>The processor writes the file through the {@code Filer} with the connector class as originating
 * element (besides any the type declares). Build instances with {@link #of}, which also puts the type in
 * the connector's package and adds the {@link #generatedAnnotation() @Generated} annotation.
 *
 * @param file the source file
 * @param serviceInterfaces the service interfaces the class implements and is registered under; may be empty
 */
public record GeneratedType(JavaFile file, List<String> serviceInterfaces) {

    public GeneratedType {
        requireNonNull(file, "file is null");
        serviceInterfaces = List.copyOf(serviceInterfaces);
        for (String service : serviceInterfaces) {
            if (!SourceVersion.isName(service)) {
                throw new IllegalArgumentException("service interface '" + service + "' is not a qualified name");
            }
        }
    }

    /**
     * The class {@code type} in the package of {@code model}'s connector, annotated {@code @Generated}
     * and originating from the connector class, registered under {@code serviceInterfaces}.
     */
    public static GeneratedType of(ConnectorModel model, TypeSpec type, String... serviceInterfaces) {
        TypeSpec.Builder builder = type.toBuilder();
        if (!type.originatingElements().contains(model.element())) {
            builder.addOriginatingElement(model.element());
        }
        ClassName generated = ClassName.get("javax.annotation.processing", "Generated");
        if (type.annotations().stream().noneMatch(annotation -> annotation.type().equals(generated))) {
            builder.addAnnotation(generatedAnnotation());
        }
        JavaFile file = JavaFile.builder(model.connectorClass().packageName(), builder.build()).build();
        return new GeneratedType(file, List.of(serviceInterfaces));
    }

    /** {@code @javax.annotation.processing.Generated("dev.dovetail.processor.ConnectorProcessor")}. */
    public static AnnotationSpec generatedAnnotation() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", ConnectorProcessor.class.getName())
                .build();
    }

    /** The generated class. */
    public ClassName className() {
        return ClassName.get(file.packageName(), file.typeSpec().name());
    }

    /** The generated class's binary name, as service files list it. */
    public String binaryName() {
        return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }
}
