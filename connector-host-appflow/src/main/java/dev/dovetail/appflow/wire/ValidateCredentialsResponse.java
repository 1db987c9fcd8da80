package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * Whether the credentials work.
 *
 * @param isSuccess whether a session could be opened with them
 * @param errorDetails why not
 */
public record ValidateCredentialsResponse(@JsonProperty("isSuccess") boolean isSuccess, Optional<ErrorDetails> errorDetails)
        implements ConnectorResponse {

    public ValidateCredentialsResponse {
        errorDetails = Wire.optional(errorDetails);
    }

    /** The credentials work. */
    public static ValidateCredentialsResponse success() {
        return new ValidateCredentialsResponse(true, Optional.empty());
    }

    /** They do not, or the request failed. */
    public static ValidateCredentialsResponse failure(ErrorDetails error) {
        return new ValidateCredentialsResponse(false, Optional.of(error));
    }
}
