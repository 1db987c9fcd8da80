package dev.dovetail.api.runtime;

import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * How one split is read: the request the connector receives, the residual predicate the runtime
 * evaluates, how read columns map to output columns, which columns feed the bookmark, and the row limit
 * the runtime enforces. Immutable and serializable, so hosts ship it to where the split is read.
 */
public final class SplitPlan implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NO_LIMIT = -1;

    private final EntitySchema entity;
    private final EntitySchema readSchema;
    private final EntitySchema output;
    private final Predicate pushed;
    private final Predicate residual;
    private final long pushedLimit;
    private final long limit;
    private final Split split;
    private final BookmarkState committed; // null when the read has no committed bookmark
    private final int[] outputIndex;
    private final int[] bookmarkKeyIndex;
    private final SortOrder bookmarkOrder; // null when the read tracks no bookmark

    SplitPlan(EntitySchema entity, EntitySchema readSchema, EntitySchema output, Predicate pushed, Predicate residual,
              OptionalLong pushedLimit, OptionalLong limit, Split split, Optional<BookmarkState> committed,
              int[] outputIndex, int[] bookmarkKeyIndex, Optional<SortOrder> bookmarkOrder) {
        this.entity = requireNonNull(entity, "entity is null");
        this.readSchema = requireNonNull(readSchema, "readSchema is null");
        this.output = requireNonNull(output, "output is null");
        this.pushed = requireNonNull(pushed, "pushed is null");
        this.residual = requireNonNull(residual, "residual is null");
        this.pushedLimit = pushedLimit.orElse(NO_LIMIT);
        this.limit = limit.orElse(NO_LIMIT);
        this.split = requireNonNull(split, "split is null");
        this.committed = committed.orElse(null);
        this.outputIndex = outputIndex.clone();
        this.bookmarkKeyIndex = bookmarkKeyIndex.clone();
        this.bookmarkOrder = bookmarkOrder.orElse(null);
        if (bookmarkOrder.isPresent() == (bookmarkKeyIndex.length == 0)) {
            throw new IllegalArgumentException("a bookmark order comes exactly with bookmark keys");
        }
    }

    /** The request the connector's read operation receives. */
    public ReadRequest request() {
        return new ReadRequest(entity, readSchema, pushed,
                pushedLimit == NO_LIMIT ? OptionalLong.empty() : OptionalLong.of(pushedLimit),
                split, Optional.ofNullable(committed));
    }

    /** The split. */
    public Split split() {
        return split;
    }

    /** The columns the connector writes. */
    public EntitySchema readSchema() {
        return readSchema;
    }

    /** The columns the caller receives. */
    public EntitySchema output() {
        return output;
    }

    /** The part of the predicate the connector applies. */
    public Predicate pushed() {
        return pushed;
    }

    /** The part of the predicate the runtime applies; TRUE if none. */
    public Predicate residual() {
        return residual;
    }

    /** The most rows this split returns, enforced by the runtime. */
    public OptionalLong limit() {
        return limit == NO_LIMIT ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    /** For each read column, its position in the output, or -1 if the caller did not ask for it. */
    int[] outputIndex() {
        return outputIndex;
    }

    /** For each bookmark key, its position among the read columns; empty without a bookmark. */
    int[] bookmarkKeyIndex() {
        return bookmarkKeyIndex;
    }

    /** The order of the bookmark the read tracks, if any. */
    Optional<SortOrder> bookmarkOrder() {
        return Optional.ofNullable(bookmarkOrder);
    }

    /** The schema of the bookmark key columns, in key order. */
    EntitySchema bookmarkKeySchema() {
        List<Field> fields = new ArrayList<>(bookmarkKeyIndex.length);
        for (int index : bookmarkKeyIndex) {
            fields.add(readSchema.field(index));
        }
        return EntitySchema.of(readSchema.entity(), fields);
    }

    /** Whether rows go from the connector to the caller untouched: nothing to filter, remap, track or limit. */
    boolean isPassThrough() {
        if (!residual.isAlwaysTrue() || limit != NO_LIMIT || bookmarkKeyIndex.length > 0
                || outputIndex.length != output.size()) {
            return false;
        }
        for (int i = 0; i < outputIndex.length; i++) {
            if (outputIndex[i] != i) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SplitPlan{" + split.describe() + ", pushed=" + pushed + ", residual=" + residual
                + ", read=" + readSchema.fieldNames() + ", output=" + Arrays.toString(outputIndex) + "}";
    }
}
