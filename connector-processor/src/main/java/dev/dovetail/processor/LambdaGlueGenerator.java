package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The Amazon AppFlow glue: for connector {@code p.X} it generates {@code p.XLambdaHandler}, a public final class
 * extending {@value #RUNTIME} with a public no-argument constructor that passes {@code new XDescriptor()}; the
 * runtime resolves secrets as the environment says. The class is what a Lambda function registers as its
 * handler. Active when {@code connector-host-appflow} is on the connector's compile classpath.
 */
public final class LambdaGlueGenerator implements HostGlueGenerator {
    /** The AppFlow host's handler base class. */
    public static final String RUNTIME = "dev.dovetail.appflow.DovetailLambdaHandler";
    /** What the generated class's name adds to the connector's. */
    public static final String SUFFIX = "LambdaHandler";

    @Override
    public String runtimeClass() {
        return RUNTIME;
    }

    @Override
    public List<GeneratedType> generate(ConnectorModel model) {
        ClassName handler = model.generatedClass(SUFFIX);
        TypeSpec type = TypeSpec.classBuilder(handler)
                .addJavadoc("The AWS Lambda handler that runs connector {@code $L} as an Amazon AppFlow custom connector;\n"
                        + "register {@code $L} as the function's handler.\n", model.name(), handler.reflectionName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ClassName.bestGuess(RUNTIME))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("The handler Lambda instantiates; secrets are resolved as the environment says.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(new $T())", model.descriptorClass())
                        .build())
                .build();
        return List.of(GeneratedType.of(model, type));
    }
}
