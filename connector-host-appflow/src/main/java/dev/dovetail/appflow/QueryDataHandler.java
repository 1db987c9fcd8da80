package dev.dovetail.appflow;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.appflow.filter.FilterExpression;
import dev.dovetail.appflow.wire.QueryDataRequest;
import dev.dovetail.appflow.wire.QueryDataResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code QueryData}: one page of an entity's records. The filter expression is parsed against the entity's
 * schema ({@link FilterExpression}) into the query's predicate and limit; the flow's partitioning settings
 * ({@link FlowSettings}) split the read; {@link PageReader} reads from where the {@code nextToken} says until
 * {@code maxResults} records (default {@value #DEFAULT_PAGE}), the 6 MB response limit or the deadline, and the next token
 * names the split and the rows of it returned so far. A page resumes exactly where the last stopped as long as
 * the connector returns a split's rows in the same order on every read (a table scan of unchanged data does).
 */
final class QueryDataHandler {
    static final long DEFAULT_PAGE = 1000;
    private static final String KIND = "records";

    private final AppFlowHost host;

    QueryDataHandler(AppFlowHost host) {
        this.host = host;
    }

    /**
     * One page of {@code request}'s records.
     *
     * @param deadline when the page must stop taking records to answer in time (the Lambda invocation's end less
     *     a reserve), if the invocation has one
     */
    QueryDataResponse handle(QueryDataRequest request, Optional<Instant> deadline) {
        long maxResults = request.maxResults().orElse(DEFAULT_PAGE);
        if (maxResults < 1) {
            throw Errors.invalid("maxResults must be at least 1; got " + maxResults);
        }
        List<String> fields = request.selectedFieldNames().orElse(List.of());
        String filter = request.filterExpression().orElse("");
        List<String> parts = new ArrayList<>(List.of(request.entityIdentifier(), filter));
        parts.addAll(fields);
        String fingerprint = Fingerprint.of(host.descriptor(), request.connectorContext().connectorRuntimeSettings(), parts);
        PageToken from = request.nextToken()
                .map(token -> PageToken.decode(token, KIND, fingerprint))
                .orElse(new PageToken(KIND, fingerprint, 0, 0, 0));
        ConnectionOptions options = host.options(request.connectorContext().connectorRuntimeSettings(),
                request.connectorContext().credentials());
        try (RuntimeSession session = host.open(request.connectorContext())) {
            EntitySchema schema = session.describeEntity(request.entityIdentifier());
            FilterExpression expression = FilterExpression.parse(filter, schema);
            long remaining = expression.limit().isPresent()
                    ? Math.max(0, expression.limit().getAsLong() - from.returned()) : Long.MAX_VALUE;
            ReadQuery.Builder query = ReadQuery.builder(schema.name())
                    .where(expression.predicate())
                    .partitioning(PartitioningSpec.fromOptions(options));
            expression.limit().ifPresent(query::limit);
            if (!fields.isEmpty()) {
                query.columns(fields);
            }
            RecordPage page = RecordPage.ofRecords(Math.min(maxResults, remaining), host.clock(), deadline);
            PageReader.End end = PageReader.read(host, session, query.build(), schema, page, from.split(), from.offset());
            long returned = from.returned() + page.size();
            boolean limitReached = expression.limit().isPresent() && returned >= expression.limit().getAsLong();
            Optional<String> next = end.more() && !limitReached
                    ? Optional.of(new PageToken(KIND, fingerprint, end.split(), end.offset().getAsLong(), returned).encode())
                    : Optional.empty();
            return new QueryDataResponse(true, Optional.empty(), next, page.records());
        }
    }
}
