package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.WritePlanner;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

import static java.util.Objects.requireNonNull;

/**
 * Writes one Spark task's rows through the connector's {@code @WriteOperation}: rows become records of the
 * entity's columns ({@link WriteSpec}), sent in batches of {@code batchSize} through {@link WritePlanner}
 * and the session's write, which this writer opens at the first batch and closes with the task. With
 * {@code allOrNone}, the task's records are sent as one all-or-none batch at {@link #commit()}, so a failed
 * or aborted task writes nothing.
 *
 * <p>A record the connector rejects fails the task with {@link ErrorCode#PARTIAL_WRITE_FAILURE}, the number
 * of failed records and the first one's position and message (the connector's, which carries no secret
 * and which this writer does not add values to). Used by one task thread.
 */
final class DovetailDataWriter implements DataWriter<InternalRow> {
    private final SparkConnection connection;
    private final WriteSpec spec;
    private final int partitionId;
    private final List<Row> batch = new ArrayList<>();
    private RuntimeSession session;
    private long written;

    DovetailDataWriter(SparkConnection connection, WriteSpec spec, int partitionId) {
        this.connection = requireNonNull(connection, "connection is null");
        this.spec = requireNonNull(spec, "spec is null");
        this.partitionId = partitionId;
    }

    @Override
    public void write(InternalRow row) {
        int size = spec.columns().size();
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            values[i] = spec.convert(i, SparkTypes.fromCatalyst(row, i, spec.sourceType(i)));
        }
        batch.add(Row.of(values));
        if (!spec.allOrNone() && batch.size() >= spec.batchSize()) {
            flush();
        }
    }

    @Override
    public WriterCommitMessage commit() {
        flush();
        return new Committed(partitionId, written);
    }

    @Override
    public void abort() {
        batch.clear();
    }

    @Override
    public void close() {
        if (session != null) {
            RuntimeSession open = session;
            session = null;
            open.close();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        if (session == null) {
            session = connection.open();
        }
        WriteRequest request = WritePlanner.prepare(connection.connectorName(), connection.descriptor().writeCapabilities(),
                spec.entity(), spec.operation(), Optional.of(spec.columns()), spec.idFields(), batch,
                spec.allOrNone());
        WriteResult result = session.write(request);
        long first = written;
        if (!result.isAllSucceeded()) {
            List<RecordResult> records = result.records();
            int failed = 0;
            int firstFailed = -1;
            for (int i = 0; i < records.size(); i++) {
                if (!records.get(i).success()) {
                    failed++;
                    firstFailed = firstFailed < 0 ? i : firstFailed;
                }
            }
            throw new ConnectorException(ErrorCode.PARTIAL_WRITE_FAILURE, "connector '" + connection.connectorName()
                    + "' failed to " + spec.operation() + " " + failed + " of " + records.size() + " records into entity '"
                    + spec.entity().name() + "' (Spark partition " + partitionId + ", records " + first + " to "
                    + (first + records.size() - 1) + " of the task); record " + (first + firstFailed) + ": "
                    + records.get(firstFailed).error().orElse("no reason given"));
        }
        written += batch.size();
        batch.clear();
    }

    /** What a task reports to the driver: how many records it wrote. */
    record Committed(int partitionId, long records) implements WriterCommitMessage, Serializable {
    }
}
