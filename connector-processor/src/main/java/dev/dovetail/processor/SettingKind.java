package dev.dovetail.processor;

import dev.dovetail.api.option.SettingType;

/**
 * The supported Java types of a settings record component, each with the {@code SettingValues} getter
 * that reads it and the {@link SettingType} its option text must parse as.
 */
public enum SettingKind {
    /** {@code String}. */
    STRING(SettingType.STRING, "string"),
    /** {@code Secret}. */
    SECRET(SettingType.STRING, "secret"),
    /** {@code int}. */
    INT(SettingType.INT, "intValue"),
    /** {@code long}. */
    LONG(SettingType.LONG, "longValue"),
    /** {@code double}. */
    DOUBLE(SettingType.DOUBLE, "doubleValue"),
    /** {@code boolean}. */
    BOOLEAN(SettingType.BOOLEAN, "booleanValue"),
    /** An enum, matched to its constants ignoring case. */
    ENUM(SettingType.STRING, "enumValue"),
    /** {@code Optional<String>}. */
    OPTIONAL_STRING(SettingType.STRING, "optionalString"),
    /** {@code Optional<Secret>}. */
    OPTIONAL_SECRET(SettingType.STRING, "optionalSecret"),
    /** {@code OptionalInt}. */
    OPTIONAL_INT(SettingType.INT, "optionalInt"),
    /** {@code OptionalLong}. */
    OPTIONAL_LONG(SettingType.LONG, "optionalLong"),
    /** {@code OptionalDouble}. */
    OPTIONAL_DOUBLE(SettingType.DOUBLE, "optionalDouble"),
    /** {@code Optional<Boolean>}. */
    OPTIONAL_BOOLEAN(SettingType.BOOLEAN, "optionalBoolean"),
    /** {@code Optional<}an enum{@code >}. */
    OPTIONAL_ENUM(SettingType.STRING, "optionalEnum");

    /** The supported types, as messages list them. */
    static final String SUPPORTED = "String, Secret, int, long, double, boolean, an enum, Optional<String>,"
            + " Optional<Secret>, Optional<Boolean>, Optional<an enum>, OptionalInt, OptionalLong, OptionalDouble";

    private final SettingType settingType;
    private final String getter;

    SettingKind(SettingType settingType, String getter) {
        this.settingType = settingType;
        this.getter = getter;
    }

    /** How the option's text must parse. */
    public SettingType settingType() {
        return settingType;
    }

    /** The name of the {@code dev.dovetail.api.option.SettingValues} method reading a value of this kind. */
    public String getter() {
        return getter;
    }

    /** Whether the value may be absent (an {@code Optional*} type). */
    public boolean optional() {
        return name().startsWith("OPTIONAL_");
    }

    /** Whether the value is a {@code Secret}, and so always secret. */
    public boolean secret() {
        return this == SECRET || this == OPTIONAL_SECRET;
    }

    /** Whether the value is an enum constant; its getter takes the enum's class too. */
    public boolean isEnum() {
        return this == ENUM || this == OPTIONAL_ENUM;
    }
}
