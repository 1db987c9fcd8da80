package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresSessionTest extends JdbcSessionSuite {
    private static int prepareThreshold(TestDatabase db, String url) throws SQLException {
        try (JdbcSession session = JdbcFixtures.session(db, url)) {
            return session.connection().unwrap(PGConnection.class).getPrepareThreshold();
        }
    }

    @Test
    void connectionsReadBinaryFromAStatementsFirstExecutionUnlessTheUrlSaysOtherwise(TestDatabase db) throws SQLException {
        assertThat(prepareThreshold(db, db.url())).isEqualTo(-1);
        assertThat(prepareThreshold(db, db.url() + (db.url().contains("?") ? "&" : "?") + "prepareThreshold=5")).isEqualTo(5);
    }
}
