package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.TypeElement;

import static java.util.Objects.requireNonNull;

/**
 * A validated {@code @Connector} class: everything the descriptor and the host glue generators need,
 * as an immutable view. Constants (info, settings, authentication, capabilities) are the API's own
 * values, built at compile time exactly as the generated descriptor builds them at run time.
 *
 * <p>Generated classes are named after the connector: {@link #generatedClass(String)} appends a suffix to
 * the connector's binary name, so {@code p.X} gives {@code p.XDescriptor} and a nested {@code p.Outer.X}
 * gives the top-level {@code p.Outer$XDescriptor}, which is what
 * {@link ConnectorDescriptors#forClass(Class)} loads.
 */
public final class ConnectorModel {
    private final TypeElement element;
    private final ConnectorInfo info;
    private final SettingsModel settings;
    private final AuthenticationSpec authentication;
    private final ReadCapabilities readCapabilities;
    private final WriteCapabilities writeCapabilities;
    private final TypeName sessionType;
    private final boolean sessionAutoCloseable;
    private final List<TypeName> sessionCloseExceptions;
    private final String connectMethod;
    private final boolean connectTakesCredentials;
    private final String listEntitiesMethod;
    private final String describeEntityMethod;
    private final String readMethod;
    private final Optional<String> partitionsMethod;
    private final Optional<String> writeMethod;

