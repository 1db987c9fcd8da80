package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.dovetail.api.auth.AuthParameterSpec;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.auth.OAuth2Spec;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingScope;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

/**
 * Generates {@code <connector>Descriptor}: constants for the connector's info, settings,
 * authentication and capabilities, and {@code open}, which builds the settings record, creates the
 * connector, calls its {@code @Credentials} method and wraps the session in a nested
 * {@link ConnectorSession} that calls the connector's methods directly.
 */
final class DescriptorGenerator {
    private static final String SESSION = "Session";

    /** The descriptor's source file. */
    JavaFile generate(ConnectorModel model) {
        ClassName connector = model.connectorClass();
        TypeSpec descriptor = TypeSpec.classBuilder(model.descriptorClass())
                .addOriginatingElement(model.element())
                .addAnnotation(GeneratedType.generatedAnnotation())
                .addJavadoc("The {@link $T} of {@link $T}, generated from its annotations.\n",
                        ConnectorDescriptor.class, connector)
                .addModifiers(PUBLIC, FINAL)
                .addSuperinterface(ConnectorDescriptor.class)
                .addField(constant(ClassName.get(ConnectorInfo.class), "INFO", info(model.info())))
                .addField(constant(listOf(SettingDefinition.class), "SETTINGS", settings(model.settings())))
                .addField(constant(ClassName.get(AuthenticationSpec.class), "AUTHENTICATION",
                        authentication(model.authentication())))
                .addField(constant(ClassName.get(ReadCapabilities.class), "READ", read(model.readCapabilities())))
                .addField(constant(ClassName.get(WriteCapabilities.class), "WRITE", write(model.writeCapabilities())))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the descriptor; hosts do, with {@code ServiceLoader} or by name.\n")
                        .addModifiers(PUBLIC)
                        .build())
                .addMethod(getter("info", ClassName.get(ConnectorInfo.class), CodeBlock.of("INFO")))
                .addMethod(getter("settings", listOf(SettingDefinition.class), CodeBlock.of("SETTINGS")))
                .addMethod(getter("authentication", ClassName.get(AuthenticationSpec.class), CodeBlock.of("AUTHENTICATION")))
                .addMethod(getter("readCapabilities", ClassName.get(ReadCapabilities.class), CodeBlock.of("READ")))
                .addMethod(getter("writeCapabilities", ClassName.get(WriteCapabilities.class), CodeBlock.of("WRITE")))
                .addMethod(getter("plansOwnSplits", TypeName.BOOLEAN, CodeBlock.of("$L", model.plansOwnSplits())))
                .addMethod(open(model))
                .addType(session(model))
                .build();
        return JavaFile.builder(model.descriptorClass().packageName(), descriptor).build();
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value) {
        return FieldSpec.builder(type, name, PRIVATE, STATIC, FINAL).initializer(value).build();
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private static CodeBlock info(ConnectorInfo info) {
        return CodeBlock.of("new $T($S, $S, $S, $L, $S)", ConnectorInfo.class, info.name(), info.version(), info.owner(),
                optional(info.description()), info.connectorClass());
    }

    private static CodeBlock settings(SettingsModel settings) {
        return listOfBlocks(settings.definitions().stream().map(DescriptorGenerator::setting).toList());
    }

    private static CodeBlock setting(SettingDefinition setting) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.builder($S, $T.$L)$>$>", SettingDefinition.class, setting.name(), SettingType.class,
                        setting.type().name())
                .add("\n.label($S)", setting.label());
        setting.description().ifPresent(description -> code.add("\n.description($S)", description));
        code.add("\n.required($L)", setting.required());
        setting.defaultValue().ifPresent(value -> code.add("\n.defaultValue($S)", value));
        code.add("\n.secret($L)", setting.secret())
                .add("\n.scope($T.$L)", SettingScope.class, setting.scope().name());
        if (!setting.allowedValues().isEmpty()) {
            code.add("\n.allowedValues($L)", strings(setting.allowedValues()));
        }
        return code.add("\n.build()$<$<").build();
    }

    private static CodeBlock authentication(AuthenticationSpec authentication) {
        CodeBlock types = constants(List.class, authentication.types(), false);
        CodeBlock oauth2 = authentication.oauth2().map(DescriptorGenerator::oauth2)
                .map(spec -> CodeBlock.of("$T.of($L)", Optional.class, spec))
                .orElse(CodeBlock.of("$T.empty()", Optional.class));
        CodeBlock custom = listOfBlocks(authentication.custom().stream().map(DescriptorGenerator::custom).toList());
        return CodeBlock.of("new $T($L, $L, $L)", AuthenticationSpec.class, types, oauth2, custom);
    }

    private static CodeBlock oauth2(OAuth2Spec spec) {
        return CodeBlock.of("new $T($L, $L, $L, $L, $L)", OAuth2Spec.class, strings(spec.tokenUrls()),
                strings(spec.authUrls()), strings(spec.scopes()), constants(List.class, spec.grantTypes(), false),
                strings(spec.redirectUrls()));
    }

    private static CodeBlock custom(CustomAuthSpec scheme) {
        return CodeBlock.of("new $T($S, $L)", CustomAuthSpec.class, scheme.type(),
                listOfBlocks(scheme.parameters().stream().map(DescriptorGenerator::parameter).toList()));
    }

    private static CodeBlock parameter(AuthParameterSpec parameter) {
        return CodeBlock.of("new $T($S, $S, $L, $L, $L, $L)", AuthParameterSpec.class, parameter.key(), parameter.label(),
                optional(parameter.description()), parameter.required(), parameter.sensitive(),
                strings(parameter.allowedValues()));
    }

    private static CodeBlock read(ReadCapabilities read) {
        return CodeBlock.of("new $T($L, $L, $L)", ReadCapabilities.class, read.projection(), read.limit(),
                constants(Set.class, read.filters(), true));
    }

    private static CodeBlock write(WriteCapabilities write) {
        if (!write.writes()) {
            return CodeBlock.of("$T.none()", WriteCapabilities.class);
        }
        return CodeBlock.of("new $T($L, $L, $L)", WriteCapabilities.class, constants(Set.class, write.operations(), true),
                write.allOrNone(), write.truncate());
    }

    private static MethodSpec open(ConnectorModel model) {
        ClassName connector = model.connectorClass();
        SettingsModel settings = model.settings();
        CodeBlock arguments = settings.settings().stream().map(DescriptorGenerator::read)
                .collect(CodeBlock.joining(",\n"));
        MethodSpec.Builder open = MethodSpec.methodBuilder("open")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(ConnectorSession.class)
                .addParameter(SettingValues.class, "values")
                .addParameter(ResolvedCredentials.class, "credentials")
                .addException(Exception.class);
        if (settings.settings().isEmpty()) {
            open.addStatement("$T settings = new $T()", settings.recordClass(), settings.recordClass());
        } else {
            open.addStatement("$T settings = new $T(\n$>$>$L$<$<)", settings.recordClass(), settings.recordClass(), arguments);
        }
        return open
                .addStatement("$T connector = new $T()", connector, connector)
                .addStatement("$T session = $T.requireNonNull(connector.$N(settings$L), $S)", model.sessionType(),
                        Objects.class, model.connectMethod(), model.connectTakesCredentials() ? ", credentials" : "",
                        model.connectorClass().simpleName() + "." + model.connectMethod() + " returned null")
                .addStatement("return new $N(connector, session)", SESSION)
                .build();
    }

    /** The expression reading one setting from {@code values}. */
    private static CodeBlock read(SettingModel setting) {
        if (setting.kind().isEnum()) {
            return CodeBlock.of("values.$N($S, $T.class)", setting.kind().getter(), setting.name(), setting.enumType().orElseThrow());
        }
        return CodeBlock.of("values.$N($S)", setting.kind().getter(), setting.name());
    }

    private static TypeSpec session(ConnectorModel model) {
        ClassName connector = model.connectorClass();
        TypeName session = model.sessionType();
        TypeSpec.Builder type = TypeSpec.classBuilder(SESSION)
                .addJavadoc("An open session of {@link $T}: calls its methods with the session its {@code $N} returned.\n",
                        connector, model.connectMethod())
                .addModifiers(PRIVATE, STATIC, FINAL)
                .addSuperinterface(ConnectorSession.class)
                .addField(connector, "connector", PRIVATE, FINAL)
                .addField(session, "session", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(connector, "connector")
                        .addParameter(session, "session")
                        .addStatement("this.connector = connector")
                        .addStatement("this.session = session")
                        .build())
                .addMethod(delegate("listEntities", listOf(Entity.class), model.listEntitiesMethod()))
                .addMethod(delegate("describeEntity", ClassName.get(EntitySchema.class), model.describeEntityMethod(),
                        parameter(String.class, "entity")))
                .addMethod(delegate("read", TypeName.VOID, model.readMethod(),
                        parameter(ReadRequest.class, "request"), parameter(RowSink.class, "sink")));
        model.partitionsMethod().ifPresent(method -> type.addMethod(delegate("planSplits", listOf(Split.class), method,
                parameter(PartitionRequest.class, "request"))));
        model.writeMethod().ifPresent(method -> type.addMethod(delegate("write", ClassName.get(WriteResult.class), method,
                parameter(WriteRequest.class, "request"))));
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC);
        if (model.sessionAutoCloseable()) {
            close.addExceptions(model.sessionCloseExceptions()).addStatement("session.close()");
        } else {
            close.addComment("$T is not AutoCloseable: there is nothing to close", session);
        }
        return type.addMethod(close.build()).build();
    }

    private record Parameter(TypeName type, String name) {
    }

    private static Parameter parameter(Class<?> type, String name) {
        return new Parameter(ClassName.get(type), name);
    }

    /** {@code @Override public R name(params) throws Exception { [return] connector.target(session, params); }} */
    private static MethodSpec delegate(String name, TypeName returns, String target, Parameter... parameters) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addException(Exception.class);
        CodeBlock.Builder arguments = CodeBlock.builder().add("session");
        for (Parameter parameter : parameters) {
            method.addParameter(parameter.type(), parameter.name());
            arguments.add(", $N", parameter.name());
        }
        return method.addStatement("$Lconnector.$N($L)", returns.equals(TypeName.VOID) ? "" : "return ", target,
                arguments.build()).build();
    }

    private static TypeName listOf(Class<?> element) {
        return ParameterizedTypeName.get(List.class, element);
    }

    private static CodeBlock optional(Optional<String> value) {
        return value.map(text -> CodeBlock.of("$T.of($S)", Optional.class, text)).orElse(CodeBlock.of("$T.empty()", Optional.class));
    }

    private static CodeBlock strings(List<String> values) {
        return collection(List.class, values.stream().map(value -> CodeBlock.of("$S", value)).toList());
    }

    /** {@code List.of(E.A, E.B)} or {@code Set.of(...)}; a set's constants in declaration order. */
    private static CodeBlock constants(Class<?> type, Collection<? extends Enum<?>> values, boolean sort) {
        Stream<? extends Enum<?>> ordered = sort ? values.stream().sorted(Comparator.comparingInt(Enum::ordinal)) : values.stream();
        return collection(type, ordered.map(value -> CodeBlock.of("$T.$L", value.getDeclaringClass(), value.name())).toList());
    }

    private static CodeBlock collection(Class<?> type, List<CodeBlock> elements) {
        return CodeBlock.of("$T.of($L)", type, CodeBlock.join(elements, ", "));
    }

    /** {@code List.of()} or {@code List.of(\n a,\n b)}, one element per line. */
    private static CodeBlock listOfBlocks(List<CodeBlock> elements) {
        if (elements.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        return CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(elements, ",\n"));
    }
}
