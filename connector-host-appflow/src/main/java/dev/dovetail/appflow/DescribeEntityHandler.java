package dev.dovetail.appflow;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.appflow.wire.DescribeEntityRequest;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
import dev.dovetail.appflow.wire.EntityDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * {@code DescribeEntity}: the connector's schema of the entity as AppFlow field definitions (see
 * {@link FieldDefinitions}). An entity the connector does not know is its {@code ResourceNotFoundError}.
 */
final class DescribeEntityHandler {
    private final AppFlowHost host;

    DescribeEntityHandler(AppFlowHost host) {
        this.host = host;
    }

    DescribeEntityResponse handle(DescribeEntityRequest request) {
        EntitySchema schema;
        try (RuntimeSession session = host.open(request.connectorContext())) {
            schema = session.describeEntity(request.entityIdentifier());
        }
        EntityDefinition definition = new EntityDefinition(ListEntitiesHandler.info(schema.entity()),
                FieldDefinitions.of(schema, host.descriptor().writeCapabilities()), Map.of());
        return new DescribeEntityResponse(true, Optional.empty(), Optional.of(definition));
    }
}
