package dev.dovetail.spark;

import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.runtime.FilterPredicateOption;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadPlanner;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitOutcome;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.schema.EntitySchema;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

import static java.util.Objects.requireNonNull;

/**
 * A planned Spark scan of one entity. {@link #planInputPartitions()} (on the driver) plans the read with
 * {@link ReadPlanner}, exactly as every host does: the query carries the pruned columns, the pushed
 * filters and limit, and the partitioning and bookmark from Glue's options ({@link ReadQuery#fromOptions},
 * Glue's {@code filterPredicate} as a native condition unless the connector declares it
 * ({@link FilterPredicateOption}), timestamp bounds in the session time zone, bookmarks stored under
 * {@code jobName}, else the Spark
 * application's name, and {@code transformationContext}, else the entity). Each split's
 * {@link SplitPlan} becomes one {@link DovetailInputPartition}. With a bookmark, the splits' outcomes
 * come back through an accumulator and wait for {@link DovetailJob#commit}; nothing is committed here.
 */
final class DovetailScan implements Scan, Batch {
    private final SparkConnection connection;
    private final EntitySchema entity;
    private final ScanSpec spec;
    private final StructType readSchema;

    DovetailScan(SparkConnection connection, EntitySchema entity, ScanSpec spec, StructType readSchema) {
        this.connection = requireNonNull(connection, "connection is null");
        this.entity = requireNonNull(entity, "entity is null");
        this.spec = requireNonNull(spec, "spec is null");
        this.readSchema = requireNonNull(readSchema, "readSchema is null");
    }

    @Override
    public StructType readSchema() {
        return readSchema;
    }

    @Override
    public String description() {
        return DovetailSparkSource.SHORT_NAME_PREFIX + connection.connectorName() + " entity=" + entity.name()
                + " columns=" + spec.columns() + " pushedFilter=[" + spec.filter() + "]"
                + spec.limit().stream().mapToObj(limit -> " pushedLimit=" + limit).findFirst().orElse("");
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        SparkSession spark = SparkSession.active();
        ReadQuery query = query(spark);
        BookmarkStore store = query.bookmark().isPresent()
                ? SparkOptions.bookmarkStore(connection.options()) : new InMemoryBookmarkStore();
        ReadPlan plan;
        try (RuntimeSession session = connection.open()) {
            plan = ReadPlanner.plan(session, connection.descriptor().readCapabilities(), query, entity, store, Clock.systemUTC());
        }
        Optional<CollectionAccumulator<SplitOutcome>> outcomes = plan.bookmark().map(bookmark -> {
            CollectionAccumulator<SplitOutcome> accumulator = new CollectionAccumulator<>();
            spark.sparkContext().register(accumulator, "dovetail bookmark " + bookmark.key());
            PendingBookmarks.register(spark.sparkContext(), new PendingBookmarks.Pending(plan, store, accumulator));
            return accumulator;
        });
        List<SplitPlan> splits = plan.splits();
        InputPartition[] partitions = new InputPartition[splits.size()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new DovetailInputPartition(splits.get(i), outcomes.orElse(null));
        }
        return partitions;
    }

    private ReadQuery query(SparkSession spark) {
        ReadQuery.Builder query = ReadQuery.fromOptions(entity.name(), connection.options(), spark.sparkContext().appName())
                .where(spec.filter())
                .zone(ZoneId.of(SQLConf.get().sessionLocalTimeZone()));
        FilterPredicateOption.condition(connection.descriptor(), connection.options()).ifPresent(query::where);
        // Spark reads no column for count(*): read the first one and drop it.
        query.columns(spec.columns().isEmpty() ? List.of(entity.field(0).name()) : spec.columns());
        spec.limit().ifPresent(query::limit);
        return query.build();
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new DovetailReaderFactory(connection, readSchema);
    }

    @Override
    public String toString() {
        return description();
    }
}
