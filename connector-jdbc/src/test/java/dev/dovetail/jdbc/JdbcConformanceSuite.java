package dev.dovetail.jdbc;

import dev.dovetail.harness.conformance.ConformanceContext;
import dev.dovetail.harness.conformance.ConnectorConformanceSuite;
import dev.dovetail.jdbc.testing.TestDatabase;

/** The JDBC connector passes the standard conformance suite; subclasses choose the database. */
abstract class JdbcConformanceSuite extends ConnectorConformanceSuite {
    private final TestDatabase db;

    JdbcConformanceSuite(TestDatabase db) {
        this.db = db;
    }

    @Override
    protected ConformanceContext context() {
        return new JdbcConformanceContext(db);
    }
}
