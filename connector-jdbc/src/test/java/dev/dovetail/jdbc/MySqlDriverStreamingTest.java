package dev.dovetail.jdbc;

import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;

/**
 * MySQL Connector/J on the embedded MariaDB, without {@code useCursorFetch}: it streams only when the fetch
 * size is {@code Integer.MIN_VALUE} (what MySqlDialect passes it), so the server is still sending the
 * query's result when the first row arrives. Given the plain fetch size it would read the whole result
 * into memory first, and the connection would be idle ({@code Sleep}) by then.
 */
@OnDatabase(TestDatabase.Kind.MARIADB)
class MySqlDriverStreamingTest extends MariaDbStreamingTest {
    @Override
    String url(TestDatabase db) {
        return MySqlDriverTest.mysqlUrl(db);
    }
}
