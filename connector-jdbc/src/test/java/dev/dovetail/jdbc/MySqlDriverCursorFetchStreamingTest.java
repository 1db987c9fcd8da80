package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MySQL Connector/J on the embedded MariaDB with {@code useCursorFetch=true}: given the fetch size as it is
 * (what MySqlDialect passes it then), the driver opens a server-side cursor and fetches {@code fetchsize}
 * rows per {@code COM_STMT_FETCH}. Between fetches the connection is idle ({@code Sleep}), so the proof
 * is the server's count of fetches: one when the first row arrives, one per 100 rows by the end. A
 * buffered read (fetch size 0) or a {@code Integer.MIN_VALUE} one (a plain stream, no cursor) makes none.
 * Only this test uses cursors, so the server-wide counter counts its fetches alone.
 */
@OnDatabase(TestDatabase.Kind.MARIADB)
class MySqlDriverCursorFetchStreamingTest extends MariaDbStreamingTest {
    private static final String FETCHES =
            "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_STMT_FETCH'";

    private long fetchesBefore;

    @Override
    String url(TestDatabase db) {
        return MySqlDriverTest.mysqlUrl(db) + "?useCursorFetch=true";
    }

    @Override
    void beforeRead(TestDatabase db, JdbcSession session) throws SQLException {
        fetchesBefore = Long.parseLong(single(session, FETCHES));
    }

    @Override
    String stateOf(TestDatabase db, String id) {
        long fetches = Long.parseLong(JdbcConnectionLossSuite.firstValue(db, FETCHES)) - fetchesBefore;
        return super.stateOf(db, id) + " after " + fetches + " fetch(es)";
    }

    @Override
    String streamingState() {
        return "Sleep after 1 fetch(es)";
    }

    @Override
    void afterRead(JdbcSession session) throws SQLException {
        assertThat(Long.parseLong(single(session, FETCHES)) - fetchesBefore).as("cursor fetches of 100 rows")
                .isGreaterThanOrEqualTo(ROWS / 100);
    }
}
