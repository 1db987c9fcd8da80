package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresConformanceTest extends JdbcConformanceSuite {
    PostgresConformanceTest(TestDatabase db) {
        super(db);
    }
}
