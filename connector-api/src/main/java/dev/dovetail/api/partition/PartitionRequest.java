package dev.dovetail.api.partition;

import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.EntitySchema;

import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * What a planner divides: an entity, the partitioning asked for, and the read's predicate (which a
 * connector's own planner may use to skip splits that cannot match).
 *
 * @param entity the entity's schema
 * @param spec the partitioning asked for
 * @param predicate the read's predicate, without split or bookmark parts
 * @param zone the zone of local timestamps in bounds (Spark's session time zone; UTC elsewhere)
 */
public record PartitionRequest(EntitySchema entity, PartitioningSpec spec, Predicate predicate, ZoneId zone) {
    public PartitionRequest {
        requireNonNull(entity, "entity is null");
        requireNonNull(spec, "spec is null");
        requireNonNull(predicate, "predicate is null");
        requireNonNull(zone, "zone is null");
    }
}
