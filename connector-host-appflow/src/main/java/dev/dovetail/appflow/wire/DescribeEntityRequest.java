package dev.dovetail.appflow.wire;

/**
 * Asks for the fields of one entity.
 *
 * @param entityIdentifier the entity, as {@code ListEntities} named it (required)
 * @param connectorContext the profile's settings and credentials (required)
 */
public record DescribeEntityRequest(String entityIdentifier, ConnectorContext connectorContext) implements ConnectorRequest {

    public DescribeEntityRequest {
        Wire.requiredText(entityIdentifier, "DescribeEntityRequest", "entityIdentifier");
        Wire.required(connectorContext, "DescribeEntityRequest", "connectorContext");
    }
}
