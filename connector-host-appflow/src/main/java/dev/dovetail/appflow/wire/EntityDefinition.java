package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Map;

/**
 * An entity and its fields.
 *
 * @param entity the entity (required)
 * @param fields its fields, in order; empty if absent
 * @param customProperties anything else, as text
 */
public record EntityDefinition(EntityInfo entity, List<FieldDefinition> fields, Map<String, String> customProperties) {
    public EntityDefinition {
        Wire.required(entity, "entityDefinition", "entity");
        fields = Wire.list(java.util.Optional.ofNullable(fields), "entityDefinition", "fields").orElse(List.of());
        customProperties = Wire.pairs(customProperties, "entityDefinition", "customProperties");
    }
}
