package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresAppFlowTest extends JdbcAppFlowSuite {
}
