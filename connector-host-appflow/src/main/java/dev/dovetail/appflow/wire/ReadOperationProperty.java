package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * How a field behaves in reads.
 *
 * @param isRetrievable whether {@code QueryData} and {@code RetrieveData} return it
 * @param isNullable whether it may be NULL
 * @param isQueryable whether filter expressions may use it
 * @param isTimestampFieldForIncrementalQueries whether AppFlow may read incrementally on it
 */
public record ReadOperationProperty(
        @JsonProperty("isRetrievable") Optional<Boolean> isRetrievable,
        @JsonProperty("isNullable") Optional<Boolean> isNullable,
        @JsonProperty("isQueryable") Optional<Boolean> isQueryable,
        @JsonProperty("isTimestampFieldForIncrementalQueries") Optional<Boolean> isTimestampFieldForIncrementalQueries) {

    public ReadOperationProperty {
        isRetrievable = Wire.optional(isRetrievable);
        isNullable = Wire.optional(isNullable);
        isQueryable = Wire.optional(isQueryable);
        isTimestampFieldForIncrementalQueries = Wire.optional(isTimestampFieldForIncrementalQueries);
    }
}
