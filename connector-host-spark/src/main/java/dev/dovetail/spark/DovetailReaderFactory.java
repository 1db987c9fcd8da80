package dev.dovetail.spark;

import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.schema.EntitySchema;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.util.CollectionAccumulator;

import static java.util.Objects.requireNonNull;

/**
 * Creates, on an executor, the reader of one {@link DovetailInputPartition}: a {@link SplitColumnarReader}
 * when every read column has a column vector form, else a {@link SplitRowReader}; its
 * session is opened from the shipped {@link SparkConnection} (the secret resolved and the credentials
 * checked on the executor, as on the driver). Rows go into Spark's read schema by column name.
 */
final class DovetailReaderFactory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;

    private final SparkConnection connection;
    private final StructType readSchema;

    DovetailReaderFactory(SparkConnection connection, StructType readSchema) {
        this.connection = requireNonNull(connection, "connection is null");
        this.readSchema = requireNonNull(readSchema, "readSchema is null");
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        DovetailInputPartition split = (DovetailInputPartition) partition;
        SplitPlan plan = split.plan();
        return new SplitRowReader(connection::open, plan, readSchema, ordinals(plan.output()), outcomes(split.outcomes()));
    }

    /** Columnar when every column of the read schema has a column vector form (no STRUCT, LIST or MAP). */
    @Override
    public boolean supportColumnarReads(InputPartition partition) {
        return SplitColumnarReader.supports(readSchema);
    }

    @Override
    public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
        DovetailInputPartition split = (DovetailInputPartition) partition;
        SplitPlan plan = split.plan();
        return new SplitColumnarReader(connection::open, plan, readSchema, ordinals(plan.output()),
                outcomes(split.outcomes()));
    }

    /** For each output column of a split, its position in Spark's read schema, or -1 if Spark does not read it. */
    private int[] ordinals(EntitySchema output) {
        int[] ordinals = new int[output.size()];
        for (int i = 0; i < ordinals.length; i++) {
            String name = output.field(i).name();
            ordinals[i] = -1;
            for (int j = 0; j < readSchema.fields().length; j++) {
                if (readSchema.fields()[j].name().equalsIgnoreCase(name)) {
                    ordinals[i] = j;
                    break;
                }
            }
        }
        return ordinals;
    }

    /**
     * Where a split's outcome goes. The accumulator arrives inside the task's partition, which Spark
     * deserializes before the task's context exists, so it is registered with the running task here: only
     * then does its value travel back to the driver when the task succeeds. (Should Spark have registered it
     * too, an outcome arrives twice, which the bookmark, a maximum, does not mind.)
     */
    private static Consumer<SplitOutcome> outcomes(Optional<CollectionAccumulator<SplitOutcome>> accumulator) {
        if (accumulator.isEmpty()) {
            return outcome -> { };
        }
        CollectionAccumulator<SplitOutcome> target = accumulator.get();
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.registerAccumulator(target);
        }
        return target::add;
    }
}
