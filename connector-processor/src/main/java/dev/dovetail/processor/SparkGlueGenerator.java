package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The Spark (AWS Glue) glue: for connector {@code p.X}, {@code p.XSparkSource}, a public class with a
 * no-argument constructor extending the Spark host's {@code dev.dovetail.spark.DovetailSparkSource} with
 * {@code new XDescriptor()}, so it is a Spark {@code TableProvider} and a {@code DataSourceRegister} (short
 * name {@code dovetail-<name>}), registered in
 * {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}. Runs only when the Spark host
 * ({@code dev.dovetail:connector-host-spark}) is on the connector's compile classpath.
 */
public final class SparkGlueGenerator implements HostGlueGenerator {
    /** The runtime base class of the glue; its presence on the classpath turns the generator on. */
    public static final String RUNTIME = "dev.dovetail.spark.DovetailSparkSource";
    /** The service interface Spark looks short names up in. */
    public static final String SERVICE = "org.apache.spark.sql.sources.DataSourceRegister";
    /** The suffix of the generated class. */
    public static final String SUFFIX = "SparkSource";

    @Override
    public String runtimeClass() {
        return RUNTIME;
    }

    @Override
    public List<GeneratedType> generate(ConnectorModel model) {
        TypeSpec type = TypeSpec.classBuilder(model.generatedClass(SUFFIX))
                .addJavadoc("Connector {@link $T} as a Spark DataSource V2 and AWS Glue custom connector: use it by this class's"
                        + " name or as {@code $L}.\n", model.connectorClass(), "dovetail-" + model.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ClassName.bestGuess(RUNTIME))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(new $T())", model.descriptorClass())
                        .build())
                .build();
        return List.of(GeneratedType.of(model, type, SERVICE));
    }
}