    private ConnectorModel(Builder builder) {
        this.element = requireNonNull(builder.element, "element is null");
        this.info = requireNonNull(builder.info, "info is null");
        this.settings = requireNonNull(builder.settings, "settings is null");
        this.authentication = requireNonNull(builder.authentication, "authentication is null");
        this.readCapabilities = requireNonNull(builder.readCapabilities, "readCapabilities is null");
        this.writeCapabilities = requireNonNull(builder.writeCapabilities, "writeCapabilities is null");
        this.sessionType = requireNonNull(builder.sessionType, "sessionType is null");
        this.sessionAutoCloseable = builder.sessionAutoCloseable;
        this.sessionCloseExceptions = List.copyOf(builder.sessionCloseExceptions);
        this.connectMethod = requireNonNull(builder.connectMethod, "connectMethod is null");
        this.connectTakesCredentials = builder.connectTakesCredentials;
        this.listEntitiesMethod = requireNonNull(builder.listEntitiesMethod, "listEntitiesMethod is null");
        this.describeEntityMethod = requireNonNull(builder.describeEntityMethod, "describeEntityMethod is null");
        this.readMethod = requireNonNull(builder.readMethod, "readMethod is null");
        this.partitionsMethod = requireNonNull(builder.partitionsMethod, "partitionsMethod is null");
        this.writeMethod = requireNonNull(builder.writeMethod, "writeMethod is null");
        if (writeMethod.isPresent() != writeCapabilities.writes()) {
            throw new IllegalArgumentException("write capabilities are declared exactly when there is a write method");
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** The annotated class; the originating element of everything generated for it. */
    public TypeElement element() {
        return element;
    }

    /** The connector class. */
    public ClassName connectorClass() {
        return ClassName.get(element);
    }

    /** The generated descriptor class, {@code <connector>Descriptor}. */
    public ClassName descriptorClass() {
        return generatedClass(ConnectorDescriptors.SUFFIX);
    }

    /**
     * The top-level class generated for this connector with {@code suffix}, in the connector's package:
     * {@code XSparkSource} for {@code p.X}, {@code Outer$XSparkSource} for {@code p.Outer.X}.
     */
    public ClassName generatedClass(String suffix) {
        ClassName connector = connectorClass();
        return ClassName.get(connector.packageName(), String.join("$", connector.simpleNames()) + suffix);
    }

    /** The connector's short name, from {@code @Connector(name)}. */
    public String name() {
        return info.name();
    }

    /** The connector's identity, as its descriptor returns it. */
    public ConnectorInfo info() {
        return info;
    }

    /** The settings record and its settings. */
    public SettingsModel settings() {
        return settings;
    }

    /** How the connector authenticates, as its descriptor returns it. */
    public AuthenticationSpec authentication() {
        return authentication;
    }

    /** What its read operation pushes down. */
    public ReadCapabilities readCapabilities() {
        return readCapabilities;
    }

    /** What its write operation supports; {@link WriteCapabilities#none()} without one. */
    public WriteCapabilities writeCapabilities() {
        return writeCapabilities;
    }

    /** Whether it has a {@code @Partitions} method. */
    public boolean plansOwnSplits() {
        return partitionsMethod.isPresent();
    }

    /** The session type: what the {@code @Credentials} method returns and the other methods receive. */
    public TypeName sessionType() {
        return sessionType;
    }

    /** Whether the session type is {@link AutoCloseable}, so that closing a session closes it. */
    public boolean sessionAutoCloseable() {
        return sessionAutoCloseable;
    }

    /** The checked exceptions the session's {@code close()} declares, for the generated session's. */
    List<TypeName> sessionCloseExceptions() {
        return sessionCloseExceptions;
    }

    /** The name of the {@code @Credentials} method. */
    public String connectMethod() {
        return connectMethod;
    }

    /** Whether the {@code @Credentials} method takes the credentials as its second parameter. */
    public boolean connectTakesCredentials() {
        return connectTakesCredentials;
    }

    /** The name of the {@code @Metadata} method listing entities. */
    public String listEntitiesMethod() {
        return listEntitiesMethod;
    }

    /** The name of the {@code @Metadata} method describing an entity. */
    public String describeEntityMethod() {
        return describeEntityMethod;
    }

    /** The name of the {@code @ReadOperation} method. */
    public String readMethod() {
        return readMethod;
    }

    /** The name of the {@code @Partitions} method, if there is one. */
    public Optional<String> partitionsMethod() {
        return partitionsMethod;
    }

    /** The name of the {@code @WriteOperation} method, if there is one. */
    public Optional<String> writeMethod() {
        return writeMethod;
    }

    @Override
    public String toString() {
        return "ConnectorModel[" + info.name() + " " + connectorClass() + "]";
    }

    /** Collects a model's parts; package-private, as only the processor builds models. */
    static final class Builder {
        private TypeElement element;
        private ConnectorInfo info;
        private SettingsModel settings;
        private AuthenticationSpec authentication;
        private ReadCapabilities readCapabilities;
        private WriteCapabilities writeCapabilities = WriteCapabilities.none();
        private TypeName sessionType;
        private boolean sessionAutoCloseable;
        private List<TypeName> sessionCloseExceptions = List.of();
        private String connectMethod;
        private boolean connectTakesCredentials;
        private String listEntitiesMethod;
        private String describeEntityMethod;
        private String readMethod;
        private Optional<String> partitionsMethod = Optional.empty();
        private Optional<String> writeMethod = Optional.empty();

        private Builder() {
        }

        Builder element(TypeElement value) {
            this.element = value;
            return this;
        }

        Builder info(ConnectorInfo value) {
            this.info = value;
            return this;
        }

        Builder settings(SettingsModel value) {
            this.settings = value;
            return this;
        }

        Builder authentication(AuthenticationSpec value) {
            this.authentication = value;
            return this;
        }

        Builder readCapabilities(ReadCapabilities value) {
            this.readCapabilities = value;
            return this;
        }

        Builder writeCapabilities(WriteCapabilities value) {
            this.writeCapabilities = value;
            return this;
        }

        Builder session(TypeName type, boolean autoCloseable, List<TypeName> closeExceptions) {
            this.sessionType = type;
            this.sessionAutoCloseable = autoCloseable;
            this.sessionCloseExceptions = closeExceptions;
            return this;
        }

        Builder connectMethod(String name, boolean takesCredentials) {
            this.connectMethod = name;
            this.connectTakesCredentials = takesCredentials;
            return this;
        }

        Builder listEntitiesMethod(String name) {
            this.listEntitiesMethod = name;
            return this;
        }

        Builder describeEntityMethod(String name) {
            this.describeEntityMethod = name;
            return this;
        }

        Builder readMethod(String name) {
            this.readMethod = name;
            return this;
        }

        Builder partitionsMethod(Optional<String> name) {
            this.partitionsMethod = name;
            return this;
        }

        Builder writeMethod(Optional<String> name) {
            this.writeMethod = name;
            return this;
        }

        ConnectorModel build() {
            return new ConnectorModel(this);
        }
    }
}
