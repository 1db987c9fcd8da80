package dev.dovetail.jdbc;

import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.Secret;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@OnDatabase(TestDatabase.Kind.H2)
class H2SessionTest extends JdbcSessionSuite {
    private static boolean lazy(TestDatabase db, String url) throws SQLException {
        JdbcSettings settings = new JdbcSettings(url, Optional.empty(), Optional.empty(), Optional.empty(), 1000, 0, Optional.empty());
        try (JdbcSession session = new JdbcConnector().connect(settings,
                new ResolvedCredentials.Basic(db.user(), Secret.of(db.password())))) {
            return ((SessionLocal) session.connection().unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution();
        }
    }

    @Test
    void connectionsRunQueriesLazilyUnlessTheUrlSaysOtherwise(TestDatabase db) throws SQLException {
        assertThat(lazy(db, db.url())).isTrue();
        assertThat(lazy(db, db.url() + ";LAZY_QUERY_EXECUTION=FALSE")).isFalse();
    }
}
