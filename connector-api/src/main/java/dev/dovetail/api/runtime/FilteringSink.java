package dev.dovetail.api.runtime;

import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.EntitySchema;

/**
 * Holds each row the connector writes, evaluates the residual predicate on it, and replays the rows that
 * pass into the next sink. Rows that fail are dropped.
 */
final class FilteringSink extends RowBuffer {
    private final CompiledPredicate residual;
    private final RowSink next;

    FilteringSink(EntitySchema readSchema, CompiledPredicate residual, RowSink next) {
        super(readSchema);
        this.residual = residual;
        this.next = next;
    }

    @Override
    public boolean endRow() {
        if (!residual.test(this)) {
            return true;
        }
        for (int i = 0; i < size(); i++) {
            replay(i, next, i);
        }
        return next.endRow();
    }
}
