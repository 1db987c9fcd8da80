package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthParameterSpec;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.auth.OAuth2GrantType;
import dev.dovetail.api.auth.OAuth2Spec;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.PrimitiveType;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connectors other than the sample: the minimal one, other authentication, nesting, inheritance. */
class ConnectorVariantsTest {
    private static final String DESCRIPTOR = "test.TestConnectorDescriptor";

    @Test
    void aMinimalConnectorDeclaresNoExtrasAndInheritsTheDefaultSessionMethods() throws Exception {
        ConnectorDescriptor descriptor = load(ConnectorSource.valid(), DESCRIPTOR);

        assertThat(descriptor.authentication()).isEqualTo(AuthenticationSpec.none());
        assertThat(descriptor.readCapabilities()).isEqualTo(ReadCapabilities.none());
        assertThat(descriptor.writeCapabilities()).isEqualTo(WriteCapabilities.none());
        assertThat(descriptor.plansOwnSplits()).isFalse();
        assertThat(descriptor.info().description()).isEmpty();
        assertThat(descriptor.info().version()).isEqualTo("1.0");

        EntitySchema entity = EntitySchema.builder("t").field("id", PrimitiveType.LONG).build();
        try (ConnectorSession session = descriptor.open(values(descriptor, "url", "u"), ResolvedCredentials.none())) {
            assertThat(session.planSplits(new PartitionRequest(entity, PartitioningSpec.single(), Predicate.alwaysTrue(),
                    ZoneOffset.UTC))).containsExactly(Split.whole());
            assertThatThrownBy(() -> session.write(new WriteRequest(entity, entity, WriteOperationType.INSERT, List.of(),
                    List.of(), false)))
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        }
    }

    @Test
    void truncateOnTheWriteOperationBecomesTheTruncateCapabilityAndReachesTheMethod() throws Exception {
        String read = "    public void read(Client client, ReadRequest request, RowSink sink) {\n    }\n";
        ConnectorSource source = ConnectorSource.valid().replace(read, read + """

                    public static final List<String> calls = new java.util.ArrayList<>();

                    @WriteOperation(value = WriteOperationType.INSERT, truncate = true)
                    public WriteResult write(Client client, WriteRequest request) {
                        calls.add((request.truncateFirst() ? "truncate, then " : "") + request.records().size() + " records");
                        return WriteResult.allSucceeded(request.records().size());
                    }
                """);
        Compilation compilation = Compilations.compile(source.file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        ConnectorDescriptor descriptor = loader.newInstance(DESCRIPTOR, ConnectorDescriptor.class);

        assertThat(descriptor.writeCapabilities())
                .isEqualTo(new WriteCapabilities(java.util.Set.of(WriteOperationType.INSERT), false, true));
        EntitySchema entity = EntitySchema.builder("t").field("id", PrimitiveType.LONG).build();
        try (ConnectorSession session = descriptor.open(values(descriptor, "url", "u"), ResolvedCredentials.none())) {
            session.write(new WriteRequest(entity, entity, WriteOperationType.INSERT, List.of(), List.of(), false, true));
            session.write(new WriteRequest(entity, entity, WriteOperationType.INSERT, List.of(),
                    List.of(dev.dovetail.api.read.Row.of(1L)), false));
        }
        assertThat(loader.loadClass("test.TestConnector").getField("calls").get(null))
                .isEqualTo(List.of("truncate, then 0 records", "1 records"));
    }

    @Test
    void aSessionThatIsNotAutoCloseableIsLeftAlone() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("""
                            public static final class Client implements AutoCloseable {
                                @Override
                                public void close() {
                                }
                            }
                        """, """
                            public static final class Client {
                                public static int closed;

                                public void close() {
                                    closed++;
                                }
                            }
                        """);
        Compilation compilation = Compilations.compile(source.file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        ConnectorDescriptor descriptor = loader.newInstance(DESCRIPTOR, ConnectorDescriptor.class);

        descriptor.open(values(descriptor, "url", "u"), ResolvedCredentials.none()).close();

        assertThat(loader.loadClass("test.TestConnector$Client").getField("closed").getInt(null)).isZero();
    }

    @Test
    void declaresOAuth2AndCustomAuthentication() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("    @Credentials\n", """
                            @Credentials(value = {AuthType.OAUTH2, AuthType.CUSTOM, AuthType.OAUTH2},
                                    oauth2 = @dev.dovetail.api.OAuth2(tokenUrls = "https://auth.test/token",
                                            scopes = {"read", "write"},
                                            grantTypes = {dev.dovetail.api.auth.OAuth2GrantType.AUTHORIZATION_CODE,
                                                    dev.dovetail.api.auth.OAuth2GrantType.CLIENT_CREDENTIALS}),
                                    custom = @dev.dovetail.api.CustomAuth(type = "hmac", parameters = {
                                            @dev.dovetail.api.AuthParameter(key = "keyId"),
                                            @dev.dovetail.api.AuthParameter(key = "signingSecret", label = "Secret",
                                                    description = "The HMAC secret", sensitive = true,
                                                    allowedValues = {"a", "b"})}))
                        """)
                .replace("public Client connect(Config config) {",
                        "public Client connect(Config config, dev.dovetail.api.auth.ResolvedCredentials credentials) {");

        ConnectorDescriptor descriptor = load(source, DESCRIPTOR);

        assertThat(descriptor.authentication()).isEqualTo(new AuthenticationSpec(
                List.of(AuthType.OAUTH2, AuthType.CUSTOM),
                Optional.of(new OAuth2Spec(List.of("https://auth.test/token"), List.of(), List.of("read", "write"),
                        List.of(OAuth2GrantType.AUTHORIZATION_CODE, OAuth2GrantType.CLIENT_CREDENTIALS), List.of())),
                List.of(new CustomAuthSpec("hmac", List.of(
                        new AuthParameterSpec("keyId", "keyId", Optional.empty(), true, false, List.of()),
                        new AuthParameterSpec("signingSecret", "Secret", Optional.of("The HMAC secret"), true, true,
                                List.of("a", "b")))))));
    }

