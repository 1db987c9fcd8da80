package dev.dovetail.spark;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.WritePlanner;
import dev.dovetail.api.schema.EntitySchema;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;

import static java.util.Objects.requireNonNull;

/**
 * A Spark batch write into one entity ({@code df.write().format(...).mode("append").save()}), with the
 * {@link SparkOptions} {@code writeOperation}, {@code idFieldNames}, {@code batchSize} and
 * {@code allOrNone}. {@link #build()} checks everything it can before a task starts, with the same
 * {@link WritePlanner} checks every host makes (operation, all-or-none and truncate supported, entity
 * writable, no read-only column, id fields among the columns) and the DataFrame's columns against the entity's.
 *
 * <p>{@code mode("overwrite")} reaches this builder as {@link #truncate()}: {@link #build()} refuses it, naming
 * the connector, unless the connector's {@code @WriteOperation} declares {@code truncate}; otherwise
 * {@link #toBatch()} empties the entity once, on the driver, before any task starts (a session's write with
 * {@code truncateFirst} and no records), and the tasks then write as for an append. Like Spark's own JDBC
 * source with {@code truncate=true}, an overwrite is not atomic: the emptying is committed first, so a job
 * that fails afterwards leaves the entity emptied, holding the batches of the tasks that committed.
 *
 * <p>Spark's commit has nothing left to do: each task wrote its batches before it committed. Spark's abort
 * cannot undo the batches of tasks that already committed; with {@code allOrNone=true} a task that fails
 * or is aborted writes nothing, since its rows reach the connector only at its commit.
 */
final class DovetailWriteBuilder implements WriteBuilder, SupportsTruncate, Write, BatchWrite {
    private final SparkConnection connection;
    private final EntitySchema entity;
    private final StructType schema;
    private WriteSpec spec;
    private boolean truncate;
    private boolean emptied;

    DovetailWriteBuilder(SparkConnection connection, EntitySchema entity, StructType schema) {
        this.connection = requireNonNull(connection, "connection is null");
        this.entity = requireNonNull(entity, "entity is null");
        this.schema = requireNonNull(schema, "schema is null");
    }

    /** Spark's {@code mode("overwrite")}: empty the entity first (checked in {@link #build()}). */
    @Override
    public WriteBuilder truncate() {
        truncate = true;
        return this;
    }

    @Override
    public Write build() {
        ConnectionOptions options = connection.options();
        spec = WriteSpec.of(entity, schema, SparkOptions.writeOperation(options), SparkOptions.idFieldNames(options),
                SparkOptions.batchSize(options), SparkOptions.allOrNone(options));
        WritePlanner.prepare(connection.connectorName(), connection.descriptor().writeCapabilities(), entity,
                spec.operation(), Optional.of(spec.columns()), spec.idFields(), List.of(), spec.allOrNone(), truncate);
        return this;
    }

    @Override
    public String description() {
        return DovetailSparkSource.SHORT_NAME_PREFIX + connection.connectorName() + " "
                + (spec == null ? "write" : (truncate ? "overwrite with " : "") + spec.operation() + " columns=" + spec.columns())
                + " into " + entity.name();
    }

    @Override
    public String toString() {
        return description();
    }

    /** The batch write; for an overwrite, the entity is emptied here, once, before any task starts. */
    @Override
    public BatchWrite toBatch() {
        if (truncate && !emptied) {
            try (RuntimeSession session = connection.open()) {
                session.write(WritePlanner.prepare(connection.connectorName(), connection.descriptor().writeCapabilities(),
                        entity, spec.operation(), Optional.of(spec.columns()), spec.idFields(), List.of(), false, true));
            }
            emptied = true;
        }
        return this;
    }

    @Override
    public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
        return new DovetailDataWriterFactory(connection, spec);
    }

    @Override
    public void commit(WriterCommitMessage[] messages) {
        // Every task wrote its records before committing: nothing is left to publish.
    }

    @Override
    public void abort(WriterCommitMessage[] messages) {
        // Committed tasks' batches are written and cannot be recalled; failed tasks wrote nothing more.
    }
}
