package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One field of an entity.
 *
 * @param fieldName the field's name (required)
 * @param dataType its AppFlow type (required)
 * @param dataTypeLabel its type as the connector names it, e.g. {@code DECIMAL(10,2)}
 * @param label a human-readable name
 * @param description human-readable text
 * @param isPrimaryKey whether it is (part of) the primary key
 * @param defaultValue the value written when none is given
 * @param isDeprecated whether it is going away
 * @param constraints what values it accepts
 * @param readProperties how it behaves in reads
 * @param writeProperties how it behaves in writes
 * @param filterOperators the operators filter expressions may apply to it
 * @param customProperties anything else, as text
 */
public record FieldDefinition(
        String fieldName,
        FieldDataType dataType,
        Optional<String> dataTypeLabel,
        Optional<String> label,
        Optional<String> description,
        @JsonProperty("isPrimaryKey") Optional<Boolean> isPrimaryKey,
        Optional<String> defaultValue,
        @JsonProperty("isDeprecated") Optional<Boolean> isDeprecated,
        Optional<FieldConstraints> constraints,
        Optional<ReadOperationProperty> readProperties,
        Optional<WriteOperationProperty> writeProperties,
        Optional<List<ConnectorOperator>> filterOperators,
        Map<String, String> customProperties) {

    public FieldDefinition {
        Wire.requiredText(fieldName, "fieldDefinition", "fieldName");
        Wire.required(dataType, "fieldDefinition '" + fieldName + "'", "dataType");
        dataTypeLabel = Wire.optional(dataTypeLabel);
        label = Wire.optional(label);
        description = Wire.optional(description);
        isPrimaryKey = Wire.optional(isPrimaryKey);
        defaultValue = Wire.optional(defaultValue);
        isDeprecated = Wire.optional(isDeprecated);
        constraints = Wire.optional(constraints);
        readProperties = Wire.optional(readProperties);
        writeProperties = Wire.optional(writeProperties);
        filterOperators = Wire.list(filterOperators, "fieldDefinition '" + fieldName + "'", "filterOperators");
        customProperties = Wire.pairs(customProperties, "fieldDefinition '" + fieldName + "'", "customProperties");
    }
}
