package dev.dovetail.appflow.wire;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Asks for one page of the connector's entities.
 *
 * @param entitiesPath the folder of nested entities to list; absent for the top level
 * @param maxResult the most entities per page
 * @param nextToken the token of the previous page, to continue after it
 * @param connectorContext the profile's settings and credentials (required)
 */
public record ListEntitiesRequest(
        Optional<String> entitiesPath,
        OptionalLong maxResult,
        Optional<String> nextToken,
        ConnectorContext connectorContext) implements ConnectorRequest {

    public ListEntitiesRequest {
        entitiesPath = Wire.optional(entitiesPath);
        maxResult = maxResult == null ? OptionalLong.empty() : maxResult;
        nextToken = Wire.optional(nextToken);
        Wire.required(connectorContext, "ListEntitiesRequest", "connectorContext");
    }
}
