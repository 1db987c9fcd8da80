package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * The records retrieved by id.
 *
 * @param isSuccess whether they could be read
 * @param errorDetails why not
 * @param records the records, each a JSON object as a string
 */
public record RetrieveDataResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        List<String> records) implements ConnectorResponse {

    public RetrieveDataResponse {
        errorDetails = Wire.optional(errorDetails);
        records = Wire.list(Optional.ofNullable(records), "RetrieveDataResponse", "records").orElse(List.of());
    }

    /** The request failed. */
    public static RetrieveDataResponse failure(ErrorDetails error) {
        return new RetrieveDataResponse(false, Optional.of(error), List.of());
    }
}
