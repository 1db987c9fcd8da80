package dev.dovetail.api;

import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.read.Split;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception of Dovetail: every failure a connector, a planner or a host reports
 * carries an {@link ErrorCode}, whether it is worth retrying, an optional retry delay and, for reads,
 * the split that failed.
 *
 * <p>Messages name the option, value or element at fault and say how to fix it. They never contain a
 * secret: code that builds a message from foreign text (a driver's error, a secret-bearing option)
 * redacts it first with {@link dev.dovetail.api.option.Redactor}.
 *
 * <p>Hosts map the exception to their own form: AppFlow's {@code errorDetails}, a Spark exception with
 * the message intact, or the harness's assertion output.
 */
public class ConnectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final boolean retryable;
    // Optional is not serializable; both are exposed as Optional and may be null only here.
    private final Duration retryAfter;
    private final Split split;

    /** A failure with the given code; retryable as the code says. */
    public ConnectorException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** A failure with the given code and cause; retryable as the code says. */
    public ConnectorException(ErrorCode code, String message, Throwable cause) {
        this(code, message, cause, code.retryableByDefault(), null, null);
    }

    /**
     * A failure the external system asked to retry after {@code retryAfter} (for example on HTTP 429);
     * such a failure is retryable.
     */
    public ConnectorException(ErrorCode code, String message, Throwable cause, Duration retryAfter) {
        this(code, message, cause, true, requireNonNull(retryAfter, "retryAfter is null"), null);
    }

    private ConnectorException(
            ErrorCode code, String message, Throwable cause, boolean retryable, Duration retryAfter, Split split) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.split = split;
    }

    /** The structured code; never null. */
    public ErrorCode code() {
        return code;
    }

    /** Whether retrying the same call unchanged may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** How long the external system asked the caller to wait before retrying, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The split whose read failed, when the failure happened while reading one. */
    public Optional<Split> split() {
        return Optional.ofNullable(split);
    }

    /**
     * This failure as it surfaces from a read of {@code split}: same code, retry advice and root cause,
     * with the split named at the front of the message.
     */
    public ConnectorException inSplit(Split split, String entity) {
        requireNonNull(split, "split is null");
        String message = "split " + split.describe() + " of entity '" + entity + "' failed: " + getMessage();
        return new ConnectorException(code, message, this, retryable, retryAfter, split);
    }

    /**
     * This failure with every secret {@code redactor} knows masked in its message and its causes' messages;
     * the same instance if nothing needed masking.
     */
    public ConnectorException redacted(Redactor redactor) {
        String message = redactor.redact(getMessage());
        Throwable cause = redactor.redact(getCause());
        if (message.equals(getMessage()) && cause == getCause()) {
            return this;
        }
        ConnectorException copy = new ConnectorException(code, message, cause, retryable, retryAfter, split);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * {@code failure} as a {@code ConnectorException}: returned unchanged if it already is one, otherwise
     * wrapped with {@link ErrorCode#UNKNOWN_ERROR} (or {@link ErrorCode#REQUEST_TIMEOUT} for an
     * interruption) and a message that starts with {@code context}. The caller must have redacted the
     * failure's message if it may carry secrets.
     */
    public static ConnectorException wrap(Throwable failure, String context) {
        if (failure instanceof ConnectorException connectorException) {
            return connectorException;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new ConnectorException(ErrorCode.REQUEST_TIMEOUT, context + ": interrupted", failure);
        }
        String type = failure instanceof Redactor.RedactedException redacted
                ? redacted.originalClassName().substring(redacted.originalClassName().lastIndexOf('.') + 1)
                : failure.getClass().getSimpleName();
        String detail = failure.getMessage() == null ? type : type + ": " + failure.getMessage();
        return new ConnectorException(ErrorCode.UNKNOWN_ERROR, context + ": " + detail, failure);
    }
}
