package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Asks for one page of an entity's records.
 *
 * @param entityIdentifier the entity (required)
 * @param selectedFieldNames the fields each record carries; all if absent or empty
 * @param filterExpression the records to return, in AppFlow's filter language, with an optional {@code LIMIT}
 * @param maxResults the most records per page
 * @param nextToken the token of the previous page, to continue after it
 * @param connectorContext the profile's and the flow's settings and credentials (required)
 */
public record QueryDataRequest(
        String entityIdentifier,
        Optional<List<String>> selectedFieldNames,
        Optional<String> filterExpression,
        OptionalLong maxResults,
        Optional<String> nextToken,
        ConnectorContext connectorContext) implements ConnectorRequest {

    public QueryDataRequest {
        Wire.requiredText(entityIdentifier, "QueryDataRequest", "entityIdentifier");
        selectedFieldNames = Wire.list(selectedFieldNames, "QueryDataRequest", "selectedFieldNames");
        filterExpression = Wire.optional(filterExpression);
        maxResults = maxResults == null ? OptionalLong.empty() : maxResults;
        nextToken = Wire.optional(nextToken);
        Wire.required(connectorContext, "QueryDataRequest", "connectorContext");
    }
}
