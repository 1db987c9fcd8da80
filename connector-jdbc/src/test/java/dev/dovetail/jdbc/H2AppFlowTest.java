package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

@OnDatabase(TestDatabase.Kind.H2)
class H2AppFlowTest extends JdbcAppFlowSuite {
}
