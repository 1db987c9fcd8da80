package dev.dovetail.processor;

import com.palantir.javapoet.TypeName;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Settings;
import dev.dovetail.api.WriteOperation;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import static java.util.Objects.requireNonNull;

/**
 * Validates a {@code @Connector} class against the connector contract and builds its
 * {@link ConnectorModel}. Every problem is reported, each on the element it is about, before giving up,
 * so that one compilation shows them all.
 */
final class ConnectorModelBuilder {
    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final SettingsModelBuilder settingsBuilder;
    private final AuthenticationReader authenticationReader;

    ConnectorModelBuilder(ProcessingEnvironment environment, Reporter reporter) {
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
        this.reporter = requireNonNull(reporter, "reporter is null");
        this.settingsBuilder = new SettingsModelBuilder(elements, reporter);
        this.authenticationReader = new AuthenticationReader(reporter);
    }

    /** The model of {@code type}, or empty after reporting why it is not a valid connector. */
    Optional<ConnectorModel> build(TypeElement type) {
        int errors = reporter.errorCount();
        AnnotationReader connector = AnnotationReader.find(type, Connector.class, elements).orElseThrow();
        if (type.getKind() != ElementKind.CLASS) {
            String kind = switch (type.getKind()) {
                case INTERFACE -> "an interface";
                case ENUM -> "an enum";
                case ANNOTATION_TYPE -> "an annotation type";
                case RECORD -> "a record";
                default -> type.getKind().toString();
            };
            reporter.report(Message.CONNECTOR_NOT_A_CLASS, type, type.getQualifiedName(), kind);
            return Optional.empty();
        }
        checkClass(type);
        String name = connector.string("name");
        if (!ConnectorInfo.NAME.matcher(name).matches()) {
            reporter.report(Message.CONNECTOR_NAME_INVALID, type, connector.mirror(), connector.value("name"), name,
                    ConnectorInfo.NAME.pattern());
        }

        Map<Role, ExecutableElement> methods = roleMethods(type);
        for (Role role : List.of(Role.CREDENTIALS, Role.LIST_ENTITIES, Role.DESCRIBE_ENTITY, Role.READ)) {
            if (!methods.containsKey(role)) {
                reporter.report(Message.ROLE_MISSING, type, type.getQualifiedName(), role.displayName(), role.signature());
            }
        }
        PackageElement pkg = elements.getPackageOf(type);
        ExecutableElement connect = methods.get(Role.CREDENTIALS);
        Connect signature = connect == null ? new Connect(Optional.empty(), Optional.empty(), false) : checkConnect(connect, pkg);
        checkSessionMethod(Role.LIST_ENTITIES, methods, signature, list(type(Entity.class)));
        checkSessionMethod(Role.DESCRIBE_ENTITY, methods, signature, type(EntitySchema.class), type(String.class));
        checkSessionMethod(Role.READ, methods, signature, types.getNoType(TypeKind.VOID),
                type(ReadRequest.class), type(RowSink.class));
        checkSessionMethod(Role.PARTITIONS, methods, signature, list(type(Split.class)), type(PartitionRequest.class));
        checkSessionMethod(Role.WRITE, methods, signature, type(WriteResult.class), type(WriteRequest.class));

        Optional<AuthenticationSpec> authentication = Optional.ofNullable(connect).flatMap(method ->
                authenticationReader.read(method, AnnotationReader.find(method, Credentials.class, elements).orElseThrow()));
        Optional<SettingsModel> settings = signature.settings().flatMap(record -> settingsBuilder.build(record, pkg, authentication));
        ReadCapabilities read = Optional.ofNullable(methods.get(Role.READ)).map(this::readCapabilities)
                .orElse(ReadCapabilities.none());
        WriteCapabilities write = Optional.ofNullable(methods.get(Role.WRITE)).map(this::writeCapabilities)
                .orElse(WriteCapabilities.none());

        if (reporter.errorCount() > errors) {
            return Optional.empty();
        }
        String description = connector.string("description");
        TypeMirror session = signature.session().orElseThrow();
        boolean autoCloseable = types.isAssignable(session, type(AutoCloseable.class));
        return Optional.of(ConnectorModel.builder()
                .element(type)
                .info(new ConnectorInfo(name, connector.string("version"), connector.string("owner"),
                        description.isEmpty() ? Optional.empty() : Optional.of(description),
                        elements.getBinaryName(type).toString()))
                .settings(settings.orElseThrow())
                .authentication(authentication.orElseThrow())
                .readCapabilities(read)
                .writeCapabilities(write)
                .session(TypeName.get(session), autoCloseable, closeExceptions(session, autoCloseable))
                .connectMethod(connect.getSimpleName().toString(), signature.takesCredentials())
                .listEntitiesMethod(methods.get(Role.LIST_ENTITIES).getSimpleName().toString())
                .describeEntityMethod(methods.get(Role.DESCRIBE_ENTITY).getSimpleName().toString())
                .readMethod(methods.get(Role.READ).getSimpleName().toString())
                .partitionsMethod(Optional.ofNullable(methods.get(Role.PARTITIONS)).map(m -> m.getSimpleName().toString()))
                .writeMethod(Optional.ofNullable(methods.get(Role.WRITE)).map(m -> m.getSimpleName().toString()))
                .build());
    }

