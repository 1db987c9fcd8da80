package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@OnDatabase(TestDatabase.Kind.H2)
class H2SessionTest extends JdbcSessionSuite {
    private static boolean lazy(TestDatabase db, String url) throws SQLException {
        try (JdbcSession session = JdbcFixtures.session(db, url)) {
            return ((SessionLocal) session.connection().unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution();
        }
    }

    @Test
    void connectionsRunQueriesLazilyUnlessTheUrlSaysOtherwise(TestDatabase db) throws SQLException {
        assertThat(lazy(db, db.url())).isTrue();
        assertThat(lazy(db, db.url() + ";LAZY_QUERY_EXECUTION=FALSE")).isFalse();
    }
}
