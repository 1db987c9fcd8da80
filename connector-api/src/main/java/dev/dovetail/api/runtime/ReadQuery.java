package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What a caller asks of a whole read, before planning: an entity, the columns, a filter, a limit, how to
 * partition and which bookmark to start after. The {@link ReadPlanner} turns it into per-split requests
 * according to what the connector pushes down.
 *
 * @param entity the entity to read
 * @param columns the columns to return, in order; empty for all
 * @param predicate the rows to return
 * @param limit the most rows to return over all splits
 * @param partitioning how to split the read
 * @param bookmark the job bookmark to start after and track
 * @param zone the zone of local timestamps in partition bounds
 */
public record ReadQuery(
        String entity,
        Optional<List<String>> columns,
        Predicate predicate,
        OptionalLong limit,
        PartitioningSpec partitioning,
        Optional<JobBookmark> bookmark,
        ZoneId zone) {

    public ReadQuery {
        requireNonNull(entity, "entity is null");
        columns = requireNonNull(columns, "columns is null").map(List::copyOf);
        requireNonNull(predicate, "predicate is null");
        requireNonNull(limit, "limit is null");
        requireNonNull(partitioning, "partitioning is null");
        requireNonNull(bookmark, "bookmark is null");
        requireNonNull(zone, "zone is null");
        if (limit.isPresent() && limit.getAsLong() < 0) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "a limit must not be negative; got " + limit.getAsLong());
        }
        if (limit.isPresent() && bookmark.isPresent()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "a limit cannot be combined with a job bookmark:"
                    + " the rows past the limit would be skipped by the next run; read without a limit");
        }
    }

    /** Every row and column of {@code entity}, one split, no bookmark. */
    public static Builder builder(String entity) {
        return new Builder(entity);
    }

    /**
     * A query of {@code entity} partitioned and bookmarked as Glue's options say ({@code partitionColumn},
     * {@code hashfield}, {@code jobBookmarkKeys}, ...); the bookmark is stored under {@code jobName}
     * (else {@code defaultJob}) and {@code transformationContext} (else the entity's name).
     */
    public static Builder fromOptions(String entity, ConnectionOptions options, String defaultJob) {
        return new Builder(entity)
                .partitioning(PartitioningSpec.fromOptions(options))
                .bookmark(JobBookmark.fromOptions(options, defaultJob, entity));
    }

    /** Builds a {@link ReadQuery}. */
    public static final class Builder {
        private final String entity;
        private Optional<List<String>> columns = Optional.empty();
        private Predicate predicate = Predicate.alwaysTrue();
        private OptionalLong limit = OptionalLong.empty();
        private PartitioningSpec partitioning = PartitioningSpec.single();
        private Optional<JobBookmark> bookmark = Optional.empty();
        private ZoneId zone = ZoneOffset.UTC;

        private Builder(String entity) {
            this.entity = entity;
        }

        public Builder columns(List<String> columns) {
            this.columns = Optional.of(columns);
            return this;
        }

        /** Adds a filter; several filters must all hold. */
        public Builder where(Predicate filter) {
            this.predicate = Predicate.and(predicate, filter);
            return this;
        }

        public Builder limit(long limit) {
            this.limit = OptionalLong.of(limit);
            return this;
        }

        public Builder partitioning(PartitioningSpec partitioning) {
            this.partitioning = partitioning;
            return this;
        }

        public Builder bookmark(JobBookmark bookmark) {
            return bookmark(Optional.of(bookmark));
        }

        public Builder bookmark(Optional<JobBookmark> bookmark) {
            this.bookmark = bookmark;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public ReadQuery build() {
            return new ReadQuery(entity, columns, predicate, limit, partitioning, bookmark, zone);
        }
    }
}