    /** Public, concrete, top-level or static, not generic, with a public no-argument constructor. */
    private void checkClass(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            reporter.report(Message.CONNECTOR_NOT_PUBLIC, type, name);
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.report(Message.CONNECTOR_ABSTRACT, type, name);
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Message.CONNECTOR_INNER, type, name);
        } else if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            reporter.report(Message.CONNECTOR_LOCAL, type, name);
        }
        if (type.getNestingKind() == NestingKind.MEMBER) {
            Accessibility.inaccessible((TypeElement) type.getEnclosingElement(), elements.getPackageOf(type), elements)
                    .ifPresent(outer -> reporter.report(Message.CONNECTOR_IN_PRIVATE_CLASS, type, name, outer.getQualifiedName()));
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Message.CONNECTOR_GENERIC, type, name, type.getSimpleName());
        }
        // The implicit constructor of a class that is not public is not public either; that is reported above.
        boolean constructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && (c.getModifiers().contains(Modifier.PUBLIC)
                        || elements.getOrigin(c) == Elements.Origin.MANDATED));
        if (!constructor) {
            reporter.report(Message.CONNECTOR_NO_CONSTRUCTOR, type, name);
        }
    }

    /** The annotated method of each role, reporting methods with two roles and roles with two methods. */
    private Map<Role, ExecutableElement> roleMethods(TypeElement type) {
        Map<Role, ExecutableElement> found = new EnumMap<>(Role.class);
        for (ExecutableElement method : methods(type)) {
            List<Class<? extends Annotation>> annotations = Stream.of(Role.values()).map(Role::annotation).distinct()
                    .filter(annotation -> AnnotationReader.mirror(method, annotation.getCanonicalName()).isPresent())
                    .toList();
            if (annotations.isEmpty()) {
                continue;
            }
            if (annotations.size() > 1) {
                reporter.report(Message.METHOD_TWO_ROLES, method, Descriptions.method(method),
                        "@" + annotations.get(0).getSimpleName(), "@" + annotations.get(1).getSimpleName());
            }
            Role role = roleOf(annotations.get(0), method);
            checkModifiers(role, method);
            ExecutableElement previous = found.putIfAbsent(role, method);
            if (previous != null) {
                reporter.report(Message.ROLE_DUPLICATE, method, type.getQualifiedName(), role.displayName(),
                        Descriptions.method(previous), Descriptions.method(method));
            }
        }
        return found;
    }

    /** The class's own methods in declaration order, then those it inherits and does not override. */
    private List<ExecutableElement> methods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (TypeElement current = type; current != null; current = superclass(current)) {
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                if (methods.stream().noneMatch(existing -> elements.overrides(existing, method, type))) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (!(superclass instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        return element.getQualifiedName().contentEquals(Object.class.getName()) ? null : element;
    }

    /** The role of a method by its annotation; the two metadata roles are told apart by their parameters. */
    private Role roleOf(Class<? extends Annotation> annotation, ExecutableElement method) {
        for (Role role : Role.values()) {
            if (role.annotation() == annotation && role != Role.LIST_ENTITIES && role != Role.DESCRIBE_ENTITY) {
                return role;
            }
        }
        return switch (method.getParameters().size()) {
            case 1 -> Role.LIST_ENTITIES;
            case 2 -> Role.DESCRIBE_ENTITY;
            default -> types.isSameType(types.erasure(method.getReturnType()), types.erasure(type(List.class)))
                    ? Role.LIST_ENTITIES : Role.DESCRIBE_ENTITY;
        };
    }

    private void checkModifiers(Role role, ExecutableElement method) {
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            reporter.report(Message.METHOD_NOT_PUBLIC, method, role.annotationName(), Descriptions.method(method));
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Message.METHOD_STATIC, method, role.annotationName(), Descriptions.method(method));
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.report(Message.METHOD_GENERIC, method, role.annotationName(), Descriptions.method(method));
        }
    }

    /** What the {@code @Credentials} method declares: the session type, the settings record, the credentials. */
    private record Connect(Optional<TypeMirror> session, Optional<TypeElement> settings, boolean takesCredentials) {
    }

    private Connect checkConnect(ExecutableElement connect, PackageElement pkg) {
        String method = Descriptions.method(connect);
        TypeMirror returned = connect.getReturnType();
        Optional<TypeMirror> session = Optional.empty();
        if (returned.getKind() == TypeKind.DECLARED || returned.getKind() == TypeKind.ARRAY) {
            session = Optional.of(returned);
            Accessibility.inaccessible(returned, pkg, elements).ifPresent(type -> reporter.report(
                    Message.TYPE_INACCESSIBLE, connect, "session type", type.getQualifiedName(), pkg.getQualifiedName()));
        } else {
            reporter.report(Message.SESSION_TYPE_INVALID, connect, method, Descriptions.type(returned));
        }

        List<? extends VariableElement> parameters = connect.getParameters();
        if (parameters.isEmpty() || parameters.size() > 2) {
            reporter.report(Message.METHOD_PARAMETER_COUNT, connect, Role.CREDENTIALS.annotationName(), method,
                    parameters.size(), Role.CREDENTIALS.signature());
            return new Connect(session, Optional.empty(), false);
        }
        VariableElement settingsParameter = parameters.get(0);
        Optional<TypeElement> settings = Optional.empty();
        if (settingsParameter.asType() instanceof DeclaredType declared
                && AnnotationReader.mirror(declared.asElement(), Settings.class.getCanonicalName()).isPresent()) {
            settings = Optional.of((TypeElement) declared.asElement());
        } else {
            reporter.report(Message.SETTINGS_NOT_ANNOTATED, settingsParameter, settingsParameter.getSimpleName(), method,
                    Descriptions.type(settingsParameter.asType()));
        }
        if (parameters.size() == 2) {
            checkParameter(Role.CREDENTIALS, connect, parameters.get(1), type(dev.dovetail.api.auth.ResolvedCredentials.class));
        }
        return new Connect(session, settings, parameters.size() == 2);
    }

    /** Checks a method taking the session first, then {@code others}, and returning {@code returns}. */
    private void checkSessionMethod(Role role, Map<Role, ExecutableElement> methods, Connect connect,
            TypeMirror returns, TypeMirror... others) {
        ExecutableElement method = methods.get(role);
        if (method == null) {
            return;
        }
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.size() != 1 + others.length) {
            reporter.report(Message.METHOD_PARAMETER_COUNT, method, role.annotationName(), Descriptions.method(method),
                    parameters.size(), role.signature());
        } else {
            VariableElement session = parameters.get(0);
            if (connect.session().isPresent() && !types.isSameType(session.asType(), connect.session().get())) {
                ExecutableElement credentials = methods.get(Role.CREDENTIALS);
                reporter.report(Message.SESSION_TYPE_MISMATCH, session, session.getSimpleName(), role.annotationName(),
                        Descriptions.method(method), Descriptions.type(session.asType()), Descriptions.method(credentials),
                        Descriptions.type(connect.session().get()));
            }
            for (int i = 0; i < others.length; i++) {
                checkParameter(role, method, parameters.get(i + 1), others[i]);
            }
        }
        TypeMirror returned = method.getReturnType();
        boolean matches = returns.getKind() == TypeKind.VOID
                ? returned.getKind() == TypeKind.VOID
                : types.isSameType(returned, returns);
        if (!matches) {
            reporter.report(Message.METHOD_RETURN_TYPE, method, role.annotationName(), Descriptions.method(method),
                    Descriptions.type(returned), Descriptions.type(returns), role.signature());
        }
    }

    private void checkParameter(Role role, ExecutableElement method, VariableElement parameter, TypeMirror expected) {
        if (!types.isSameType(parameter.asType(), expected)) {
            reporter.report(Message.METHOD_PARAMETER_TYPE, parameter, parameter.getSimpleName(), role.annotationName(),
                    Descriptions.method(method), Descriptions.type(parameter.asType()), Descriptions.type(expected),
                    role.signature());
        }
    }

    /**
     * The exceptions the session's {@code close()} declares, so that the generated session's declares no
     * more (javac's lint warns about an {@code AutoCloseable} whose close may throw InterruptedException).
     * {@code Exception} if that cannot be told for sure.
     */
    private List<TypeName> closeExceptions(TypeMirror session, boolean autoCloseable) {
        if (!autoCloseable || !(session instanceof DeclaredType declared)) {
            return List.of();
        }
        List<ExecutableElement> closes = ElementFilter.methodsIn(elements.getAllMembers((TypeElement) declared.asElement()))
                .stream()
                .filter(method -> method.getSimpleName().contentEquals("close") && method.getParameters().isEmpty()
                        && !method.getModifiers().contains(Modifier.STATIC))
                .toList();
        if (closes.size() != 1) {
            return List.of(TypeName.get(Exception.class));
        }
        ExecutableType close = (ExecutableType) types.asMemberOf(declared, closes.get(0));
        return close.getThrownTypes().stream().map(TypeName::get).toList();
    }

    private ReadCapabilities readCapabilities(ExecutableElement method) {
        AnnotationReader read = AnnotationReader.find(method, ReadOperation.class, elements).orElseThrow();
        EnumSet<PredicateOperator> filters = EnumSet.noneOf(PredicateOperator.class);
        filters.addAll(read.enumConstants("filters", PredicateOperator.class));
        return new ReadCapabilities(read.bool("projection"), read.bool("limit"), filters);
    }

    private WriteCapabilities writeCapabilities(ExecutableElement method) {
        AnnotationReader write = AnnotationReader.find(method, WriteOperation.class, elements).orElseThrow();
        List<WriteOperationType> operations = write.enumConstants("value", WriteOperationType.class);
        if (operations.isEmpty()) {
            reporter.report(Message.WRITE_NO_OPERATIONS, method, write.mirror(), write.value("value"),
                    Descriptions.method(method));
            return WriteCapabilities.none();
        }
        EnumSet<WriteOperationType> set = EnumSet.noneOf(WriteOperationType.class);
        set.addAll(operations);
        return new WriteCapabilities(set, write.bool("allOrNone"), write.bool("truncate"));
    }

    private TypeMirror type(Class<?> type) {
        TypeElement element = elements.getTypeElement(type.getCanonicalName());
        if (element == null) {
            throw new IllegalStateException(type.getCanonicalName() + " is not on the compile classpath");
        }
        return types.erasure(element.asType());
    }

    private TypeMirror list(TypeMirror element) {
        return types.getDeclaredType(elements.getTypeElement(List.class.getCanonicalName()), element);
    }
}
