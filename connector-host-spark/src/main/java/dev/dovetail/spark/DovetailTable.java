package dev.dovetail.spark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.EntitySchema;

import java.util.EnumSet;
import java.util.Set;

import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import static java.util.Objects.requireNonNull;

/**
 * One entity of a connector as a Spark table: batch reads, and batch appends when the connector has a
 * {@code @WriteOperation} and the entity is writable (otherwise a write is refused, saying why). It accepts any DataFrame schema for writes
 * ({@link TableCapability#ACCEPT_ANY_SCHEMA}): the columns are matched to the entity's by name and
 * checked by {@link DovetailWriteBuilder}, so a DataFrame may leave out read-only and defaulted columns.
 * {@code mode("overwrite")} is offered to every connector ({@link TableCapability#TRUNCATE}) so that one
 * whose {@code @WriteOperation} does not declare {@code truncate} is refused by {@link DovetailWriteBuilder}
 * with a message naming it, rather than by Spark's generic "does not support truncate in batch mode".
 */
final class DovetailTable implements SupportsRead, SupportsWrite {
    private final SparkConnection connection;
    private final EntitySchema entity;

    DovetailTable(SparkConnection connection, EntitySchema entity) {
        this.connection = requireNonNull(connection, "connection is null");
        this.entity = requireNonNull(entity, "entity is null");
    }

    @Override
    public String name() {
        return DovetailSparkSource.SHORT_NAME_PREFIX + connection.connectorName() + "." + entity.name();
    }

    @Override
    public StructType schema() {
        return SparkTypes.toSpark(entity);
    }

    @Override
    public Set<TableCapability> capabilities() {
        // Writes are always offered, so that a connector or entity that cannot be written is refused by
        // newWriteBuilder with the reason, not by Spark's fallback to a V1 path with a misleading message.
        return EnumSet.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE,
                TableCapability.ACCEPT_ANY_SCHEMA);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
        return new DovetailScanBuilder(connection, entity);
    }

    @Override
    public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
        if (!connection.descriptor().writeCapabilities().writes()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "connector '" + connection.connectorName()
                    + "' does not write (it has no @WriteOperation); it can only be read");
        }
        if (!entity.entity().writable()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "entity '" + entity.name() + "' of connector '"
                    + connection.connectorName() + "' is not writable");
        }
        return new DovetailWriteBuilder(connection, entity, info.schema());
    }

    @Override
    public String toString() {
        return name();
    }
}
