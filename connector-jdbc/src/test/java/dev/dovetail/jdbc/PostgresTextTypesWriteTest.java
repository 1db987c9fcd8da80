package dev.dovetail.jdbc;

import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL columns the connector describes as STRING but the server types strictly (uuid, jsonb, an
 * enum) are written and matched from text: the value is bound untyped, so the server reads it as the
 * column's own type, in writes as in predicates.
 */
@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresTextTypesWriteTest {
    private static final String ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    private static final String OTHER = "6fa459ea-ee8a-3ca4-894e-db77e160355e";

    @BeforeAll
    static void createTable(TestDatabase db) {
        db.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')",
                "CREATE TABLE notes (id uuid PRIMARY KEY, body jsonb, feeling mood)");
    }

    @Test
    void uuidJsonbAndEnumColumnsAreWrittenAndMatchedFromText(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db);

        assertThat(harness.write("notes").insert(Row.of(ID, "{\"a\": 1}", "happy"), Row.of(OTHER, null, "sad"))
                .isAllSucceeded()).isTrue();
        assertThat(harness.write("notes").upsert(Row.of(ID, "{\"a\": 2}", "sad")).isAllSucceeded()).isTrue();
        assertThat(harness.write("notes").delete(Row.of(OTHER, null, null)).isAllSucceeded()).isTrue();

        assertThat(harness.read("notes").run().rows()).containsExactly(Row.of(ID, "{\"a\": 2}", "sad"));
        assertThat(harness.read("notes").where(dev.dovetail.api.predicate.Predicate.eq("id", ID)).run().rowCount())
                .isEqualTo(1);
    }
}