    @Test
    void aNestedConnectorsDescriptorIsFoundByItsClass() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("@Connector(name = \"test\")\npublic class TestConnector {",
                        "public class Outer {\n@Connector(name = \"test\")\npublic static class TestConnector {")
                .append("}\n")
                .named("test.Outer");
        Compilation compilation = Compilations.compile(source.file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);

        ConnectorDescriptor descriptor = ConnectorDescriptors.forClass(loader.loadClass("test.Outer$TestConnector"));

        assertThat(descriptor.getClass().getName()).isEqualTo("test.Outer$TestConnectorDescriptor");
        assertThat(descriptor.info().connectorClass()).isEqualTo("test.Outer$TestConnector");
        assertThat(Compilations.classOutputResource(compilation, "META-INF/services/" + ConnectorDescriptor.class.getName()))
                .hasValue("test.Outer$TestConnectorDescriptor\n");
        try (ConnectorSession session = descriptor.open(values(descriptor, "url", "u"), ResolvedCredentials.none())) {
            assertThat(session.describeEntity("t").name()).isEqualTo("t");
        }
    }

    @Test
    void inheritedMethodsAndAnEmptySettingsRecordAreSupported() throws Exception {
        ConnectorSource source = ConnectorSource.valid()
                .replace("public class TestConnector {", "public class TestConnector extends Base {")
                .replace("""
                            @ReadOperation
                            public void read(Client client, ReadRequest request, RowSink sink) {
                            }
                        """, "")
                .replace("""
                            public record Config(
                                    @Setting(required = true) String url,
                                    @Setting(defaultValue = "10") int size) {
                            }
                        """, """
                            public record Config() {
                            }
                        """)
                .append("""

                        abstract class Base {
                            public static int reads;

                            @ReadOperation(limit = true)
                            public void read(TestConnector.Client client, ReadRequest request, RowSink sink) {
                                reads++;
                            }
                        }
                        """);
        Compilation compilation = Compilations.compile(source.file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompiledClassLoader loader = new CompiledClassLoader(compilation);
        ConnectorDescriptor descriptor = loader.newInstance(DESCRIPTOR, ConnectorDescriptor.class);

        assertThat(descriptor.settings()).isEmpty();
        assertThat(descriptor.readCapabilities().limit()).isTrue();
        try (ConnectorSession session = descriptor.open(values(descriptor), ResolvedCredentials.none())) {
            session.read(dev.dovetail.api.read.ReadRequest.all(EntitySchema.builder("t").field("id", PrimitiveType.LONG).build()),
                    SampleConnectorTest.recordingSink(new java.util.ArrayList<>()));
        }
        java.lang.reflect.Field reads = loader.loadClass("test.Base").getField("reads");
        reads.setAccessible(true); // Base is package-private
        assertThat(reads.getInt(null)).isEqualTo(1);
    }

    private static ConnectorDescriptor load(ConnectorSource source, String descriptor) throws ReflectiveOperationException {
        Compilation compilation = Compilations.compile(source.file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        return new CompiledClassLoader(compilation).newInstance(descriptor, ConnectorDescriptor.class);
    }

    private static SettingValues values(ConnectorDescriptor descriptor, String... keysAndValues) {
        return SettingValues.resolve(descriptor.info().name(), ConnectionOptions.of(keysAndValues), descriptor.settings(),
                List.of());
    }
}
