package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * One entity as {@code ListEntities} and {@code DescribeEntity} present it (the SDK's {@code Entity}).
 *
 * @param entityIdentifier the id later requests pass back (required)
 * @param hasNestedEntities whether it is a folder of further entities
 * @param isWritable whether {@code WriteData} accepts it
 * @param label a human-readable name
 * @param description human-readable text
 */
public record EntityInfo(
        String entityIdentifier,
        boolean hasNestedEntities,
        @JsonProperty("isWritable") boolean isWritable,
        Optional<String> label,
        Optional<String> description) {

    public EntityInfo {
        Wire.requiredText(entityIdentifier, "entity", "entityIdentifier");
        label = Wire.optional(label);
        description = Wire.optional(description);
    }
}
