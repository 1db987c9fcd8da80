package dev.dovetail.spark;

import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.Pushdown;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ReadCapabilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownLimit;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.connector.read.SupportsPushDownV2Filters;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static java.util.Objects.requireNonNull;

/**
 * Takes what Spark's optimizer offers a scan and keeps what the connector really applies:
 * <ul>
 *   <li>filters ({@link SupportsPushDownV2Filters}): a Spark predicate is pushed when it translates
 *       ({@link SparkPredicates}) and the connector pushes every part of it on filterable columns
 *       ({@link Pushdown#isPushable}); the rest goes back to Spark, which evaluates it after the scan, so
 *       {@link #pushedPredicates()} lists only what the connector applies;</li>
 *   <li>columns ({@link SupportsPushDownRequiredColumns}): the runtime projects them whatever the connector
 *       pushes;</li>
 *   <li>a limit ({@link SupportsPushDownLimit}): each split stops there, Spark truncates the union
 *       (partially pushed); refused with a job bookmark, whose next run would skip the unread rows.</li>
 * </ul>
 * Used by one thread on the driver, as Spark does.
 */
final class DovetailScanBuilder implements ScanBuilder, SupportsPushDownV2Filters, SupportsPushDownRequiredColumns,
        SupportsPushDownLimit {
    private final SparkConnection connection;
    private final EntitySchema entity;
    private final ReadCapabilities capabilities;
    private org.apache.spark.sql.connector.expressions.filter.Predicate[] pushed =
            new org.apache.spark.sql.connector.expressions.filter.Predicate[0];
    private Predicate filter = Predicate.alwaysTrue();
    private StructType readSchema;
    private OptionalLong limit = OptionalLong.empty();

    DovetailScanBuilder(SparkConnection connection, EntitySchema entity) {
        this.connection = requireNonNull(connection, "connection is null");
        this.entity = requireNonNull(entity, "entity is null");
        this.capabilities = connection.descriptor().readCapabilities();
        this.readSchema = SparkTypes.toSpark(entity);
    }

    @Override
    public org.apache.spark.sql.connector.expressions.filter.Predicate[] pushPredicates(
            org.apache.spark.sql.connector.expressions.filter.Predicate[] predicates) {
        List<org.apache.spark.sql.connector.expressions.filter.Predicate> accepted = new ArrayList<>();
        List<org.apache.spark.sql.connector.expressions.filter.Predicate> returned = new ArrayList<>();
        List<Predicate> translated = new ArrayList<>();
        for (org.apache.spark.sql.connector.expressions.filter.Predicate predicate : predicates) {
            Optional<Predicate> translation = SparkPredicates.translate(predicate)
                    .filter(candidate -> Pushdown.isPushable(candidate, capabilities.filters(), entity));
            if (translation.isPresent()) {
                accepted.add(predicate);
                translated.add(translation.get());
            } else {
                returned.add(predicate);
            }
        }
        pushed = accepted.toArray(org.apache.spark.sql.connector.expressions.filter.Predicate[]::new);
        filter = Predicate.and(translated);
        return returned.toArray(org.apache.spark.sql.connector.expressions.filter.Predicate[]::new);
    }

    @Override
    public org.apache.spark.sql.connector.expressions.filter.Predicate[] pushedPredicates() {
        return pushed.clone();
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        readSchema = requiredSchema;
    }

    @Override
    public boolean pushLimit(int rows) {
        if (BookmarkSpec.fromOptions(connection.options()).isPresent()) {
            return false;
        }
        limit = OptionalLong.of(rows);
        return true;
    }

    @Override
    public boolean isPartiallyPushed() {
        return true;
    }

    @Override
    public Scan build() {
        List<String> columns = new ArrayList<>();
        for (StructField field : readSchema.fields()) {
            columns.add(entity.requireField(field.name()).name());
        }
        return new DovetailScan(connection, entity, new ScanSpec(columns, filter, limit), readSchema);
    }
}
