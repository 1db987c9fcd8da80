package dev.dovetail.processor;

import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.Partitions;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.WriteOperation;

import java.lang.annotation.Annotation;

/** The roles a connector method plays, each marked by one annotation. */
enum Role {
    CREDENTIALS(Credentials.class, "public S connect(YourSettings settings[, dev.dovetail.api.auth.ResolvedCredentials credentials])"),
    LIST_ENTITIES(Metadata.class, "public List<Entity> entities(S session)"),
    DESCRIBE_ENTITY(Metadata.class, "public EntitySchema describe(S session, String entity)"),
    READ(ReadOperation.class, "public void read(S session, ReadRequest request, RowSink sink)"),
    PARTITIONS(Partitions.class, "public List<Split> plan(S session, PartitionRequest request)"),
    WRITE(WriteOperation.class, "public WriteResult write(S session, WriteRequest request)");

    private final Class<? extends Annotation> annotation;
    private final String signature;

    Role(Class<? extends Annotation> annotation, String signature) {
        this.annotation = annotation;
        this.signature = signature;
    }

    /** The annotation marking the role. */
    Class<? extends Annotation> annotation() {
        return annotation;
    }

    /** How messages name the role: the annotation, and for metadata which of its two methods. */
    String displayName() {
        return switch (this) {
            case LIST_ENTITIES -> "@Metadata list";
            case DESCRIBE_ENTITY -> "@Metadata describe";
            default -> "@" + annotation.getSimpleName();
        };
    }

    /** How messages name the role's annotation. */
    String annotationName() {
        return "@" + annotation.getSimpleName();
    }

    /** The signature the role's method must have, for messages ({@code S} is the session type). */
    String signature() {
        return signature;
    }
}
