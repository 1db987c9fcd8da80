package dev.dovetail.appflow;

import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.appflow.wire.EntityInfo;
import dev.dovetail.appflow.wire.ListEntitiesRequest;
import dev.dovetail.appflow.wire.ListEntitiesResponse;

import java.util.List;
import java.util.Optional;

/**
 * {@code ListEntities}: the connector's entities, {@code maxResult} per page (default {@value #DEFAULT_PAGE}),
 * with a {@link PageToken} when more follow. Dovetail entities are never nested, so only the top level (no
 * {@code entitiesPath}, or {@code /}) can be listed.
 */
final class ListEntitiesHandler {
    static final long DEFAULT_PAGE = 1000;
    private static final String KIND = "entities";

    private final AppFlowHost host;

    ListEntitiesHandler(AppFlowHost host) {
        this.host = host;
    }

    ListEntitiesResponse handle(ListEntitiesRequest request) {
        Optional<String> path = request.entitiesPath().filter(text -> !text.isBlank() && !text.equals("/"));
        if (path.isPresent()) {
            throw Errors.invalid("entitiesPath '" + path.get() + "' names no folder: the entities of connector '"
                    + host.name() + "' are not nested; list them without an entitiesPath");
        }
        long max = request.maxResult().orElse(DEFAULT_PAGE);
        if (max < 1) {
            throw Errors.invalid("maxResult must be at least 1; got " + max);
        }
        String fingerprint = Fingerprint.of(host.descriptor(), request.connectorContext().connectorRuntimeSettings(), List.of());
        long offset = request.nextToken().map(token -> PageToken.decode(token, KIND, fingerprint).offset()).orElse(0L);
        List<Entity> entities;
        try (RuntimeSession session = host.open(request.connectorContext())) {
            entities = session.listEntities();
        }
        int from = (int) Math.min(offset, entities.size());
        int to = (int) Math.min(entities.size(), from + max);
        Optional<String> next = to < entities.size()
                ? Optional.of(new PageToken(KIND, fingerprint, 0, to, to).encode()) : Optional.empty();
        return new ListEntitiesResponse(true, Optional.empty(),
                entities.subList(from, to).stream().map(ListEntitiesHandler::info).toList(), next);
    }

    /** How AppFlow shows {@code entity}. */
    static EntityInfo info(Entity entity) {
        return new EntityInfo(entity.name(), false, entity.writable(), Optional.of(entity.label().orElse(entity.name())),
                entity.description());
    }
}
