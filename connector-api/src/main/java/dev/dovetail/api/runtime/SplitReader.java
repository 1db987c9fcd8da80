package dev.dovetail.api.runtime;

import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.RowSink;

import java.util.Optional;

/**
 * Reads one planned split: the connector writes into a chain of sinks that evaluates the residual
 * predicate, drops columns the caller did not ask for, tracks the bookmark and enforces the limit, then
 * into the caller's sink, whose column positions are those of {@link SplitPlan#output()}. When there is
 * nothing to do (the connector pushed everything), the connector writes into the caller's sink directly.
 */
public final class SplitReader {
    private SplitReader() {
    }

    /**
     * Reads {@code plan} into {@code sink} with {@code session}.
     *
     * @return the best bookmark key the split returned
     * @throws dev.dovetail.api.ConnectorException naming the split, if the connector fails
     */
    public static SplitOutcome read(RuntimeSession session, SplitPlan plan, RowSink sink) {
        if (plan.isPassThrough()) {
            session.read(plan.request(), sink);
            return new SplitOutcome(Optional.empty());
        }
        BookmarkTracker tracker = plan.bookmarkOrder()
                .map(order -> new BookmarkTracker(plan.bookmarkKeySchema(), order))
                .orElse(null);
        RowSink head = new ProjectingSink(sink, plan.outputIndex(),
                tracker == null ? new int[0] : plan.bookmarkKeyIndex(), tracker, plan.limit().orElse(Long.MAX_VALUE));
        if (!plan.residual().isAlwaysTrue()) {
            head = new FilteringSink(plan.readSchema(), PredicateEvaluator.compile(plan.residual(), plan.readSchema()), head);
        }
        session.read(plan.request(), head);
        return new SplitOutcome(tracker == null ? Optional.empty() : tracker.best());
    }
}
