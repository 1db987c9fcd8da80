package dev.dovetail.appflow;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.appflow.wire.ErrorDetails;

import java.time.Duration;
import java.util.Optional;

/** Turns failures into AppFlow's {@code errorDetails}: the code and retry advice kept, the message as it is. */
final class Errors {
    private Errors() {
    }

    /** The details of {@code failure}; its message is already free of secrets (the runtime redacts). */
    static ErrorDetails of(ConnectorException failure) {
        return new ErrorDetails(failure.code().wireName(), failure.getMessage(),
                failure.retryAfter().map(Errors::seconds));
    }

    /** The details of a failure with {@code code} and {@code message}. */
    static ErrorDetails of(ErrorCode code, String message) {
        return new ErrorDetails(code.wireName(), message, Optional.empty());
    }

    /** Whole seconds, rounded up, at least one. */
    private static int seconds(Duration delay) {
        long millis = Math.max(1, delay.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }

    /** An {@link ErrorCode#INVALID_ARGUMENT} failure. */
    static ConnectorException invalid(String message) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
