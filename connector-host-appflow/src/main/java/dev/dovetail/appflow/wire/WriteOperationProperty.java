package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * How a field behaves in writes.
 *
 * @param isCreatable whether an INSERT may set it
 * @param isUpdatable whether an UPDATE may set it
 * @param isNullable whether it may be written NULL
 * @param isUpsertable whether an UPSERT may set it
 * @param isDefaultedOnCreate whether the external system fills it on insert
 * @param supportedWriteOperations the writes that may carry it
 */
public record WriteOperationProperty(
        @JsonProperty("isCreatable") Optional<Boolean> isCreatable,
        @JsonProperty("isUpdatable") Optional<Boolean> isUpdatable,
        @JsonProperty("isNullable") Optional<Boolean> isNullable,
        @JsonProperty("isUpsertable") Optional<Boolean> isUpsertable,
        @JsonProperty("isDefaultedOnCreate") Optional<Boolean> isDefaultedOnCreate,
        Optional<List<WriteOperationType>> supportedWriteOperations) {

    public WriteOperationProperty {
        isCreatable = Wire.optional(isCreatable);
        isUpdatable = Wire.optional(isUpdatable);
        isNullable = Wire.optional(isNullable);
        isUpsertable = Wire.optional(isUpsertable);
        isDefaultedOnCreate = Wire.optional(isDefaultedOnCreate);
        supportedWriteOperations = Wire.list(supportedWriteOperations, "writeProperties", "supportedWriteOperations");
    }
}
