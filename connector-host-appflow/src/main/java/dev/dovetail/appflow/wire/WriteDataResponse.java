package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a write: one result per record. When some records failed, {@code isSuccess} is false and
 * {@code errorDetails} says {@code PartialWriteFailure}; the per-record results say which.
 *
 * @param isSuccess whether every record was written
 * @param errorDetails why not
 * @param writeRecordResults per record, in batch order; empty when the request failed as a whole
 */
public record WriteDataResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        List<WriteRecordResult> writeRecordResults) implements ConnectorResponse {

    public WriteDataResponse {
        errorDetails = Wire.optional(errorDetails);
        writeRecordResults = Wire.list(Optional.ofNullable(writeRecordResults), "WriteDataResponse", "writeRecordResults")
                .orElse(List.of());
    }

    /** The request failed as a whole. */
    public static WriteDataResponse failure(ErrorDetails error) {
        return new WriteDataResponse(false, Optional.of(error), List.of());
    }
}
