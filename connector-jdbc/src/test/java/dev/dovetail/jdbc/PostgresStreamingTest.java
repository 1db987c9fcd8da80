package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL streams inside a transaction of the read's own, and gets its autocommit back afterwards. */
@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresStreamingTest extends JdbcStreamingSuite {
    @Override
    String connectionId(JdbcSession session) throws SQLException {
        return single(session, "SELECT pg_backend_pid()");
    }

    @Override
    String stateOf(TestDatabase db, String id) {
        return JdbcConnectionLossSuite.firstValue(db, "SELECT state FROM pg_stat_activity WHERE pid = " + Integer.parseInt(id));
    }

    @Override
    String streamingState() {
        return "idle in transaction";
    }

    @Override
    void afterRead(JdbcSession session) throws SQLException {
        assertThat(session.connection().getAutoCommit()).as("autocommit after the read").isTrue();
    }
}
