package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

import dev.dovetail.api.option.SettingDefinition;

import java.util.Optional;

import javax.lang.model.element.RecordComponentElement;

import static java.util.Objects.requireNonNull;

/**
 * One validated component of a connector's settings record: the definition hosts validate options
 * against, and how the generated descriptor reads the component's value.
 */
public final class SettingModel {
    private final RecordComponentElement element;
    private final TypeName javaType;
    private final SettingKind kind;
    private final Optional<ClassName> enumType;
    private final SettingDefinition definition;

    SettingModel(RecordComponentElement element, TypeName javaType, SettingKind kind, Optional<ClassName> enumType,
            SettingDefinition definition) {
        this.element = requireNonNull(element, "element is null");
        this.javaType = requireNonNull(javaType, "javaType is null");
        this.kind = requireNonNull(kind, "kind is null");
        this.enumType = requireNonNull(enumType, "enumType is null");
        this.definition = requireNonNull(definition, "definition is null");
        if (kind.isEnum() != enumType.isPresent()) {
            throw new IllegalArgumentException("an enum type is given exactly for enum settings");
        }
    }

    /** The record component. */
    public RecordComponentElement element() {
        return element;
    }

    /** The component's name. */
    public String componentName() {
        return element.getSimpleName().toString();
    }

    /** The option name, as declared ({@code @Setting(name)} or the component's name). */
    public String name() {
        return definition.name();
    }

    /** The component's Java type. */
    public TypeName javaType() {
        return javaType;
    }

    /** Which supported type the component has. */
    public SettingKind kind() {
        return kind;
    }

    /** The enum class, for {@link SettingKind#ENUM} and {@link SettingKind#OPTIONAL_ENUM}. */
    public Optional<ClassName> enumType() {
        return enumType;
    }

    /** The setting's definition, exactly as the generated descriptor declares it. */
    public SettingDefinition definition() {
        return definition;
    }

    @Override
    public String toString() {
        return "SettingModel[" + componentName() + " " + javaType + " -> " + definition + "]";
    }
}
