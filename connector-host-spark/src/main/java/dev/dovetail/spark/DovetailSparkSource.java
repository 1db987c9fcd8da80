package dev.dovetail.spark;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.util.Map;

import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import static java.util.Objects.requireNonNull;

/**
 * A connector as a Spark 3.5 DataSource V2 (and so as an AWS Glue custom Spark connector): the base of
 * the {@code XSparkSource} class the annotation processor generates for connector {@code p.X}, which
 * only passes {@code new XDescriptor()} to the constructor. Spark finds it by class name
 * ({@code spark.read().format("p.XSparkSource")}) or by its short name {@code dovetail-<connector name>}
 * (registered in {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}).
 *
 * <p>The options are Glue's connection options (case-insensitive): the connector's settings, the
 * runtime's ({@code dbTable}, {@code secretId}, {@code connectionName}, {@code partitionColumn},
 * {@code lowerBound}, {@code upperBound}, {@code numPartitions}, {@code hashfield},
 * {@code hashpartitions}, {@code jobBookmarkKeys}, ...) and the host's ({@link SparkOptions}). The schema
 * is the entity's, from the connector's {@code @Metadata}; a user-supplied schema is refused, as the
 * connector's metadata is the truth. Spark calls from the driver: {@link #inferSchema} validates the
 * options and describes the entity in a session of its own, and {@link #getTable} with the same options
 * reuses that description.
 */
public class DovetailSparkSource implements TableProvider, DataSourceRegister {
    /** The prefix of every connector's short name. */
    public static final String SHORT_NAME_PREFIX = "dovetail-";

    private final ConnectorDescriptor descriptor;
    // Spark asks one instance for the schema, then for the table, with the same options: describe once.
    private volatile Described last;

    private record Described(Map<String, String> options, DovetailTable table) {
    }

    /** The source of the connector {@code descriptor} describes. */
    protected DovetailSparkSource(ConnectorDescriptor descriptor) {
        this.descriptor = requireNonNull(descriptor, "descriptor is null");
    }

    /** The connector's descriptor. */
    public final ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** {@code dovetail-<connector name>}. */
    @Override
    public final String shortName() {
        return SHORT_NAME_PREFIX + descriptor.info().name();
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return table(options.asCaseSensitiveMap()).schema();
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return table(properties);
    }

    private DovetailTable table(Map<String, String> options) {
        Described described = last;
        if (described != null && described.options().equals(options)) {
            return described.table();
        }
        SparkConnection connection = SparkConnection.of(descriptor, options);
        connection.validate();
        try (RuntimeSession session = connection.open()) {
            String entity = connection.entity(session);
            EntitySchema schema = session.describeEntity(entity);
            DovetailTable table = new DovetailTable(connection, schema);
            last = new Described(Map.copyOf(options), table);
            return table;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + shortName() + "}";
    }
}
