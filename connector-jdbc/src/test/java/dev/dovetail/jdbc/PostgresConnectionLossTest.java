package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresConnectionLossTest extends JdbcConnectionLossSuite {
    @Override
    void createSlowView(TestDatabase db) {
        db.execute("CREATE OR REPLACE FUNCTION slow_id(i bigint) RETURNS bigint AS $$ BEGIN PERFORM pg_sleep(0.001); RETURN i; END $$"
                        + " LANGUAGE plpgsql",
                "CREATE OR REPLACE VIEW slow_numbers AS SELECT slow_id(g) AS id FROM generate_series(1, 1000000) g");
    }

    @Override
    String findSessionRunning(TestDatabase db, String text) {
        return firstValue(db, "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                + " AND query LIKE 'SELECT %FROM %" + text + "%' AND query NOT LIKE '%pg_catalog%'");
    }

    @Override
    String killStatement(String id) {
        return "SELECT pg_terminate_backend(" + Integer.parseInt(id) + ")";
    }

    @Override
    String sleepQuery() {
        return "SELECT 1 AS one FROM (SELECT pg_sleep(5)) slow";
    }
}
