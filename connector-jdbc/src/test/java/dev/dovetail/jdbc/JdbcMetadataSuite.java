package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dovetail.jdbc.JdbcFixtures.folded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Entities and their schemas: the naming rule, columns in order, nullability, primary keys, unknown names. */
abstract class JdbcMetadataSuite {
    @BeforeAll
    static void createTables(TestDatabase db) {
        db.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(40) NOT NULL, amount DECIMAL(10,2))",
                "CREATE TABLE order_lines (order_id INT NOT NULL, line_no INT NOT NULL, sku VARCHAR(20),"
                        + " PRIMARY KEY (order_id, line_no))",
                "CREATE TABLE orderXlines (id INT)",
                "CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100",
                "INSERT INTO orders VALUES (1, 'Ada', 150.00)");
        if (db.kind() != TestDatabase.Kind.MARIADB) {
            db.execute("CREATE SCHEMA sales", "CREATE TABLE sales.regions (code CHAR(2) PRIMARY KEY, name VARCHAR(20))",
                    "INSERT INTO sales.regions VALUES ('EU', 'Europe')");
        }
    }

    private static boolean hasSchemas(TestDatabase db) {
        return db.kind() != TestDatabase.Kind.MARIADB;
    }

    @Test
    void listsTablesAndViewsQualifiedOutsideTheCurrentSchema(TestDatabase db) {
        List<Entity> entities = JdbcFixtures.harness(db).listEntities();

        List<String> expected = new java.util.ArrayList<>(List.of(folded(db, "big_orders"), folded(db, "orderXlines"),
                folded(db, "order_lines"), folded(db, "orders")));
        if (hasSchemas(db)) {
            expected.add(folded(db, "sales") + "." + folded(db, "regions"));
        }
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(entities).filteredOn(entity -> entity.name().equalsIgnoreCase("orders")).singleElement()
                .extracting(Entity::writable).isEqualTo(true);
        assertThat(entities).filteredOn(entity -> entity.name().equalsIgnoreCase("big_orders")).singleElement()
                .extracting(Entity::writable).isEqualTo(false);
    }

    @Test
    void describeAndReadAcceptExactlyTheListedNames(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db);
        for (Entity entity : harness.listEntities()) {
            assertThat(harness.describe(entity.name()).name()).isEqualTo(entity.name());
            assertThat(harness.read(entity.name()).count().rowCount()).as(entity.name()).isGreaterThanOrEqualTo(0);
        }
        if (hasSchemas(db)) {
            assertThat(harness.read("sales.regions").run().rows()).hasSize(1);
        }
    }

    @Test
    void aTableOfTheCurrentSchemaIsAlsoReachedQualified(TestDatabase db) throws java.sql.SQLException {
        String namespace;
        try (java.sql.Connection connection = db.connect()) {
            namespace = hasSchemas(db) ? connection.getSchema() : connection.getCatalog();
        }
        ConnectorHarness harness = JdbcFixtures.harness(db);

        assertThat(harness.describe(namespace + "." + folded(db, "orders")).name()).isEqualTo(folded(db, "orders"));
        assertThat(harness.read(namespace.toLowerCase(java.util.Locale.ROOT) + ".orders").run().rows()).hasSize(1);
    }

    @Test
    void describesColumnsInOrderWithNullabilityAndPrimaryKey(TestDatabase db) {
        EntitySchema orders = JdbcFixtures.harness(db).describe("orders");

        assertThat(orders.fields()).extracting(Field::name, Field::type, Field::nullable, Field::primaryKey).containsExactly(
                tuple(folded(db, "id"), DataType.INT, false, true),
                tuple(folded(db, "customer"), DataType.STRING, false, false),
                tuple(folded(db, "amount"), DataType.decimal(10, 2), true, false));
        assertThat(JdbcFixtures.harness(db).describe("order_lines").primaryKey()).extracting(Field::name)
                .containsExactly(folded(db, "order_id"), folded(db, "line_no"));
        assertThat(JdbcFixtures.harness(db).describe("order_lines").fields()).as("'_' matched itself, not orderXlines")
                .hasSize(3);
    }

    @Test
    void namesMatchIgnoringCaseWhenNoneIsSpeltExactly(TestDatabase db) {
        assertThat(JdbcFixtures.harness(db).describe("ORDERS").name()).isEqualTo(folded(db, "orders"));
        assertThat(JdbcFixtures.harness(db).describe("Orders").fields()).hasSize(3);
    }

    @Test
    void anUnknownEntityIsNotFoundWithASuggestion(TestDatabase db) {
        assertThatThrownBy(() -> JdbcFixtures.harness(db).describe("ordrs"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessageContaining("'ordrs'").hasMessageContaining(folded(db, "orders"));
        assertThatThrownBy(() -> JdbcFixtures.harness(db).read("nope").run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessageContaining("'nope'");
    }

    @Test
    void aQueryIsDescribedWithoutReadingIt(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("query", "SELECT id, amount / 0 AS boom FROM orders");

        EntitySchema schema = harness.describe(JdbcConnector.QUERY_ENTITY);
        assertThat(schema.fieldNames()).hasSize(2);
        assertThatThrownBy(() -> harness.describe("orders"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'dbTable'").hasMessageContaining("'query'");
    }

    @Test
    void aQueryWithTwoColumnsOfOneNameIsAnInvalidArgument(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("query", "SELECT id, id FROM orders");

        assertThatThrownBy(() -> harness.describe(JdbcConnector.QUERY_ENTITY))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("'query'").hasMessageContainingAll("id");
    }
}
