package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;

import dev.dovetail.api.option.SettingDefinition;

import java.util.List;

import javax.lang.model.element.TypeElement;

import static java.util.Objects.requireNonNull;

/** A connector's validated {@code @Settings} record: its class and its settings in component order. */
public final class SettingsModel {
    private final TypeElement element;
    private final List<SettingModel> settings;

    SettingsModel(TypeElement element, List<SettingModel> settings) {
        this.element = requireNonNull(element, "element is null");
        this.settings = List.copyOf(settings);
    }

    /** The record type. */
    public TypeElement element() {
        return element;
    }

    /** The record's class name. */
    public ClassName recordClass() {
        return ClassName.get(element);
    }

    /** The settings, one per record component, in component order. */
    public List<SettingModel> settings() {
        return settings;
    }

    /** The settings' definitions, in component order. */
    public List<SettingDefinition> definitions() {
        return settings.stream().map(SettingModel::definition).toList();
    }
}
