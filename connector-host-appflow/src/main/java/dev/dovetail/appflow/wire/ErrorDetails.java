package dev.dovetail.appflow.wire;

import java.util.Optional;

/**
 * Why a request failed.
 *
 * @param errorCode AppFlow's code, e.g. {@code InvalidArgument} (see {@link dev.dovetail.api.ErrorCode#wireName()})
 * @param errorMessage what was wrong and how to fix it; never a secret or a stack trace
 * @param retryAfterSeconds how long to wait before retrying, when the external system said
 */
public record ErrorDetails(String errorCode, String errorMessage, Optional<Integer> retryAfterSeconds) {
    public ErrorDetails {
        Wire.required(errorCode, "errorDetails", "errorCode");
        Wire.required(errorMessage, "errorDetails", "errorMessage");
        retryAfterSeconds = Wire.optional(retryAfterSeconds);
    }
}
