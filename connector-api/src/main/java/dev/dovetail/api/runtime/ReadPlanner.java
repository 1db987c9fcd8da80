package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.predicate.Pushdown;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.spi.ReadCapabilities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Plans a read the same way for every host:
 * <ol>
 *   <li>describes the entity and resolves the requested columns;</li>
 *   <li>loads the committed bookmark (rejecting one taken under other keys) and turns it, and the lag
 *       window, into predicates;</li>
 *   <li>plans the splits (the connector's {@code @Partitions} or the standard planners);</li>
 *   <li>per split, divides the predicate (the query's, the bookmark's and the split's) into what the
 *       connector pushes and the residual the runtime evaluates, chooses the columns the connector must
 *       write (the requested ones plus those the residual and the bookmark need) and pushes the limit
 *       only when nothing is left to filter.</li>
 * </ol>
 * Bad columns and values fail here, at planning, with the same message whatever the connector pushes.
 */
public final class ReadPlanner {
    private ReadPlanner() {
    }

    /**
     * The plan of {@code query}.
     *
     * @param capabilities what the connector pushes down
     * @param bookmarks where the query's bookmark is loaded from
     * @param clock the time the lag window is measured from
     */
    public static ReadPlan plan(RuntimeSession session, ReadCapabilities capabilities, ReadQuery query,
                                BookmarkStore bookmarks, Clock clock) {
        return plan(session, capabilities, query, session.describeEntity(query.entity()), bookmarks, clock);
    }

    /**
     * The plan of {@code query} over {@code entity}, the description of {@code query.entity()} the host
     * already holds (Spark's table schema, the schema AppFlow's filter was typed with): the plan reads that
     * very schema, and the entity is not described twice.
     *
     * @param entity what {@link RuntimeSession#describeEntity} returned for {@code query.entity()}
     */
    public static ReadPlan plan(RuntimeSession session, ReadCapabilities capabilities, ReadQuery query,
                                EntitySchema entity, BookmarkStore bookmarks, Clock clock) {
        EntitySchema output = query.columns().map(entity::project).orElse(entity);
        checkEvaluable(query.predicate(), entity);

        Optional<BookmarkState> committed = Optional.empty();
        Predicate bookmarkPredicate = Predicate.alwaysTrue();
        List<String> keys = List.of();
        if (query.bookmark().isPresent()) {
            JobBookmark job = query.bookmark().get();
            keys = bookmarkKeys(job.spec(), entity);
            committed = bookmarks.load(job.key());
            if (committed.isPresent()) {
                committed.get().requireCompatible(job.spec(), job.key());
            }
            bookmarkPredicate = Predicate.and(
                    committed.map(BookmarkState::rowsAfter).orElse(Predicate.alwaysTrue()),
                    lagPredicate(job.spec(), entity, clock.instant()));
        }
        Predicate base = Predicate.and(query.predicate(), bookmarkPredicate);

        List<Split> splits = session.planSplits(
                new PartitionRequest(entity, query.partitioning(), query.predicate(), query.zone()));
        List<SplitPlan> plans = new ArrayList<>(splits.size());
        for (Split split : splits) {
            plans.add(planSplit(session.connector(), capabilities, query, entity, output, base, split, keys, committed));
        }
        return new ReadPlan(entity, output, plans, query.limit(), query.bookmark(), committed);
    }

    private static SplitPlan planSplit(String connector, ReadCapabilities capabilities, ReadQuery query,
                                       EntitySchema entity, EntitySchema output, Predicate base, Split split,
                                       List<String> keys, Optional<BookmarkState> committed) {
        Predicate predicate = Predicate.and(base, split.predicate());
        Pushdown pushdown = Pushdown.split(predicate, capabilities.filters(), entity);
        if (Pushdown.needsConnector(pushdown.residual())) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the condition " + pushdown.residual()
                    + " is in the connector's own language, but connector '" + connector
                    + "' does not push native conditions down (its @ReadOperation lists no NATIVE filter)");
        }
        EntitySchema readSchema = entity;
        if (capabilities.projection()) {
            Set<String> columns = new LinkedHashSet<>(output.fieldNames());
            pushdown.residual().columns().forEach(column -> columns.add(entity.requireField(column).name()));
            columns.addAll(keys);
            readSchema = entity.project(List.copyOf(columns));
        }
        int[] outputIndex = new int[readSchema.size()];
        for (int i = 0; i < outputIndex.length; i++) {
            outputIndex[i] = output.indexOf(readSchema.field(i).name()).orElse(-1);
        }
        int[] keyIndex = new int[keys.size()];
        for (int k = 0; k < keyIndex.length; k++) {
            keyIndex[k] = readSchema.requireIndex(keys.get(k));
        }
        OptionalLong pushedLimit = capabilities.limit() && pushdown.residual().isAlwaysTrue()
                ? query.limit() : OptionalLong.empty();
        return new SplitPlan(entity, readSchema, output, pushdown.pushed(), pushdown.residual(), pushedLimit,
                query.limit(), split, committed, outputIndex, keyIndex,
                query.bookmark().map(job -> job.spec().order()));
    }

    /** Compiles every part of {@code predicate} the runtime could evaluate, so bad columns and values fail now. */
    private static void checkEvaluable(Predicate predicate, EntitySchema entity) {
        for (Predicate conjunct : predicate.conjuncts()) {
            if (Pushdown.needsConnector(conjunct)) {
                conjunct.columns().forEach(entity::requireIndex);
            } else {
                PredicateEvaluator.compile(conjunct, entity);
            }
        }
    }

    private static List<String> bookmarkKeys(BookmarkSpec spec, EntitySchema entity) {
        List<String> keys = new ArrayList<>();
        for (String key : spec.keys()) {
            Field field = entity.requireField(key);
            DataType.Kind kind = field.type().kind();
            if (!kind.isOrdered()) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "bookmark key '" + field.name() + "' of entity '"
                        + entity.name() + "' is " + field.type().typeName()
                        + ", which has no order; use numeric, string, DATE or TIMESTAMP columns");
            }
            keys.add(field.name());
        }
        return List.copyOf(keys);
    }

    private static Predicate lagPredicate(BookmarkSpec spec, EntitySchema entity, Instant now) {
        if (spec.lagWindow().isEmpty()) {
            return Predicate.alwaysTrue();
        }
        Field first = entity.requireField(spec.keys().get(0));
        Instant horizon = now.minus(spec.lagWindow().get());
        return switch (first.type().kind()) {
            case TIMESTAMP -> Predicate.lt(first.name(), horizon);
            case DATE -> Predicate.lt(first.name(), LocalDate.ofInstant(horizon, ZoneOffset.UTC));
            default -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option '"
                    + StandardOptions.JOB_BOOKMARK_LAG_WINDOW + "' needs the first bookmark key to be a DATE or TIMESTAMP"
                    + " column; '" + first.name() + "' is " + first.type().typeName());
        };
    }
}
