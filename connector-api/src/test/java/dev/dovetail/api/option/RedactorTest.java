package dev.dovetail.api.option;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.TestSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@link Redactor} and {@link Secret}. */
class RedactorTest {

    @Test
    void knownValuesAreMaskedLongestFirst() {
        Redactor redactor = Redactor.of(List.of("abc", "abcdef", "", "abc"));

        assertThat(redactor.redact("key abcdef and abc")).isEqualTo("key **** and ****");
        assertThat(redactor.redact("nothing here")).isEqualTo("nothing here");
        assertThat(redactor.redact((String) null)).isNull();
        // The empty string is not a secret: it would mask between every character.
        assertThat(Redactor.of(List.of("")).redact("text")).isEqualTo("text");
    }

    @Test
    void shortValuesAreMaskedOnlyWhereTheyStandAlone() {
        Redactor redactor = Redactor.of(List.of("u", "pw1", "long-secret"));

        assertThat(redactor.redact("user 'u' was refused: bad pw1")).isEqualTo("user '****' was refused: bad ****");
        assertThat(redactor.redact("u/pw1@db")).isEqualTo("****/****@db");
        assertThat(redactor.redact("pw12 and xlong-secretx")).isEqualTo("pw12 and x****x");
    }

    @Test
    void secretNamedParametersAreMaskedWithoutKnowingTheValue() {
        Redactor redactor = Redactor.parametersOnly();

        assertThat(redactor.redact("jdbc:mysql://h/db?user=ada&password=hunter2&useSSL=true"))
                .isEqualTo("jdbc:mysql://h/db?user=ada&password=****&useSSL=true");
        assertThat(redactor.redact("Server=x;PWD=s3cr3t;Database=y")).isEqualTo("Server=x;PWD=****;Database=y");
        assertThat(redactor.redact("https://api?token=t0k&api_key=k3y&api-key=k4y&apikey=k5y&access_key=a&secret=s"))
                .isEqualTo("https://api?token=****&api_key=****&api-key=****&apikey=****&access_key=****&secret=****");
        assertThat(redactor.redact("login failed (password=hunter2)")).isEqualTo("login failed (password=****)");
        assertThat(redactor.redact("credentials=abc, next")).isEqualTo("credentials=****, next");
        assertThat(redactor.redact("user=ada")).isEqualTo("user=ada");
    }

    @Test
    void redactorsCombine() {
        Redactor both = Redactor.of(List.of("one")).and(Redactor.of(List.of("two")));
        assertThat(both.redact("one two three")).isEqualTo("**** **** three");
    }

    @Test
    void aThrowableWithoutSecretsIsReturnedAsIs() {
        IOException failure = new IOException("connection refused", new IllegalStateException("socket closed"));
        assertThat(Redactor.of(List.of("hunter2")).redact(failure)).isSameAs(failure);
        assertThat(Redactor.of(List.of("hunter2")).redact((Throwable) null)).isNull();
    }

    @Test
    void aThrowableChainWithASecretIsCopiedKeepingClassNamesAndStacks() {
        SQLException root = new SQLException("access denied for ada using password hunter2");
        IOException middle = new IOException("cannot connect", root);
        IllegalStateException top = new IllegalStateException("open failed", middle);

        Throwable redacted = Redactor.of(List.of("hunter2")).redact(top);

        assertThat(redacted).isInstanceOf(Redactor.RedactedException.class);
        Redactor.RedactedException first = (Redactor.RedactedException) redacted;
        assertThat(first.originalClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.getMessage()).isEqualTo("open failed");
        assertThat(first.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(first).hasToString("java.lang.IllegalStateException: open failed");

        Redactor.RedactedException second = (Redactor.RedactedException) first.getCause();
        assertThat(second.originalClassName()).isEqualTo(IOException.class.getName());
        assertThat(second.getStackTrace()).isEqualTo(middle.getStackTrace());

        Redactor.RedactedException third = (Redactor.RedactedException) second.getCause();
        assertThat(third.originalClassName()).isEqualTo(SQLException.class.getName());
        assertThat(third.getMessage()).isEqualTo("access denied for ada using password ****");
        assertThat(third.getCause()).isNull();
        assertThat(third.getStackTrace()).isEqualTo(root.getStackTrace());

        // Nothing of the secret is left anywhere in the chain.
        for (Throwable t = redacted; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("hunter2");
            assertThat(t.toString()).doesNotContain("hunter2");
        }
        // The copy travels like any exception.
        Throwable travelled = TestSupport.roundTrip(redacted);
        assertThat(((Redactor.RedactedException) travelled).originalClassName()).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void aCauseCycleDoesNotHangRedaction() {
        IllegalStateException first = new IllegalStateException("outer with hunter2");
        IOException second = new IOException("inner");
        first.initCause(second);
        second.initCause(first);

        Throwable redacted = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Redactor.of(List.of("hunter2")).redact(first));

        assertThat(redacted.getMessage()).isEqualTo("outer with ****");
        assertThat(redacted.getCause().getMessage()).isEqualTo("inner");
        assertThat(((Redactor.RedactedException) redacted.getCause()).originalClassName()).isEqualTo(IOException.class.getName());
        assertThat(redacted.getCause().getCause()).as("the cycle is cut").isNull();
        // A cycle without secrets is returned as it is.
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Redactor.of(List.of("nothing")).redact(first))).isSameAs(first);
    }

    @Test
    void aNullMessageStaysNull() {
        RuntimeException failure = new RuntimeException((String) null, new RuntimeException("password=x"));
        Redactor.RedactedException redacted = (Redactor.RedactedException) Redactor.parametersOnly().redact(failure);
        assertThat(redacted.getMessage()).isNull();
        assertThat(redacted).hasToString("java.lang.RuntimeException");
        assertThat(redacted.getCause().getMessage()).isEqualTo("password=****");
    }

    @Test
    void wrappingARedactedFailureNamesTheOriginalClass() {
        Throwable redacted = Redactor.of(List.of("hunter2")).redact(new SQLException("bad password hunter2"));
        ConnectorException wrapped = ConnectorException.wrap(redacted, "reading orders");
        assertThat(wrapped.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
        assertThat(wrapped.getMessage()).isEqualTo("reading orders: SQLException: bad password ****");
    }

    @Test
    void secretsPrintMaskedAndCompareByValue() {
        Secret secret = Secret.of("hunter2");

        assertThat(secret).hasToString("****");
        assertThat(Secret.MASK).isEqualTo("****");
        assertThat(secret.reveal()).isEqualTo("hunter2");
        assertThat(secret.isEmpty()).isFalse();
        assertThat(Secret.of("").isEmpty()).isTrue();
        assertThat(secret).isEqualTo(Secret.of("hunter2"));
        assertThat(secret).isNotEqualTo(Secret.of("hunter3"));
        assertThat(secret).isNotEqualTo(Secret.of("hunter"));
        assertThat(secret).isNotEqualTo("hunter2");
        assertThat(secret.hashCode()).isEqualTo(Secret.of("other").hashCode());
        assertThat(String.valueOf(List.of(secret))).isEqualTo("[****]");
        assertThat(TestSupport.roundTrip(secret)).isEqualTo(secret);
        assertThat(TestSupport.roundTrip(secret).reveal()).isEqualTo("hunter2");
        assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
    }
}
