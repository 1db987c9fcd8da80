package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * One page of records.
 *
 * @param isSuccess whether the records could be read
 * @param errorDetails why not
 * @param nextToken present when more pages follow; pass it back to continue exactly after this page
 * @param records the records, each a JSON object as a string
 */
public record QueryDataResponse(
        @JsonProperty("isSuccess") boolean isSuccess,
        Optional<ErrorDetails> errorDetails,
        Optional<String> nextToken,
        List<String> records) implements ConnectorResponse {

    public QueryDataResponse {
        errorDetails = Wire.optional(errorDetails);
        nextToken = Wire.optional(nextToken);
        records = Wire.list(Optional.ofNullable(records), "QueryDataResponse", "records").orElse(List.of());
    }

    /** The request failed. */
    public static QueryDataResponse failure(ErrorDetails error) {
        return new QueryDataResponse(false, Optional.of(error), Optional.empty(), List.of());
    }
}
