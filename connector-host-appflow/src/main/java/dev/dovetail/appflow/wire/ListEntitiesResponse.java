package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * One page of entities.
 *
 * @param isSuccess whether the entities could be listed
 * @param errorDetails why not
 * @param entities this page's entities
 * @param nextToken present when more pages follow
 */
public record ListEntitiesResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        List<EntityInfo> entities,
        Optional<String> nextToken) implements ConnectorResponse {

    public ListEntitiesResponse {
        errorDetails = Wire.optional(errorDetails);
        entities = Wire.list(Optional.ofNullable(entities), "ListEntitiesResponse", "entities").orElse(List.of());
        nextToken = Wire.optional(nextToken);
    }

    /** The request failed. */
    public static ListEntitiesResponse failure(ErrorDetails error) {
        return new ListEntitiesResponse(false, Optional.of(error), List.of(), Optional.empty());
    }
}
