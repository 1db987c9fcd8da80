package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.JdbcConnector;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.JdbcSettings;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.testing.OnDatabase;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's describe in one catalog query against pgjdbc's {@code DatabaseMetaData} on a real server: the same
 * schema, column by column (type code, type name, precision, scale, nullability, generated, primary key), for
 * every kind of column and relation it covers; and the cases it leaves to {@code DatabaseMetaData}.
 */
@OnDatabase(TestDatabase.Kind.POSTGRESQL)
class PostgresCatalogQueryTest {
    private static final List<String> COVERED = List.of("every_type", "every_type_view", "every_type_summary",
            "events", "MixedCase", "under_score", "pk_later");

    @BeforeAll
    static void createTables(TestDatabase db) {
        db.execute("CREATE TABLE every_type (id integer PRIMARY KEY, i2 smallint NOT NULL, i8 bigint, s2 smallserial,"
                        + " s4 serial, s8 bigserial, ident integer GENERATED ALWAYS AS IDENTITY,"
                        + " twice bigint GENERATED ALWAYS AS (i8 * 2) STORED, n12 numeric(12,2), n numeric, n5 numeric(5),"
                        + " r real, d double precision, m money, c3 char(3), c char, qc \"char\", v10 varchar(10), v varchar,"
                        + " t text DEFAULT 'none', nm name, b bytea, flag boolean, bit1 bit(1), bit4 bit(4), vb varbit(8),"
                        + " day date, tod time, tod3 time(3), todz timetz, ts timestamp, ts3 timestamp(3), tsz timestamptz,"
                        + " tsz0 timestamptz(0), span interval, u uuid, j json, jb jsonb, x xml, ip inet, net cidr,"
                        + " mac macaddr, pt point, tsv tsvector, o oid, ints integer[], texts varchar(5)[],"
                        + " decimals numeric(8,3)[], stamps timestamptz[], grid integer[][])",
                "CREATE VIEW every_type_view AS SELECT id, n12, v10, tsz, ints FROM every_type",
                "CREATE MATERIALIZED VIEW every_type_summary AS SELECT count(*) AS rows, max(n12) AS top FROM every_type",
                "CREATE TABLE events (region char(2), at date, payload jsonb NOT NULL, PRIMARY KEY (region, at))"
                        + " PARTITION BY LIST (region)",
                "CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('EU')",
                "CREATE TABLE \"MixedCase\" (\"Id\" int PRIMARY KEY, \"Name With Space\" text)",
                "CREATE TABLE under_score (a int)",
                "CREATE TABLE underXscore (a bigint)",
                "CREATE TABLE pk_later (a int NOT NULL, dropped int, b text, PRIMARY KEY (b, a))",
                "ALTER TABLE pk_later DROP COLUMN dropped",
                "ALTER TABLE pk_later ADD COLUMN c numeric(4,1) DEFAULT 1.5",
                "CREATE DOMAIN positive AS numeric(6,2) CHECK (VALUE > 0)",
                "CREATE TYPE mood AS ENUM ('sad', 'happy')",
                "CREATE TABLE with_domain (id int PRIMARY KEY, amount positive)",
                "CREATE TABLE with_enum (id int PRIMARY KEY, feeling mood, feelings mood[])",
                "CREATE SCHEMA other",
                "CREATE TABLE other.every_type (elsewhere int)",
                "CREATE TABLE other.only_there (id int)");
    }

    private static JdbcSession session(TestDatabase db) {
        JdbcSettings settings = new JdbcSettings(db.url(), Optional.empty(), Optional.empty(), Optional.empty(), 1000, 0,
                Optional.empty());
        return new JdbcConnector().connect(settings, new ResolvedCredentials.Basic(db.user(), Secret.of(db.password())));
    }

    /** The schema {@link JdbcCatalog#describe} gives, and the one {@code DatabaseMetaData} alone gives, each on a session of its own. */
    private static void assertDescribedAsDatabaseMetaDataDoes(TestDatabase db, String entity) throws SQLException {
        EntitySchema described;
        EntitySchema throughMetaData;
        try (JdbcSession one = session(db); JdbcSession other = session(db)) {
            described = new JdbcCatalog(one).describe(entity);
            throughMetaData = new JdbcCatalog(other).describeThroughMetaData(entity);
        }
        assertThat(described).as(entity).isEqualTo(throughMetaData);
        assertThat(described.fields()).as(entity).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(throughMetaData.fields());
    }

    private static Optional<TableDescription> inOneQuery(TestDatabase db, String entity) throws SQLException {
        Dialect dialect = Dialects.forUrl(db.url());
        try (JdbcSession session = session(db)) {
            return dialect.describeInOneQuery(session.connection(), entity);
        }
    }

    @Test
    void describesEveryCoveredTableAsDatabaseMetaDataDoes(TestDatabase db) throws SQLException {
        for (String entity : COVERED) {
            assertThat(inOneQuery(db, entity)).as(entity).isPresent();
            assertDescribedAsDatabaseMetaDataDoes(db, entity);
        }
    }

    @Test
    void readsTypesNamesKeysAndGeneratedColumnsAsPgjdbcReportsThem(TestDatabase db) throws SQLException {
        TableDescription table = inOneQuery(db, "every_type").orElseThrow();

        assertThat(table.name()).isEqualTo(new TableName("every_type", table.name().catalog(), Optional.of("public"),
                "every_type", "TABLE"));
        assertThat(table.name().catalog()).isPresent();
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.columns()).extracting(JdbcColumn::name).startsWith("id", "i2", "i8", "s2", "s4", "s8")
                .hasSize(50);
        assertThat(table.columns().subList(3, 6)).extracting(JdbcColumn::typeName)
                .containsExactly("smallserial", "serial", "bigserial");
        assertThat(table.columns()).filteredOn(column -> column.name().equals("twice")).singleElement()
                .extracting(JdbcColumn::generated).isEqualTo(true);
        assertThat(table.columns()).filteredOn(column -> column.name().equals("n12")).singleElement()
                .extracting(JdbcColumn::precision, JdbcColumn::scale).containsExactly(12, 2);
        assertThat(table.columns()).filteredOn(column -> column.name().equals("i2")).singleElement()
                .extracting(JdbcColumn::nullable).isEqualTo(false);

        TableDescription later = inOneQuery(db, "pk_later").orElseThrow();
        assertThat(later.columns()).extracting(JdbcColumn::name).containsExactly("a", "b", "c");
        assertThat(later.primaryKey()).containsExactlyInAnyOrder("a", "b");
        assertThat(inOneQuery(db, "events").orElseThrow().name().type()).isEqualTo("PARTITIONED TABLE");
        assertThat(inOneQuery(db, "every_type_summary").orElseThrow().name().type()).isEqualTo("MATERIALIZED VIEW");
    }

    @Test
    void leavesDomainsEnumsAndNamesNotSpeltExactlyToDatabaseMetaData(TestDatabase db) throws SQLException {
        for (String entity : List.of("with_domain", "with_enum", "EVERY_TYPE", "other.every_type", "only_there",
                "other.only_there", "under%score")) {
            assertThat(inOneQuery(db, entity)).as(entity).isEmpty();
        }
        for (String entity : List.of("with_domain", "with_enum", "EVERY_TYPE", "other.every_type", "other.only_there")) {
            assertDescribedAsDatabaseMetaDataDoes(db, entity);
        }
        try (JdbcSession session = session(db)) {
            EntitySchema elsewhere = new JdbcCatalog(session).describe("other.every_type");
            assertThat(elsewhere.fields()).extracting(Field::name).containsExactly("elsewhere");
        }
    }
}
