package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * The outcome of writing one record, positioned like the record in its batch.
 *
 * @param isSuccess whether it was written
 * @param recordId its id in the external system, if known
 * @param errorMessage why it was not written
 */
public record WriteRecordResult(
        @JsonProperty("isSuccess") boolean isSuccess, Optional<String> recordId, Optional<String> errorMessage) {

    public WriteRecordResult {
        recordId = Wire.optional(recordId);
        errorMessage = Wire.optional(errorMessage);
    }
}
