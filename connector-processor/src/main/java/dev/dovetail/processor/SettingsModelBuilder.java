package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingScope;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.option.StandardOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

import static java.util.Objects.requireNonNull;

/**
 * Validates a connector's {@code @Settings} record and builds its {@link SettingsModel}: supported
 * component types, unique names that clash with no runtime or credential key, coherent
 * required/default/optional declarations, defaults that parse and are allowed, secrets typed as
 * {@link Secret}. Each problem is reported on its component.
 */
final class SettingsModelBuilder {
    /** The pattern a setting name must match. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private final Elements elements;
    private final Reporter reporter;

    SettingsModelBuilder(Elements elements, Reporter reporter) {
        this.elements = requireNonNull(elements, "elements is null");
        this.reporter = requireNonNull(reporter, "reporter is null");
    }

    /**
     * The model of {@code record}, or empty after reporting its problems.
     *
     * @param from the package of the generated descriptor, which must be able to name the types
     * @param authentication the connector's authentication, if valid, whose credential keys settings must avoid
     */
    Optional<SettingsModel> build(TypeElement record, PackageElement from, Optional<AuthenticationSpec> authentication) {
        int errors = reporter.errorCount();
        AnnotationMirror settings = AnnotationReader.mirror(record, Settings.class.getCanonicalName()).orElseThrow();
        if (record.getKind() != ElementKind.RECORD) {
            reporter.report(Message.SETTINGS_NOT_A_RECORD, record, settings, record.getQualifiedName());
            return Optional.empty();
        }
        if (!record.getTypeParameters().isEmpty()) {
            reporter.report(Message.SETTINGS_GENERIC, record, settings, record.getQualifiedName());
        }
        Accessibility.inaccessible(record, from, elements).ifPresent(type -> reporter.report(
                Message.TYPE_INACCESSIBLE, record, "@Settings record", type.getQualifiedName(), from.getQualifiedName()));

        Map<String, RecordComponentElement> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<SettingModel> models = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            component(component, from, authentication, names).ifPresent(models::add);
        }
        return reporter.errorCount() > errors ? Optional.empty() : Optional.of(new SettingsModel(record, models));
    }

    private Optional<SettingModel> component(RecordComponentElement component, PackageElement from,
            Optional<AuthenticationSpec> authentication, Map<String, RecordComponentElement> names) {
        int errors = reporter.errorCount();
        TypeMirror type = component.asType();
        Optional<SettingKind> kind = kindOf(type);
        if (kind.isEmpty()) {
            reporter.report(Message.SETTING_UNSUPPORTED_TYPE, component, component.getSimpleName(),
                    Descriptions.type(type), SettingKind.SUPPORTED);
            return Optional.empty();
        }
        Optional<TypeElement> enumType = kind.get().isEnum() ? Optional.of(enumElement(type)) : Optional.empty();
        enumType.flatMap(element -> Accessibility.inaccessible(element, from, elements)).ifPresent(inaccessible ->
                reporter.report(Message.TYPE_INACCESSIBLE, component, "enum", inaccessible.getQualifiedName(),
                        from.getQualifiedName()));

        Optional<AnnotationReader> setting = AnnotationReader.find(component, Setting.class, elements);
        String componentName = component.getSimpleName().toString();
        String name = setting.map(s -> s.string("name")).filter(n -> !n.isEmpty()).orElse(componentName);
        checkName(component, name, authentication, names);

        boolean required = setting.map(s -> s.bool("required")).orElse(!kind.get().optional());
        Optional<String> defaultValue = setting.map(s -> s.string("defaultValue")).filter(v -> !v.equals(Setting.NO_DEFAULT));
        checkPresence(component, name, kind.get(), type, required, defaultValue);

        SettingType settingType = kind.get().settingType();
        List<String> allowed = setting.map(s -> s.strings("allowedValues")).orElse(List.of());
        List<String> constants = enumType.map(SettingsModelBuilder::constants).orElse(List.of());
        for (String value : allowed) {
            if (!settingType.accepts(value) || enumType.isPresent() && !containsIgnoringCase(constants, value)) {
                reporter.report(Message.SETTING_ALLOWED_VALUE_UNPARSABLE, component, value, name,
                        enumType.isPresent() ? "a constant of " + enumType.get().getSimpleName() + " " + constants
                                : settingType.expectation());
            }
        }
        if (allowed.isEmpty()) {
            allowed = constants;
        }
        if (defaultValue.isPresent()) {
            String value = defaultValue.get();
            if (!settingType.accepts(value)) {
                reporter.report(Message.SETTING_DEFAULT_UNPARSABLE, component, value, name, settingType.expectation());
            } else if (!allowed.isEmpty() && !containsIgnoringCase(allowed, value)) {
                reporter.report(Message.SETTING_DEFAULT_NOT_ALLOWED, component, value, name, allowed);
            }
        }

        boolean secret = setting.map(s -> s.bool("secret")).orElse(false);
        if (secret && !kind.get().secret()) {
            reporter.report(Message.SETTING_SECRET_TYPE, component, name, Descriptions.type(type));
        }
        if (reporter.errorCount() > errors) {
            return Optional.empty();
        }

        SettingDefinition.Builder definition = SettingDefinition.builder(name, settingType)
                .label(setting.map(s -> s.string("label")).filter(label -> !label.isEmpty()).orElse(name))
                .required(required)
                .secret(secret || kind.get().secret())
                .scope(setting.map(s -> s.enumConstant("scope", SettingScope.class)).orElse(SettingScope.CONNECTION))
                .allowedValues(allowed);
        setting.map(s -> s.string("description")).filter(description -> !description.isEmpty())
                .ifPresent(definition::description);
        defaultValue.ifPresent(definition::defaultValue);
        return Optional.of(new SettingModel(component, TypeName.get(type), kind.get(), enumType.map(ClassName::get),
                definition.build()));
    }

    private void checkName(RecordComponentElement component, String name, Optional<AuthenticationSpec> authentication,
            Map<String, RecordComponentElement> names) {
        if (!NAME.matcher(name).matches()) {
            reporter.report(Message.SETTING_NAME_INVALID, component, name, component.getSimpleName(), NAME.pattern());
            return;
        }
        RecordComponentElement previous = names.putIfAbsent(name, component);
        if (previous != null) {
            String previousName = names.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
            reporter.report(Message.SETTING_NAME_DUPLICATE, component, name, component.getSimpleName(), previousName,
                    previous.getSimpleName());
            return;
        }
        if (StandardOptions.isRuntimeKey(name)) {
            String key = StandardOptions.runtimeKeys().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
            reporter.report(Message.SETTING_NAME_RUNTIME_KEY, component, name, component.getSimpleName(), key);
            return;
        }
        authentication.ifPresent(spec -> {
            for (AuthType type : spec.types()) {
                for (String key : type.keys()) {
                    if (key.equalsIgnoreCase(name)) {
                        reporter.report(Message.SETTING_NAME_CREDENTIAL_KEY, component, name, component.getSimpleName(),
                                key, type);
                        return;
                    }
                }
            }
            for (CustomAuthSpec scheme : spec.custom()) {
                scheme.parameters().stream().filter(parameter -> parameter.key().equalsIgnoreCase(name)).findFirst()
                        .ifPresent(parameter -> reporter.report(Message.SETTING_NAME_CREDENTIAL_KEY, component, name,
                                component.getSimpleName(), parameter.key(), "CUSTOM '" + scheme.type() + "'"));
            }
        });
    }

    private void checkPresence(RecordComponentElement component, String name, SettingKind kind, TypeMirror type,
            boolean required, Optional<String> defaultValue) {
        if (kind.optional()) {
            if (required) {
                reporter.report(Message.SETTING_OPTIONAL_REQUIRED, component, name, Descriptions.type(type),
                        nonOptionalForm(kind, type));
            }
            if (defaultValue.isPresent()) {
                reporter.report(Message.SETTING_OPTIONAL_DEFAULT, component, name, Descriptions.type(type),
                        nonOptionalForm(kind, type));
            }
        } else if (required && defaultValue.isPresent()) {
            reporter.report(Message.SETTING_REQUIRED_WITH_DEFAULT, component, name, defaultValue.get());
        } else if (!required && defaultValue.isEmpty()) {
            reporter.report(Message.SETTING_NEITHER_REQUIRED_NOR_DEFAULTED, component, name, Descriptions.type(type),
                    optionalForm(kind, type));
        }
    }

    /** The kind of a supported component type, or empty. */
    private Optional<SettingKind> kindOf(TypeMirror type) {
        switch (type.getKind()) {
            case INT:
                return Optional.of(SettingKind.INT);
            case LONG:
                return Optional.of(SettingKind.LONG);
            case DOUBLE:
                return Optional.of(SettingKind.DOUBLE);
            case BOOLEAN:
                return Optional.of(SettingKind.BOOLEAN);
            case DECLARED:
                break;
            default:
                return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(SettingKind.ENUM);
        }
        String name = element.getQualifiedName().toString();
        if (name.equals(Optional.class.getName())) {
            if (declared.getTypeArguments().size() != 1 || !(declared.getTypeArguments().get(0) instanceof DeclaredType value)) {
                return Optional.empty();
            }
            TypeElement valueElement = (TypeElement) value.asElement();
            if (valueElement.getKind() == ElementKind.ENUM) {
                return Optional.of(SettingKind.OPTIONAL_ENUM);
            }
            return switch (valueElement.getQualifiedName().toString()) {
                case "java.lang.String" -> Optional.of(SettingKind.OPTIONAL_STRING);
                case "java.lang.Boolean" -> Optional.of(SettingKind.OPTIONAL_BOOLEAN);
                case "dev.dovetail.api.option.Secret" -> Optional.of(SettingKind.OPTIONAL_SECRET);
                default -> Optional.empty();
            };
        }
        if (name.equals(String.class.getName())) {
            return Optional.of(SettingKind.STRING);
        }
        if (name.equals(Secret.class.getName())) {
            return Optional.of(SettingKind.SECRET);
        }
        if (name.equals(OptionalInt.class.getName())) {
            return Optional.of(SettingKind.OPTIONAL_INT);
        }
        if (name.equals(OptionalLong.class.getName())) {
            return Optional.of(SettingKind.OPTIONAL_LONG);
        }
        if (name.equals(OptionalDouble.class.getName())) {
            return Optional.of(SettingKind.OPTIONAL_DOUBLE);
        }
        return Optional.empty();
    }

    /** The enum of an {@code ENUM} or {@code OPTIONAL_ENUM} component type. */
    private static TypeElement enumElement(TypeMirror type) {
        DeclaredType declared = (DeclaredType) type;
        if (declared.asElement().getKind() == ElementKind.ENUM) {
            return (TypeElement) declared.asElement();
        }
        return (TypeElement) ((DeclaredType) declared.getTypeArguments().get(0)).asElement();
    }

    private static List<String> constants(TypeElement enumType) {
        return ElementFilter.fieldsIn(enumType.getEnclosedElements()).stream()
                .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT)
                .map(field -> field.getSimpleName().toString())
                .toList();
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        return values.stream().anyMatch(candidate -> candidate.equalsIgnoreCase(value.trim()));
    }

    /** How to declare the component to make it optional, for messages. */
    private static String optionalForm(SettingKind kind, TypeMirror type) {
        return switch (kind) {
            case INT -> "OptionalInt";
            case LONG -> "OptionalLong";
            case DOUBLE -> "OptionalDouble";
            case BOOLEAN -> "Optional<Boolean>";
            default -> "Optional<" + Descriptions.type(type) + ">";
        };
    }

    /** How to declare the component to make it non-optional, for messages. */
    private static String nonOptionalForm(SettingKind kind, TypeMirror type) {
        return switch (kind) {
            case OPTIONAL_INT -> "int";
            case OPTIONAL_LONG -> "long";
            case OPTIONAL_DOUBLE -> "double";
            case OPTIONAL_BOOLEAN -> "boolean";
            default -> Descriptions.type(((DeclaredType) type).getTypeArguments().get(0));
        };
    }
}
