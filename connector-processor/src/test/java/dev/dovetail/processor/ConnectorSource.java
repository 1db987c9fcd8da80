package dev.dovetail.processor;

import com.google.testing.compile.JavaFileObjects;

import java.util.List;
import java.util.stream.IntStream;

import javax.tools.JavaFileObject;

/**
 * A small valid connector as source text, which a test breaks in one place with {@link #replace}, and
 * then asks for the line of the broken element with {@link #lineOf}.
 */
final class ConnectorSource {
    /** A minimal valid connector, {@code test.TestConnector}. */
    static final String VALID = """
            package test;

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
            import dev.dovetail.api.read.ReadRequest;
            import dev.dovetail.api.read.RowSink;
            import dev.dovetail.api.schema.Entity;
            import dev.dovetail.api.schema.EntitySchema;
            import dev.dovetail.api.schema.PrimitiveType;
            import dev.dovetail.api.write.WriteOperationType;
            import dev.dovetail.api.write.WriteRequest;
            import dev.dovetail.api.write.WriteResult;
            import java.util.List;
            import java.util.Optional;

            @Connector(name = "test")
            public class TestConnector {
                @Settings
                public record Config(
                        @Setting(required = true) String url,
                        @Setting(defaultValue = "10") int size) {
                }

                public static final class Client implements AutoCloseable {
                    @Override
                    public void close() {
                    }
                }

                @Credentials
                public Client connect(Config config) {
                    return new Client();
                }

                @Metadata
                public List<Entity> entities(Client client) {
                    return List.of();
                }

                @Metadata
                public EntitySchema describe(Client client, String entity) {
                    return EntitySchema.builder(entity).field("id", PrimitiveType.LONG).build();
                }

                @ReadOperation
                public void read(Client client, ReadRequest request, RowSink sink) {
                }
            }
            """;

    private final String qualifiedName;
    private final String text;

    private ConnectorSource(String qualifiedName, String text) {
        this.qualifiedName = qualifiedName;
        this.text = text;
    }

    /** The valid connector. */
    static ConnectorSource valid() {
        return new ConnectorSource("test.TestConnector", VALID);
    }

    /** A source file {@code qualifiedName} with {@code text}. */
    static ConnectorSource of(String qualifiedName, String text) {
        return new ConnectorSource(qualifiedName, text);
    }

    /** This source with the only occurrence of {@code target} replaced. */
    ConnectorSource replace(String target, String replacement) {
        int first = text.indexOf(target);
        if (first < 0 || text.indexOf(target, first + 1) >= 0) {
            throw new IllegalArgumentException("'" + target + "' does not occur exactly once in\n" + text);
        }
        return new ConnectorSource(qualifiedName, text.replace(target, replacement));
    }

    /** This source with {@code more} appended. */
    ConnectorSource append(String more) {
        return new ConnectorSource(qualifiedName, text + more);
    }

    /** This source, declaring the public top-level class {@code qualifiedName} (the file must be named after it). */
    ConnectorSource named(String newQualifiedName) {
        return new ConnectorSource(newQualifiedName, text);
    }

    /** The compilation unit. */
    JavaFileObject file() {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** The 1-based number of the only line containing {@code fragment}. */
    long lineOf(String fragment) {
        List<String> lines = text.lines().toList();
        int[] matches = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(fragment)).toArray();
        if (matches.length != 1) {
            throw new IllegalArgumentException("'" + fragment + "' is on " + matches.length + " lines of\n" + text);
        }
        return matches[0] + 1L;
    }

    @Override
    public String toString() {
        return text;
    }
}
