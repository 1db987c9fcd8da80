package dev.dovetail.processor.testglue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;

import dev.dovetail.processor.ConnectorModel;
import dev.dovetail.processor.GeneratedType;
import dev.dovetail.processor.HostGlueGenerator;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * A host glue generator as a real host would write one, using only the processor's public API: for a
 * connector {@code p.X} it generates {@code p.XTestGlue}, extending the test host's runtime class and
 * registered under its service interface. Active only when a compilation defines {@link #RUNTIME}.
 */
public final class TestGlueGenerator implements HostGlueGenerator {
    /** The runtime class that activates the generator. */
    public static final String RUNTIME = "test.glue.TestRuntime";
    /** The service interface the glue is registered under. */
    public static final String SERVICE = "test.glue.TestService";

    @Override
    public String runtimeClass() {
        return RUNTIME;
    }

    @Override
    public List<GeneratedType> generate(ConnectorModel model) {
        ClassName glue = model.generatedClass("TestGlue");
        CodeBlock names = model.settings().settings().stream()
                .map(setting -> CodeBlock.of("$S", setting.name()))
                .collect(CodeBlock.joining(", "));
        TypeSpec type = TypeSpec.classBuilder(glue)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ClassName.bestGuess(RUNTIME))
                .addSuperinterface(ClassName.bestGuess(SERVICE))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(new $T(), $S)", model.descriptorClass(), "dovetail-" + model.name())
                        .build())
                .addMethod(MethodSpec.methodBuilder("settingNames")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return $T.of($L)", List.class, names)
                        .build())
                .build();
        return List.of(GeneratedType.of(model, type, SERVICE));
    }
}
