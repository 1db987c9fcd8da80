package dev.dovetail.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The structured code every {@link ConnectorException} carries. The codes are AppFlow's error codes,
 * so the AppFlow host reports them unchanged ({@link #wireName()}); the Spark host and the harness keep
 * them on the exception.
 */
public enum ErrorCode {
    /** The caller gave a bad option, entity, predicate or record. Fix the input; retrying will not help. */
    INVALID_ARGUMENT("InvalidArgument", false),
    /** The credentials were rejected by the external system. */
    INVALID_CREDENTIALS("InvalidCredentials", false),
    /** The credentials are valid but lack a permission. */
    ACCESS_DENIED("AccessDenied", false),
    /** The external system did not answer in time. */
    REQUEST_TIMEOUT("RequestTimeout", true),
    /** The external system throttled the call; see {@link ConnectorException#retryAfter()}. */
    RATE_LIMIT_EXCEEDED("RateLimitExceeded", true),
    /** The external system is unreachable or temporarily down. */
    SERVICE_UNAVAILABLE("ServiceUnavailable", true),
    /** The external system rejected the request as malformed. */
    CLIENT_ERROR("ClientError", false),
    /** The external system failed while serving a valid request. */
    SERVER_ERROR("ServerError", false),
    /** Nothing more precise is known. */
    UNKNOWN_ERROR("UnknownError", false),
    /** Some records of a write failed; the per-record results say which. */
    PARTIAL_WRITE_FAILURE("PartialWriteFailure", false),
    /** An entity, secret, bookmark or other named resource does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundError", false);

    private final String wireName;
    private final boolean retryable;

    ErrorCode(String wireName, boolean retryable) {
        this.wireName = wireName;
        this.retryable = retryable;
    }

    /** The code as AppFlow spells it on the wire, e.g. {@code InvalidArgument}. */
    public String wireName() {
        return wireName;
    }

    /** Whether a failure with this code is worth retrying unchanged, unless the exception says otherwise. */
    public boolean retryableByDefault() {
        return retryable;
    }

    /** The code whose {@link #wireName()} or constant name equals {@code name}, ignoring case. */
    public static Optional<ErrorCode> fromName(String name) {
        for (ErrorCode code : values()) {
            if (code.wireName.equalsIgnoreCase(name) || code.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
