package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * The answer to a request that could not be read far enough to know its type (malformed JSON, an unknown
 * or missing {@code type}): {@code isSuccess} and {@code errorDetails} only, which the SDK reads as a failure
 * of any response type but {@code DescribeConnectorConfigurationResponse} (whose identity fields it requires).
 *
 * @param isSuccess always false
 * @param errorDetails why
 */
public record FailureResponse(@JsonProperty("isSuccess") boolean isSuccess, Optional<ErrorDetails> errorDetails)
        implements ConnectorResponse {

    public FailureResponse {
        errorDetails = Wire.optional(errorDetails);
    }

    /** A failure for {@code error}. */
    public static FailureResponse of(ErrorDetails error) {
        return new FailureResponse(false, Optional.of(error));
    }
}
