package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.sql.SQLException;

/** MariaDB is still sending the query's result, larger than the socket's buffers, when the first row arrives. */
@OnDatabase(TestDatabase.Kind.MARIADB)
class MariaDbStreamingTest extends JdbcStreamingSuite {
    @Override
    String connectionId(JdbcSession session) throws SQLException {
        return single(session, "SELECT CONNECTION_ID()");
    }

    @Override
    String stateOf(TestDatabase db, String id) {
        return JdbcConnectionLossSuite.firstValue(db, "SELECT COMMAND FROM information_schema.PROCESSLIST WHERE ID = " + Long.parseLong(id));
    }

    @Override
    String streamingState() {
        return "Query";
    }
}
