package dev.dovetail.api;

import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Split;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ConnectorException}, {@link ErrorCode} and {@link Suggestions}. */
class ConnectorExceptionTest {

    @Test
    void codesCarryTheirRetryAdvice() {
        assertThat(new ConnectorException(ErrorCode.SERVICE_UNAVAILABLE, "down").retryable()).isTrue();
        assertThat(new ConnectorException(ErrorCode.INVALID_ARGUMENT, "bad").retryable()).isFalse();
        ConnectorException throttled = new ConnectorException(ErrorCode.CLIENT_ERROR, "429", null, Duration.ofSeconds(2));
        assertThat(throttled.retryable()).as("a retry-after makes any failure retryable").isTrue();
        assertThat(throttled.retryAfter()).hasValue(Duration.ofSeconds(2));
        assertThat(new ConnectorException(ErrorCode.SERVER_ERROR, "x").retryAfter()).isEmpty();
        assertThat(new ConnectorException(ErrorCode.SERVER_ERROR, "x").split()).isEmpty();
        assertThatThrownBy(() -> new ConnectorException(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ConnectorException(ErrorCode.SERVER_ERROR, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void inSplitNamesTheSplitAndKeepsEverythingElse() {
        IOException root = new IOException("reset");
        ConnectorException failure = new ConnectorException(ErrorCode.SERVICE_UNAVAILABLE, "db down", root);
        Split split = Split.of(3, 8, Predicate.ge("id", 100L));

        ConnectorException inSplit = failure.inSplit(split, "orders");

        assertThat(inSplit.getMessage()).isEqualTo("split #3 of 8 (id >= 100) of entity 'orders' failed: db down");
        assertThat(inSplit.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(inSplit.retryable()).isTrue();
        assertThat(inSplit.split()).hasValue(split);
        assertThat(inSplit.getCause()).isSameAs(failure);
        assertThat(Split.whole().describe()).isEqualTo("#0 of 1");
    }

    @Test
    void wrapKeepsConnectorExceptionsAndNamesOtherFailures() {
        ConnectorException original = new ConnectorException(ErrorCode.ACCESS_DENIED, "no");
        assertThat(ConnectorException.wrap(original, "ctx")).isSameAs(original);

        ConnectorException wrapped = ConnectorException.wrap(new IllegalStateException("boom"), "reading orders");
        assertThat(wrapped.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
        assertThat(wrapped.getMessage()).isEqualTo("reading orders: IllegalStateException: boom");
        assertThat(ConnectorException.wrap(new NullPointerException(), "ctx").getMessage()).isEqualTo("ctx: NullPointerException");

        ConnectorException interrupted = ConnectorException.wrap(new InterruptedException(), "waiting");
        assertThat(interrupted.code()).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
        assertThat(interrupted.getMessage()).isEqualTo("waiting: interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void redactedMasksMessageAndCausesOrReturnsTheSameInstance() {
        Redactor redactor = Redactor.of(List.of("hunter2"));
        ConnectorException clean = new ConnectorException(ErrorCode.CLIENT_ERROR, "nothing secret", new IOException("fine"));
        assertThat(clean.redacted(redactor)).isSameAs(clean);

        Split split = Split.of(0, 2, Predicate.lt("id", 5L));
        ConnectorException dirty = new ConnectorException(ErrorCode.RATE_LIMIT_EXCEEDED, "user ada/hunter2 throttled",
                new IOException("auth hunter2"), Duration.ofSeconds(1)).inSplit(split, "t");
        ConnectorException redacted = dirty.redacted(redactor);

        assertThat(redacted.getMessage()).doesNotContain("hunter2").contains("ada/****");
        assertThat(redacted.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
        assertThat(redacted.retryAfter()).hasValue(Duration.ofSeconds(1));
        assertThat(redacted.split()).hasValue(split);
        assertThat(redacted.getStackTrace()).isEqualTo(dirty.getStackTrace());
        for (Throwable t = redacted; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2");
        }
    }

    @Test
    void errorCodesSpeakAppFlowsNames() {
        assertThat(ErrorCode.INVALID_ARGUMENT.wireName()).isEqualTo("InvalidArgument");
        assertThat(ErrorCode.RESOURCE_NOT_FOUND.wireName()).isEqualTo("ResourceNotFoundError");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ErrorCode.fromName(code.wireName())).hasValue(code);
            assertThat(ErrorCode.fromName(code.name().toLowerCase())).hasValue(code);
        }
        assertThat(ErrorCode.fromName("invalidargument")).hasValue(ErrorCode.INVALID_ARGUMENT);
        assertThat(ErrorCode.fromName("Teapot")).isEmpty();
        assertThat(ErrorCode.RATE_LIMIT_EXCEEDED.retryableByDefault()).isTrue();
        assertThat(ErrorCode.REQUEST_TIMEOUT.retryableByDefault()).isTrue();
        assertThat(ErrorCode.PARTIAL_WRITE_FAILURE.retryableByDefault()).isFalse();
    }

    @Test
    void suggestionsAreCloseMatchesIgnoringCase() {
        List<String> names = List.of("dbTable", "partitionColumn", "numPartitions", "url");

        assertThat(Suggestions.closest("dbtabel", names)).hasValue("dbTable");
        assertThat(Suggestions.closest("DBTABLE", names)).hasValue("dbTable");
        assertThat(Suggestions.closest("partitionColum", names)).hasValue("partitionColumn");
        assertThat(Suggestions.closest("numPartition", names)).hasValue("numPartitions");
        assertThat(Suggestions.closest("uri", names)).hasValue("url");
        assertThat(Suggestions.closest("xyz", names)).isEmpty();
        assertThat(Suggestions.closest("totallyDifferent", names)).isEmpty();
        assertThat(Suggestions.closest("a", List.of())).isEmpty();
        assertThat(Suggestions.didYouMean("urll", names)).isEqualTo("; did you mean 'url'?");
        assertThat(Suggestions.didYouMean("zzz", names)).isEmpty();
        // The closest of several candidates wins.
        assertThat(Suggestions.closest("colour", List.of("colors", "colour1", "kolor"))).hasValue("colour1");
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        // A swap of neighbours is one edit.
        assertThat(Suggestions.distance("emial", "email")).isEqualTo(1);
        assertThat(Suggestions.closest("emial", List.of("email", "name"))).hasValue("email");
        assertThat(Suggestions.closest("dbTalbe", names)).hasValue("dbTable");
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
