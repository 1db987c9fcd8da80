package dev.dovetail.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, with its severity: one catalogue, so that wording stays
 * consistent and each message says how to fix what it reports. Arguments are {@link String#format}
 * arguments.
 */
enum Message {
    // The connector class.
    CONNECTOR_NOT_A_CLASS("@Connector applies to a class, but %s is %s"),
    CONNECTOR_NOT_PUBLIC("connector class %s must be public: hosts create it from its descriptor"),
    CONNECTOR_ABSTRACT("connector class %s must not be abstract: a new instance is created for every session"),
    CONNECTOR_INNER("connector class %s is an inner class; declare it static (or top-level) so that it can be"
            + " created without an enclosing instance"),
    CONNECTOR_LOCAL("connector class %s must be top-level or a static nested class, not local or anonymous"),
    CONNECTOR_IN_PRIVATE_CLASS("connector class %s is nested in the private class %s; the generated descriptor"
            + " cannot reach it"),
    CONNECTOR_GENERIC("connector class %s must not declare type parameters: hosts create it with new %s()"),
    CONNECTOR_NO_CONSTRUCTOR("connector class %s needs a public constructor without parameters: a new instance"
            + " is created for every session"),
    CONNECTOR_NAME_INVALID("connector name '%s' must match %s: lower-case letters, digits and dashes, starting with"
            + " a letter (Spark's short name is dovetail-<name>)"),

    // The role methods.
    ROLE_MISSING("connector %s has no %s method; add one: %s"),
    ROLE_DUPLICATE("connector %s has two %s methods, %s and %s; keep exactly one"),
    METHOD_TWO_ROLES("method %s has both %s and %s; each annotated method has exactly one role"),
    METHOD_NOT_PUBLIC("%s method %s must be public: the generated descriptor calls it"),
    METHOD_STATIC("%s method %s must not be static: it is called on the connector instance of the session"),
    METHOD_GENERIC("%s method %s must not declare type parameters"),
    METHOD_PARAMETER_COUNT("%s method %s takes %d parameter(s) but must have the signature %s"),
    METHOD_PARAMETER_TYPE("parameter %s of %s method %s has type %s but must have type %s; the signature is %s"),
    METHOD_RETURN_TYPE("%s method %s returns %s but must return %s; the signature is %s"),
    METADATA_SIGNATURE("@Metadata method %s takes %d parameter(s); a @Metadata method either lists entities,"
            + " %s, or describes one, %s"),
    SESSION_TYPE_INVALID("@Credentials method %s must return the session object the other methods receive,"
            + " a class or interface type, not %s"),
    SESSION_TYPE_MISMATCH("the session parameter %s of %s method %s has type %s, but the @Credentials method %s"
            + " returns %s; declare the parameter with exactly that type"),
    TYPE_INACCESSIBLE("%s %s is private or nested in a private type; the generated descriptor in package '%s'"
            + " cannot use it"),

    // The settings record.
    SETTINGS_NOT_ANNOTATED("parameter %s of @Credentials method %s has type %s, which is not annotated @Settings;"
            + " the first parameter is the connector's settings record, annotate it with @Settings"),
    SETTINGS_NOT_A_RECORD("@Settings type %s must be a record, with one component per setting"),
    SETTINGS_GENERIC("@Settings record %s must not declare type parameters"),
    SETTING_UNSUPPORTED_TYPE("setting component %s has the unsupported type %s; use one of %s"),
    SETTING_NAME_INVALID("setting name '%s' of component %s must match %s"),
    SETTING_NAME_DUPLICATE("setting name '%s' of component %s repeats the name '%s' of component %s;"
            + " names match ignoring case, so give each setting its own name"),
    SETTING_NAME_RUNTIME_KEY("setting name '%s' of component %s is the runtime option '%s', which the runtime"
            + " interprets itself for every connector; choose another name"),
    SETTING_NAME_CREDENTIAL_KEY("setting name '%s' of component %s is the credential key '%s' of authentication"
            + " type %s; credentials reach the @Credentials method as its Credentials parameter, so choose another"
            + " name"),
    SETTING_NEITHER_REQUIRED_NOR_DEFAULTED("setting '%s' has the non-optional type %s but is neither required nor"
            + " defaulted; declare the component as %s, give @Setting(defaultValue = \"...\"), or set"
            + " @Setting(required = true)"),
    SETTING_OPTIONAL_REQUIRED("setting '%s' has the optional type %s and so cannot be required; declare the"
            + " component as %s or drop required = true"),
    SETTING_OPTIONAL_DEFAULT("setting '%s' has the optional type %s and so cannot have a default; declare the"
            + " component as %s to keep the default"),
    SETTING_REQUIRED_WITH_DEFAULT("setting '%s' is required and has the default '%s'; a default applies only when"
            + " the option is absent, so keep one of them"),
    SETTING_DEFAULT_UNPARSABLE("the default '%s' of setting '%s' is not %s"),
    SETTING_DEFAULT_NOT_ALLOWED("the default '%s' of setting '%s' is not one of its allowed values %s"),
    SETTING_ALLOWED_VALUE_UNPARSABLE("the allowed value '%s' of setting '%s' is not %s"),
    SETTING_SECRET_TYPE("setting '%s' is secret but has type %s; declare the component as Secret or"
            + " Optional<Secret> so that the record's toString cannot print it"),

    // Authentication.
    AUTH_NO_TYPES("@Credentials method %s accepts no authentication type; list at least one (AuthType.NONE for"
            + " none)"),
    AUTH_OAUTH2_MISSING("@Credentials method %s accepts OAUTH2 but gives %d @OAuth2 defaults; give exactly one:"
            + " oauth2 = @OAuth2(tokenUrls = ...)"),
    AUTH_OAUTH2_UNUSED("@Credentials method %s gives @OAuth2 defaults but does not accept OAUTH2; add AuthType.OAUTH2"
            + " to its value or remove oauth2"),
    AUTH_OAUTH2_NO_GRANTS("the @OAuth2 defaults of @Credentials method %s list no grant type; list at least one"),
    AUTH_CUSTOM_MISSING("@Credentials method %s accepts CUSTOM but declares no scheme; add custom = @CustomAuth(...)"),
    AUTH_CUSTOM_UNUSED("@Credentials method %s declares @CustomAuth schemes but does not accept CUSTOM; add"
            + " AuthType.CUSTOM to its value or remove custom"),
    AUTH_CUSTOM_NO_PARAMETERS("custom authentication '%s' of @Credentials method %s declares no parameters;"
            + " add at least one @AuthParameter"),

    // Writing.
    WRITE_NO_OPERATIONS("@WriteOperation method %s lists no operation; list at least one WriteOperationType"),

    // The processor itself.
    UNDEFINED_TYPES("could not generate the descriptor of connector %s because it references undefined types (%s);"
            + " fix those first, or make sure whatever generates them runs"),
    WRITE_FAILED("could not write %s: %s"),
    GENERATORS_NOT_LOADED("could not load the host glue generators (%s): %s"),
    PROCESSOR_FAILED("dev.dovetail processor failed on %s: %s");

    private final Diagnostic.Kind kind;
    private final String format;

    Message(String format) {
        this(Diagnostic.Kind.ERROR, format);
    }

    Message(Diagnostic.Kind kind, String format) {
        this.kind = kind;
        this.format = format;
    }

    /** The severity the message is reported with. */
    Diagnostic.Kind kind() {
        return kind;
    }

    /** The message's text with {@code args} filled in. */
    String format(Object... args) {
        return String.format(format, args);
    }
}
