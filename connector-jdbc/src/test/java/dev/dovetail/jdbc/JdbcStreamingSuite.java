package dev.dovetail.jdbc;

import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowBuffer;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.metadata.JdbcCatalog;
import dev.dovetail.jdbc.read.JdbcReader;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results stream with {@code fetchsize}: seen from the server, while the first rows reach the sink the
 * reading connection is still in the middle of its read, where a buffered read would be over and the
 * connection idle. Drivers stream only when asked their own way (PostgreSQL: autocommit off and a fetch
 * size; MariaDB Connector/J: a fetch size), so each database checks the state it shows for it.
 */
abstract class JdbcStreamingSuite {
    static final int ROWS = 300_000;

    @BeforeAll
    static void createNumbers(TestDatabase db) {
        JdbcFixtures.numbers(db, "numbers", ROWS);
    }

    /** The server's id of the connection {@code session} reads on. */
    abstract String connectionId(JdbcSession session) throws SQLException;

    /** What the server says connection {@code id} is doing. */
    abstract String stateOf(TestDatabase db, String id);

    /** The state of a connection in the middle of a streamed read. */
    abstract String streamingState();

    /** The JDBC URL the read connects with: {@code db}'s own, unless a subclass reads through another driver. */
    String url(TestDatabase db) {
        return db.url();
    }

    /** Called just before the read starts, on the session that will read. */
    void beforeRead(TestDatabase db, JdbcSession session) throws SQLException {
    }

    /** Checks what else the database's streaming changes, once the read is over. */
    void afterRead(JdbcSession session) throws SQLException {
    }

    @Test
    void rowsArriveWhileTheReadIsStillGoingOn(TestDatabase db) throws SQLException {
        String url = url(db);
        try (JdbcSession session = new JdbcSession(DriverManager.getConnection(url, db.user(), db.password()), Dialects.forUrl(url),
                new JdbcSettings(url, Optional.empty(), Optional.empty(), Optional.empty(), 100, 0, Optional.empty()))) {
            String id = connectionId(session);
            EntitySchema numbers = new JdbcCatalog(session).describe("numbers");
            List<String> statesAtTheFirstRow = new ArrayList<>();
            RowBuffer sink = new RowBuffer(numbers) {
                @Override
                public boolean endRow() {
                    if (statesAtTheFirstRow.isEmpty()) {
                        statesAtTheFirstRow.add(stateOf(db, id));
                    }
                    return true;
                }
            };

            beforeRead(db, session);
            new JdbcReader(session).read(ReadRequest.all(numbers), sink);

            assertThat(statesAtTheFirstRow).as("the reading connection's state when the first row arrived")
                    .containsExactly(streamingState());
            afterRead(session);
        }
    }

    static String single(JdbcSession session, String sql) throws SQLException {
        try (Statement statement = session.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
