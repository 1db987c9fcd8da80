package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code queryTimeout} on H2, which the connection-loss suite leaves out (an in-memory database has no
 * connection to lose): a statement that would run for hours is cancelled after a second.
 */
@OnDatabase(TestDatabase.Kind.H2)
class H2QueryTimeoutTest {

    @Test
    void aStatementOverQueryTimeoutIsARequestTimeout(TestDatabase db) {
        String endless = "SELECT COUNT(*) AS n FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b";

        assertThatThrownBy(() -> JdbcFixtures.harness(db).withOption("queryTimeout", "1").withOption("query", endless)
                .read(JdbcConnector.QUERY_ENTITY).run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
                    assertThat(e.retryable()).isTrue();
                });
    }
}
