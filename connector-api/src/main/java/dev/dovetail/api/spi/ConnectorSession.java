package dev.dovetail.api.spi;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.partition.StandardPlanner;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.util.List;

/**
 * An open connection of one connector, as its generated descriptor exposes it: each method calls the
 * connector's annotated method directly with the session its {@code @Credentials} method returned.
 *
 * <p>A session is used by one thread at a time; hosts open one per split they read in parallel (as
 * Spark opens one per partition). Methods may throw anything; the runtime wraps what is not a
 * {@link ConnectorException} and redacts secrets from messages. {@link #close()} closes the
 * connector's session object if it is {@link AutoCloseable}.
 */
public interface ConnectorSession extends AutoCloseable {
    /** The entities the connector offers ({@code @Metadata} list method). */
    List<Entity> listEntities() throws Exception;

    /** The schema of {@code entity} ({@code @Metadata} describe method). */
    EntitySchema describeEntity(String entity) throws Exception;

    /** The splits of a read: the connector's {@code @Partitions} method, or {@link StandardPlanner}. */
    default List<Split> planSplits(PartitionRequest request) throws Exception {
        return StandardPlanner.plan(request);
    }

    /** Reads one split into {@code sink} ({@code @ReadOperation}). */
    void read(ReadRequest request, RowSink sink) throws Exception;

    /** Writes a batch ({@code @WriteOperation}); fails for a connector that does not write. */
    default WriteResult write(WriteRequest request) throws Exception {
        throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                "this connector does not write (it has no @WriteOperation method)");
    }

    @Override
    void close() throws Exception;
}
