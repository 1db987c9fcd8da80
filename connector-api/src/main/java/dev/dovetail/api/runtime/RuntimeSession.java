package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A connector session as hosts use it: every call's failure is a {@link ConnectorException} that says
 * what was being done, with secrets masked, and every answer is checked against the connector contract
 * (a plan's splits are numbered 0..n-1, a write returns one result per record). Used by one thread at a
 * time; close it when done.
 */
public final class RuntimeSession implements AutoCloseable {
    private final String connector;
    private final ConnectorSession session;
    private final Redactor redactor;

    RuntimeSession(String connector, ConnectorSession session, Redactor redactor) {
        this.connector = connector;
        this.session = requireNonNull(session, "session is null");
        this.redactor = redactor;
    }

    /** The connector's name. */
    public String connector() {
        return connector;
    }

    /** The entities the connector offers. */
    public List<Entity> listEntities() {
        try {
            return List.copyOf(session.listEntities());
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to list its entities", redactor);
        }
    }

    /** The schema of {@code entity}. */
    public EntitySchema describeEntity(String entity) {
        try {
            return requireNonNull(session.describeEntity(entity), "the connector described entity '" + entity + "' as null");
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to describe entity '" + entity + "'", redactor);
        }
    }

    /** The splits of a read, checked to be numbered 0..n-1 with the same count. */
    public List<Split> planSplits(PartitionRequest request) {
        List<Split> splits;
        try {
            splits = List.copyOf(session.planSplits(request));
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to plan the splits of entity '"
                    + request.entity().name() + "'", redactor);
        }
        if (splits.isEmpty()) {
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "connector '" + connector
                    + "' planned no splits for entity '" + request.entity().name() + "'; a plan has at least one split");
        }
        for (int i = 0; i < splits.size(); i++) {
            Split split = splits.get(i);
            if (split.index() != i || split.count() != splits.size()) {
                throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "connector '" + connector + "' planned split "
                        + split.describe() + " at position " + i + " of " + splits.size()
                        + "; splits must be numbered 0.." + (splits.size() - 1) + " in order, each with that count");
            }
        }
        return splits;
    }

    /** Reads one split into {@code sink}; a failure names the split. */
    public void read(ReadRequest request, RowSink sink) {
        try {
            session.read(request, sink);
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to read", redactor)
                    .inSplit(request.split(), request.entityName());
        }
    }

    /** Writes a batch, checking that one result comes back per record. */
    public WriteResult write(WriteRequest request) {
        WriteResult result;
        try {
            result = requireNonNull(session.write(request), "the connector returned no write result");
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to write to entity '" + request.entity().name() + "'",
                    redactor);
        }
        if (result.records().size() != request.records().size()) {
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "connector '" + connector + "' returned "
                    + result.records().size() + " results for a batch of " + request.records().size()
                    + " records; it must return one per record");
        }
        return result;
    }

    /** Closes the connector's session; a failure to close is reported, not swallowed. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (Exception e) {
            throw Failures.of(e, "connector '" + connector + "' failed to close its session", redactor);
        }
    }
}
