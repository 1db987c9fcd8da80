package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * An entity's description.
 *
 * @param isSuccess whether the entity could be described
 * @param errorDetails why not
 * @param entityDefinition the entity and its fields
 */
public record DescribeEntityResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        Optional<EntityDefinition> entityDefinition) implements ConnectorResponse {

    public DescribeEntityResponse {
        errorDetails = Wire.optional(errorDetails);
        entityDefinition = Wire.optional(entityDefinition);
    }

    /** The request failed. */
    public static DescribeEntityResponse failure(ErrorDetails error) {
        return new DescribeEntityResponse(false, Optional.of(error), Optional.empty());
    }
}
