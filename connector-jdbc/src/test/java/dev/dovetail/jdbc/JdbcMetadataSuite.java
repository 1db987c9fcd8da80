package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.metadata.JdbcCatalog;
import dev.dovetail.jdbc.metadata.JdbcTable;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

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

    private static JdbcSession session(TestDatabase db, Optional<String> query) throws SQLException {
        return new JdbcSession(db.connect(), Dialects.forUrl(db.url()), new JdbcSettings(db.url(),
                query, Optional.empty(), Optional.empty(), 1000, 0, Optional.empty()));
    }

    @Test
    void aDescribedSchemaCarriesItsTableSoASplitReadsWithoutLookingItUp(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE described (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL, amount DECIMAL(12,3),"
                + " due DATE, created TIMESTAMP)");
        List<String> entities = new java.util.ArrayList<>(List.of(folded(db, "described"), folded(db, "big_orders")));
        if (hasSchemas(db)) {
            entities.add(folded(db, "sales") + "." + folded(db, "regions"));
        }
        for (String entity : entities) {
            EntitySchema described;
            JdbcTable lookedUp;
            try (JdbcSession planning = session(db, Optional.empty())) {
                described = new JdbcCatalog(planning).describe(entity);
                lookedUp = new JdbcCatalog(planning).table(entity);
            }
            try (JdbcSession split = session(db, Optional.empty())) {
                JdbcTable carried = new JdbcCatalog(split)
                        .table(ReadRequest.all(described));
                assertThat(carried.columns()).as(entity).isEqualTo(lookedUp.columns());
                assertThat(carried.source()).as(entity).isEqualTo(lookedUp.source());
            }
        }

        // Without its table the schema of a plan still reads back (no metadata call); a name alone is looked up.
        EntitySchema described;
        try (JdbcSession planning = session(db, Optional.empty())) {
            described = new JdbcCatalog(planning).describe(folded(db, "described"));
        }
        db.execute("DROP TABLE described");
        try (JdbcSession split = session(db, Optional.empty())) {
            assertThat(new JdbcCatalog(split).table(ReadRequest.all(described))
                    .columns()).hasSize(5);
        }
        try (JdbcSession split = session(db, Optional.empty())) {
            assertThatThrownBy(() -> new JdbcCatalog(split).table(
                    ReadRequest.all(EntitySchema.builder(folded(db, "described")).field("id", DataType.INT).build())))
                    .isInstanceOf(ConnectorException.class)
                    .extracting(failure -> ((ConnectorException) failure).code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        }
    }

    @Test
    void theQueryEntitysSchemaCarriesItsColumnsToo(TestDatabase db) throws SQLException {
        Optional<String> query = Optional.of("SELECT id, customer, amount FROM orders");
        EntitySchema described;
        JdbcTable lookedUp;
        try (JdbcSession planning = session(db, query)) {
            described = new JdbcCatalog(planning).describe(JdbcConnector.QUERY_ENTITY);
            lookedUp = new JdbcCatalog(planning).table(JdbcConnector.QUERY_ENTITY);
        }
        try (JdbcSession split = session(db, query)) {
            JdbcTable carried = new JdbcCatalog(split)
                    .table(ReadRequest.all(described));
            assertThat(carried.columns()).isEqualTo(lookedUp.columns());
            assertThat(carried.source()).isEqualTo(lookedUp.source());
        }
    }

    @Test
    void aTableOfTheCurrentSchemaIsAlsoReachedQualified(TestDatabase db) throws SQLException {
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
