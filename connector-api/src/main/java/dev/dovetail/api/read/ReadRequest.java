package dev.dovetail.api.read;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.EntitySchema;

import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What a {@code @ReadOperation} is asked to read: one split of one entity. The runtime builds it from
 * what the connector declared it can push down, so every part is something the connector must honour:
 * <ul>
 *   <li>{@link #projection()}: the columns to write, in this order (column {@code i} of the sink is
 *       field {@code i} of the projection). It is the whole entity unless the connector pushes
 *       projection; it may include columns the caller did not ask for but the runtime needs.</li>
 *   <li>{@link #predicate()}: the rows to return, already including the split's own predicate and the
 *       bookmark's; only forms the connector declared. Returning extra rows is wrong; the runtime
 *       filters only what it kept back (the residual).</li>
 *   <li>{@link #limit()}: present only if the connector pushes limits; reading more is harmless (the
 *       runtime enforces it), reading fewer is wrong.</li>
 *   <li>{@link #split()}: the split being read, for connectors whose {@code @Partitions} put their own
 *       coordinates in {@link Split#properties()}.</li>
 *   <li>{@link #bookmark()}: the committed bookmark the predicate starts after, for connectors that want
 *       it in another form (an API's {@code modifiedSince}); it is already in the predicate.</li>
 * </ul>
 *
 * @param entity the entity's full schema
 * @param projection the columns to write
 * @param predicate the rows to return; TRUE for all
 * @param limit the most rows this split needs to return, if pushed
 * @param split the split being read
 * @param bookmark the committed bookmark this read starts after, if any
 */
public record ReadRequest(
        EntitySchema entity,
        EntitySchema projection,
        Predicate predicate,
        OptionalLong limit,
        Split split,
        Optional<BookmarkState> bookmark) {

    public ReadRequest {
        requireNonNull(entity, "entity is null");
        requireNonNull(projection, "projection is null");
        requireNonNull(predicate, "predicate is null");
        requireNonNull(limit, "limit is null");
        requireNonNull(split, "split is null");
        requireNonNull(bookmark, "bookmark is null");
        if (limit.isPresent() && limit.getAsLong() < 0) {
            throw new IllegalArgumentException("a limit is negative: " + limit.getAsLong());
        }
    }

    /** A request for every row and column of {@code entity} in one split. */
    public static ReadRequest all(EntitySchema entity) {
        return new ReadRequest(entity, entity, Predicate.alwaysTrue(), OptionalLong.empty(), Split.whole(), Optional.empty());
    }

    /** The entity's name. */
    public String entityName() {
        return entity.name();
    }
}
