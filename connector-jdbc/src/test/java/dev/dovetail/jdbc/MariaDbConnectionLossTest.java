package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

@OnDatabase(TestDatabase.Kind.MARIADB)
class MariaDbConnectionLossTest extends JdbcConnectionLossSuite {
    @Override
    void createSlowView(TestDatabase db) {
        db.execute("CREATE OR REPLACE VIEW slow_numbers AS SELECT seq AS id FROM seq_1_to_1000000 WHERE SLEEP(0.001) = 0");
    }

    @Override
    String findSessionRunning(TestDatabase db, String text) {
        return firstValue(db, "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
                + " AND INFO LIKE 'SELECT %FROM %" + text + "%' AND INFO NOT LIKE '%information_schema%'");
    }

    @Override
    String killStatement(String id) {
        return "KILL " + Long.parseLong(id);
    }

    @Override
    String sleepQuery() {
        return "SELECT SLEEP(5) AS slept";
    }
}
