package sample;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.Partitions;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.WriteOperation;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.option.SettingScope;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.PrimitiveType;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/** A connector using every feature, recording what it is asked in EVENTS for the test to check. */
@Connector(name = "sample", version = "2.1", owner = "Dovetail tests", description = "An in-memory sample")
public class SampleConnector {
    /** What the connector's methods were called with, in order. */
    public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    /** A setting's choices. */
    public enum Mode { FAST, SAFE }

    /** The settings, with every supported component type. */
    @Settings
    public record SampleSettings(
            @Setting(label = "URL", description = "Where the service is", required = true) String url,
            @Setting(defaultValue = "8080") int port,
            @Setting(name = "batch.size", defaultValue = "500", scope = SettingScope.SOURCE) long batchSize,
            @Setting(defaultValue = "0.5") double ratio,
            @Setting(defaultValue = "true") boolean compress,
            @Setting(defaultValue = "safe") Mode mode,
            @Setting(secret = true, description = "An API token") Optional<Secret> token,
            Secret signingKey,
            Optional<String> region,
            @Setting(allowedValues = {"eu", "us"}) Optional<String> zone,
            Optional<Boolean> verbose,
            Optional<Mode> fallback,
            OptionalInt retries,
            OptionalLong timeoutMillis,
            OptionalDouble threshold) {
    }

    /** The session; its simple name clashes with the descriptor's nested class on purpose. */
    public static final class Session implements AutoCloseable {
        final SampleSettings settings;
        final dev.dovetail.api.auth.ResolvedCredentials credentials;

        Session(SampleSettings settings, dev.dovetail.api.auth.ResolvedCredentials credentials) {
            this.settings = settings;
            this.credentials = credentials;
        }

        @Override
        public void close() {
            EVENTS.add("close");
        }
    }

    @Credentials(AuthType.BASIC)
    public Session connect(SampleSettings settings, dev.dovetail.api.auth.ResolvedCredentials credentials) {
        EVENTS.add("connect " + settings + " as " + credentials.type());
        return new Session(settings, credentials);
    }

    @Metadata
    public List<Entity> entities(Session session) {
        EVENTS.add("entities");
        return List.of(Entity.of("users"), Entity.of("orders"));
    }

    @Metadata
    public EntitySchema describe(Session session, String entity) {
        EVENTS.add("describe " + entity);
        return EntitySchema.builder(entity).field("id", PrimitiveType.LONG).field("url", PrimitiveType.STRING).build();
    }

    @ReadOperation(projection = true, filters = {PredicateOperator.IN, PredicateOperator.EQUAL})
    public void read(Session session, ReadRequest request, RowSink sink) {
        EVENTS.add("read " + request.entityName());
        for (long id = 1; id <= 2; id++) {
            sink.setLong(0, id);
            sink.setString(1, session.settings.url());
            sink.endRow();
        }
    }

    @Partitions
    public List<Split> plan(Session session, PartitionRequest request) {
        EVENTS.add("plan " + request.entity().name());
        return List.of(Split.of(0, 2, Predicate.alwaysTrue()).withProperties(Map.of("shard", "a")),
                Split.of(1, 2, Predicate.alwaysTrue()).withProperties(Map.of("shard", "b")));
    }

    @WriteOperation(value = {WriteOperationType.UPSERT, WriteOperationType.INSERT}, allOrNone = true)
    public WriteResult write(Session session, WriteRequest request) throws IOException {
        EVENTS.add("write " + request.operation() + " " + request.records().size());
        return WriteResult.allSucceeded(request.records().size());
    }
}
