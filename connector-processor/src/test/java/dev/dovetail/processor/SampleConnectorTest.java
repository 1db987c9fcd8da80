package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;

import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingScope;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.PrimitiveType;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.lang.reflect.Proxy;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles the sample connector (every feature) with the processor, loads the generated descriptor and
 * checks what it declares and what its session does.
 */
class SampleConnectorTest {
    private static final String DESCRIPTOR = "sample.SampleConnectorDescriptor";

    private static Compilation compilation;
    private static CompiledClassLoader loader;

    @BeforeAll
    static void compileSample() {
        compilation = Compilations.compile(JavaFileObjects.forResource("connectors/sample/SampleConnector.java"));
        loader = new CompiledClassLoader(compilation);
    }

    @Test
    void compilesWithoutWarningsAndGeneratesTheDescriptor() {
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        assertThat(loader.classNames()).contains(DESCRIPTOR, "sample.SampleConnectorDescriptor$Session");
        assertThat(Compilations.generatedSource(compilation, DESCRIPTOR)).hasValueSatisfying(source -> assertThat(source)
                .contains("@Generated(\"dev.dovetail.processor.ConnectorProcessor\")")
                .contains("public final class SampleConnectorDescriptor implements ConnectorDescriptor"));
    }

    @Test
    void registersTheDescriptorAsAService() {
        assertThat(Compilations.classOutputResource(compilation, "META-INF/services/dev.dovetail.api.spi.ConnectorDescriptor"))
                .hasValue(DESCRIPTOR + "\n");
    }

    @Test
    void declaresTheConnectorsIdentity() throws Exception {
        assertThat(descriptor().info()).isEqualTo(new ConnectorInfo(
                "sample", "2.1", "Dovetail tests", Optional.of("An in-memory sample"), "sample.SampleConnector"));
    }

    @Test
    void declaresEverySettingInComponentOrder() throws Exception {
        List<String> modes = List.of("FAST", "SAFE");
        assertThat(descriptor().settings()).containsExactly(
                SettingDefinition.builder("url", SettingType.STRING).label("URL").description("Where the service is")
                        .required(true).build(),
                SettingDefinition.builder("port", SettingType.INT).defaultValue("8080").build(),
                SettingDefinition.builder("batch.size", SettingType.LONG).defaultValue("500").scope(SettingScope.SOURCE)
                        .build(),
                SettingDefinition.builder("ratio", SettingType.DOUBLE).defaultValue("0.5").build(),
                SettingDefinition.builder("compress", SettingType.BOOLEAN).defaultValue("true").build(),
                SettingDefinition.builder("mode", SettingType.STRING).defaultValue("safe").allowedValues(modes).build(),
                SettingDefinition.builder("token", SettingType.STRING).description("An API token").secret(true).build(),
                SettingDefinition.builder("signingKey", SettingType.STRING).required(true).secret(true).build(),
                SettingDefinition.builder("region", SettingType.STRING).build(),
                SettingDefinition.builder("zone", SettingType.STRING).allowedValues(List.of("eu", "us")).build(),
                SettingDefinition.builder("verbose", SettingType.BOOLEAN).build(),
                SettingDefinition.builder("fallback", SettingType.STRING).allowedValues(modes).build(),
                SettingDefinition.builder("retries", SettingType.INT).build(),
                SettingDefinition.builder("timeoutMillis", SettingType.LONG).build(),
                SettingDefinition.builder("threshold", SettingType.DOUBLE).build());
    }

    @Test
    void declaresAuthenticationAndCapabilities() throws Exception {
        ConnectorDescriptor descriptor = descriptor();
        assertThat(descriptor.authentication()).isEqualTo(AuthenticationSpec.of(AuthType.BASIC));
        assertThat(descriptor.readCapabilities())
                .isEqualTo(new ReadCapabilities(true, false, Set.of(PredicateOperator.EQUAL, PredicateOperator.IN)));
        assertThat(descriptor.writeCapabilities())
                .isEqualTo(new WriteCapabilities(Set.of(WriteOperationType.INSERT, WriteOperationType.UPSERT), true));
        assertThat(descriptor.plansOwnSplits()).isTrue();
    }

    @Test
    void opensASessionThatCallsTheConnectorsMethods() throws Exception {
        ConnectorDescriptor descriptor = descriptor();
        List<String> events = events();
        SettingValues values = SettingValues.resolve("sample", ConnectionOptions.of(
                "url", "https://example.test", "signingKey", "k3y", "mode", "fast", "token", "t0k",
                "retries", "3", "zone", "EU", "fallback", "SAFE", "threshold", "0.25"), descriptor.settings(), List.of());
        EntitySchema users = EntitySchema.builder("users").field("id", PrimitiveType.LONG).field("url", PrimitiveType.STRING)
                .build();
        List<String> rows = new ArrayList<>();

        try (ConnectorSession session = descriptor.open(values, new ResolvedCredentials.Basic("ada", Secret.of("pw")))) {
            assertThat(events).containsExactly("connect SampleSettings[url=https://example.test, port=8080, batchSize=500,"
                    + " ratio=0.5, compress=true, mode=FAST, token=Optional[****], signingKey=****, region=Optional.empty,"
                    + " zone=Optional[EU], verbose=Optional.empty, fallback=Optional[SAFE], retries=OptionalInt[3],"
                    + " timeoutMillis=OptionalLong.empty, threshold=OptionalDouble[0.25]] as BASIC");

            assertThat(session.listEntities()).containsExactly(Entity.of("users"), Entity.of("orders"));
            assertThat(session.describeEntity("users")).isEqualTo(users);
            session.read(ReadRequest.all(users), recordingSink(rows));
            assertThat(rows).containsExactly("setLong(0, 1)", "setString(1, https://example.test)", "endRow",
                    "setLong(0, 2)", "setString(1, https://example.test)", "endRow");
            List<Split> splits = session.planSplits(
                    new PartitionRequest(users, PartitioningSpec.single(), Predicate.alwaysTrue(), ZoneOffset.UTC));
            assertThat(splits).extracting(split -> split.properties().get("shard")).containsExactly("a", "b");
            WriteResult result = session.write(new WriteRequest(users, users, WriteOperationType.INSERT, List.of(),
                    List.of(Row.of(1L, "x"), Row.of(2L, "y"), Row.of(3L, "z")), false));
            assertThat(result).isEqualTo(WriteResult.allSucceeded(3));
            assertThat(events).doesNotContain("close");
        }

        assertThat(events.subList(1, events.size()))
                .containsExactly("entities", "describe users", "read users", "plan users", "write INSERT 3", "close");
    }

    private static ConnectorDescriptor descriptor() throws ReflectiveOperationException {
        return loader.newInstance(DESCRIPTOR, ConnectorDescriptor.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> events() throws ReflectiveOperationException {
        List<String> events = (List<String>) loader.loadClass("sample.SampleConnector").getField("EVENTS").get(null);
        events.clear();
        return events;
    }

    /** A sink recording each call as text; every row is accepted. */
    static RowSink recordingSink(List<String> calls) {
        return (RowSink) Proxy.newProxyInstance(RowSink.class.getClassLoader(), new Class<?>[] {RowSink.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("endRow")) {
                        calls.add("endRow");
                        return true;
                    }
                    calls.add(method.getName() + "(" + arguments[0] + ", " + arguments[1] + ")");
                    return null;
                });
    }
}
