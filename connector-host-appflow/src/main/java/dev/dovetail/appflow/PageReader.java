package dev.dovetail.appflow;

import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadPlanner;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitReader;
import dev.dovetail.api.schema.EntitySchema;

import java.util.OptionalLong;

/**
 * Reads a query into a {@link RecordPage} the way the harness and the Spark host read: the runtime's
 * {@link ReadPlanner} plans it (the connector's pushdown, the residual, projection and limit), and
 * {@link SplitReader} reads split after split, all in one session (a Lambda invocation is one thread), from
 * the given split and offset until the page is full or the splits are done.
 */
final class PageReader {
    /**
     * Where a page ended.
     *
     * @param splits the number of splits the read has
     * @param split the split the next page starts in, if the page was full
     * @param offset the rows of that split the pages returned so far
     */
    record End(int splits, int split, OptionalLong offset) {
        /** Whether rows remain after this page. */
        boolean more() {
            return offset.isPresent();
        }
    }

    private PageReader() {
    }

    /**
     * Reads {@code query} from row {@code offset} of split {@code split} into {@code page}, planned over
     * {@code entity}, the description of the query's entity the handler already made.
     *
     * @throws dev.dovetail.api.ConnectorException {@code INVALID_ARGUMENT} if the split does not exist (a token
     *     of another plan), or the connector's failure naming its split
     */
    static End read(AppFlowHost host, RuntimeSession session, ReadQuery query, EntitySchema entity, RecordPage page,
                    int split, long offset) {
        ReadPlan plan = ReadPlanner.plan(session, host.descriptor().readCapabilities(), query, entity,
                new InMemoryBookmarkStore(), host.clock());
        int splits = plan.splits().size();
        if (split >= splits) {
            throw Errors.invalid("nextToken names split " + split + " but the read has " + splits
                    + " splits; send the request again without a nextToken");
        }
        for (int s = split; s < splits; s++) {
            page.startSplit(s == split ? offset : 0);
            SplitReader.read(session, plan.splits().get(s),
                    new JsonRecordSink(host.json().getFactory(), plan.output(), page));
            if (page.full()) {
                return new End(splits, s, OptionalLong.of(page.position()));
            }
        }
        return new End(splits, splits, OptionalLong.empty());
    }
}
