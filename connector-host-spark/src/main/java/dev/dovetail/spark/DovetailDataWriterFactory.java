package dev.dovetail.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;

import static java.util.Objects.requireNonNull;

/** Creates, on an executor, the writer of one Spark task; shipped with the connection and the checked spec. */
final class DovetailDataWriterFactory implements DataWriterFactory {
    private static final long serialVersionUID = 1L;

    private final SparkConnection connection;
    private final WriteSpec spec;

    DovetailDataWriterFactory(SparkConnection connection, WriteSpec spec) {
        this.connection = requireNonNull(connection, "connection is null");
        this.spec = requireNonNull(spec, "spec is null");
    }

    @Override
    public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
        return new DovetailDataWriter(connection, spec, partitionId);
    }
}
