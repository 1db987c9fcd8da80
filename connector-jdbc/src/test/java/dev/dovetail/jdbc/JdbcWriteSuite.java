package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.testing.TestDatabase;
import dev.dovetail.jdbc.write.JdbcWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static dev.dovetail.api.write.WriteOperationType.DELETE;
import static dev.dovetail.api.write.WriteOperationType.INSERT;
import static dev.dovetail.api.write.WriteOperationType.UPDATE;
import static dev.dovetail.api.write.WriteOperationType.UPSERT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC writer on a real database: each test creates its own tables with DDL, describes them by hand
 * as an {@link EntitySchema}, writes through {@link JdbcWriter} and checks the rows with plain JDBC.
 * Subclasses choose the database with {@code @OnDatabase}.
 */
abstract class JdbcWriteSuite {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final String AWKWARD_TEXT = "O'Brien \"quoted\" \\ back; -- ünïcödé 日本語 😀";

    private TestDatabase db;
    private Dialect dialect;
    private JdbcSession session;

    @BeforeEach
    void openSession(TestDatabase db) throws SQLException {
        this.db = db;
        this.dialect = Dialects.forUrl(db.url());
        this.session = new JdbcSession(db.connect(), dialect,
                new JdbcSettings(db.url(), Optional.empty(), Optional.empty(), Optional.empty(), 1000, 0, Optional.empty()));
    }

    @AfterEach
    void closeSession() throws SQLException {
        session.close();
    }

    @Test
    void insertsEveryTypeAndNulls() throws SQLException {
        String table = table("CREATE TABLE %s (id BIGINT PRIMARY KEY, i INT, s SMALLINT, d DECIMAL(12,2), txt VARCHAR(100),"
                + " flag BOOLEAN, dt DATE, ts " + timestampType() + ", bin " + binaryType() + ", dbl DOUBLE PRECISION)");
        EntitySchema entity = entity(table, Field.builder("id", DataType.LONG).primaryKey(true).build(),
                Field.of("i", DataType.INT), Field.of("s", DataType.SHORT), Field.of("d", DataType.decimal(12, 2)),
                Field.of("txt", DataType.STRING), Field.of("flag", DataType.BOOLEAN), Field.of("dt", DataType.DATE),
                Field.of("ts", DataType.TIMESTAMP), Field.of("bin", DataType.BINARY), Field.of("dbl", DataType.DOUBLE));
        Instant instant = Instant.parse("2024-02-29T23:59:58.123456Z");
        WriteResult result = write(entity, INSERT, List.of(),
                Row.of(1L, -7, (short) 12, new BigDecimal("-1234567890.25"), AWKWARD_TEXT, true, LocalDate.of(1999, 12, 31),
                        instant, new byte[] {0, -1, 42}, 2.5),
                Row.of(2L, null, null, null, null, null, null, null, null, null));

        assertThat(result.records()).containsExactly(RecordResult.succeeded("1"), RecordResult.succeeded("2"));
        assertThat(rows("SELECT i, s, d, txt, flag, dt, ts, bin, dbl FROM " + table + " WHERE id = 1", rs -> List.of(
                rs.getInt(1), rs.getShort(2), rs.getBigDecimal(3), rs.getString(4), rs.getBoolean(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDateTime.class), List.of(rs.getBytes(8)[0],
                        rs.getBytes(8)[1], rs.getBytes(8)[2]), rs.getDouble(9))))
                .containsExactly(List.of(-7, (short) 12, new BigDecimal("-1234567890.25"), AWKWARD_TEXT, true,
                        LocalDate.of(1999, 12, 31), LocalDateTime.parse("2024-02-29T23:59:58.123456"),
                        List.of((byte) 0, (byte) -1, (byte) 42), 2.5));
        assertThat(rows("SELECT i, s, d, txt, flag, dt, ts, bin, dbl FROM " + table + " WHERE id = 2", rs -> {
            List<Boolean> nulls = new ArrayList<>();
            for (int c = 1; c <= 9; c++) {
                nulls.add(rs.getObject(c) == null);
            }
            return nulls;
        })).containsExactly(List.of(true, true, true, true, true, true, true, true, true));
    }

    @Test
    void updateSetsTheOtherColumnsAndFailsAMissingId() throws SQLException {
        String table = seededPeople();
        WriteResult result = write(people(table), UPDATE, List.of("id", "name"),
                Row.of(2L, "bea"), Row.of(99L, "nobody"), Row.of(1L, AWKWARD_TEXT));

        assertThat(result.records().get(0)).isEqualTo(RecordResult.succeeded("2"));
        assertThat(result.records().get(1).error()).hasValueSatisfying(error ->
                assertThat(error).contains("no row of table '" + stored(table) + "' has id 99").contains("nothing was updated"));
        assertThat(result.records().get(2)).isEqualTo(RecordResult.succeeded("1"));
        assertThat(names(table)).containsExactly("1:" + AWKWARD_TEXT + ":10", "2:bea:20", "3:cy:30");
    }

    @Test
    void deleteRemovesRowsAndFailsAMissingId() throws SQLException {
        String table = seededPeople();
        WriteResult result = write(people(table), DELETE, List.of("id"), Row.of(3L), Row.of(42L), Row.of(1L));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(true, false, true);
        assertThat(result.records().get(1).error()).hasValueSatisfying(error ->
                assertThat(error).contains("has id 42").contains("nothing was deleted"));
        assertThat(names(table)).containsExactly("2:bo:20");
    }

    @Test
    void upsertInsertsOrUpdatesAndTwiceIsIdempotent() throws SQLException {
        String table = seededPeople();
        List<Row> records = List.of(Row.of(2L, "bee", 21), Row.of(4L, "dee", null), Row.of(5L, AWKWARD_TEXT, 50));
        WriteResult first = write(people(table), UPSERT, List.of("id", "name", "age"), records.toArray(Row[]::new));
        List<String> afterFirst = names(table);
        WriteResult second = write(people(table), UPSERT, List.of("id", "name", "age"), records.toArray(Row[]::new));

        assertThat(first.records()).containsExactly(RecordResult.succeeded("2"), RecordResult.succeeded("4"),
                RecordResult.succeeded("5"));
        assertThat(second.isAllSucceeded()).isTrue();
        assertThat(afterFirst).containsExactly("1:al:10", "2:bee:21", "3:cy:30", "4:dee:null", "5:" + AWKWARD_TEXT + ":50");
        assertThat(names(table)).isEqualTo(afterFirst);
    }

    @Test
    void upsertOfOnlyItsColumnsLeavesTheOthersAlone() throws SQLException {
        String table = seededPeople();
        write(people(table), UPSERT, List.of("id", "name"), Row.of(1L, "ally"), Row.of(7L, "gus"));

        assertThat(names(table)).containsExactly("1:ally:10", "2:bo:20", "3:cy:30", "7:gus:null");
    }

    @Test
    void upsertWhereEveryColumnIsAnIdInsertsOnce() throws SQLException {
        String table = table("CREATE TABLE %s (tag VARCHAR(20) NOT NULL, item INT NOT NULL, PRIMARY KEY (tag, item))");
        EntitySchema entity = entity(table, Field.builder("tag", DataType.STRING).primaryKey(true).build(),
                Field.builder("item", DataType.INT).primaryKey(true).build());
        Row[] records = {Row.of("red", 1), Row.of("red", 2), Row.of("blue", 1)};
        WriteResult first = write(entity, UPSERT, List.of(), records);
        WriteResult second = write(entity, UPSERT, List.of(), records);

        assertThat(first.records()).containsExactly(RecordResult.succeeded("[red, 1]"), RecordResult.succeeded("[red, 2]"),
                RecordResult.succeeded("[blue, 1]"));
        assertThat(second.isAllSucceeded()).isTrue();
        assertThat(rows("SELECT tag, item FROM " + table + " ORDER BY tag, item", rs -> rs.getString(1) + rs.getInt(2)))
                .containsExactly("blue1", "red1", "red2");
    }

    @Test
    void anInsertWithoutItsGeneratedKeyReportsTheKeysTheDatabaseGenerated() throws SQLException {
        String table = table("CREATE TABLE %s (id BIGINT " + (db.kind() == TestDatabase.Kind.MARIADB ? "AUTO_INCREMENT"
                : "GENERATED BY DEFAULT AS IDENTITY") + " PRIMARY KEY, name VARCHAR(20) NOT NULL)");
        EntitySchema entity = people(table);
        entity = entity.project(List.of("id", "name"));
        WriteResult batched = write(entity, INSERT, List.of("name"), Row.of("ann"), Row.of("ben"));
        WriteResult replayed = write(entity, INSERT, List.of("name"), Row.of("cat"), Row.of((Object) null), Row.of("dan"));

        List<String> ids = rows("SELECT id FROM " + table + " ORDER BY id", rs -> rs.getString(1));
        assertThat(ids).hasSize(4);
        assertThat(batched.records()).containsExactly(RecordResult.succeeded(ids.get(0)), RecordResult.succeeded(ids.get(1)));
        assertThat(replayed.records()).extracting(RecordResult::id)
                .containsExactly(Optional.of(ids.get(2)), Optional.empty(), Optional.of(ids.get(3)));
        assertThat(rows("SELECT name FROM " + table + " ORDER BY id", rs -> rs.getString(1)))
                .containsExactly("ann", "ben", "cat", "dan");
    }

    @Test
    void compositeIdsFindRowsByEveryPart() throws SQLException {
        String table = table("CREATE TABLE %s (region VARCHAR(10) NOT NULL, no INT NOT NULL, qty INT, PRIMARY KEY (region, no))");
        EntitySchema entity = entity(table, Field.builder("region", DataType.STRING).primaryKey(true).build(),
                Field.builder("no", DataType.INT).primaryKey(true).build(), Field.of("qty", DataType.INT));
        write(entity, INSERT, List.of(), Row.of("eu", 1, 5), Row.of("eu", 2, 6), Row.of("us", 1, 7));

        WriteResult updated = write(entity, UPDATE, List.of(), Row.of("us", 1, 70), Row.of("us", 2, 80));
        WriteResult deleted = write(entity, DELETE, List.of(), Row.of("eu", 2, null));

        assertThat(updated.records().get(0)).isEqualTo(RecordResult.succeeded("[us, 1]"));
        assertThat(updated.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).contains("has id [us, 2]"));
        assertThat(deleted.records()).containsExactly(RecordResult.succeeded("[eu, 2]"));
        assertThat(rows("SELECT region, no, qty FROM " + table + " ORDER BY region, no",
                rs -> rs.getString(1) + rs.getInt(2) + "=" + rs.getInt(3))).containsExactly("eu1=5", "us1=70");
    }

    @Test
    void aDuplicateKeyFailsExactlyThatRecordAcrossChunks() throws SQLException {
        String table = seededPeople();
        List<Row> records = numbered(1_200);
        records.set(3, Row.of(2L, "clash with a seeded row", 1));
        records.set(742, Row.of(1_010L, "clash with record 10", 1));
        WriteResult result = write(people(table), INSERT, List.of("id", "name", "age"), records.toArray(Row[]::new));

        assertThat(failures(result)).containsOnlyKeys(3, 742);
        assertThat(failures(result).values()).allSatisfy(error -> assertThat(error).startsWith("SQLSTATE 23"));
        assertThat(result.records().get(743)).isEqualTo(RecordResult.succeeded("1743"));
        assertThat(result.records().get(742).id()).hasValue("1010");
        assertThat(count(table)).isEqualTo(3 + 1_198);
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void allOrNoneRollsBackEverythingWhenOneRecordFails() throws SQLException {
        String table = seededPeople();
        WriteResult result = write(people(table), INSERT, List.of("id", "name", "age"), true, clashAt742());

        assertThat(result.failureCount()).isEqualTo(1_200);
        assertThat(result.records().get(742).error()).hasValueSatisfying(error -> assertThat(error).startsWith("SQLSTATE 23"));
        assertThat(result.records().get(0).error()).hasValueSatisfying(error -> assertThat(error)
                .contains("all-or-none").contains("record 742 failed (SQLSTATE 23"));
        assertThat(result.records().get(1_199).error()).isEqualTo(result.records().get(0).error());
        assertThat(result.records().get(1_199).id()).hasValue("2199");
        assertThat(count(table)).isEqualTo(3);
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void allOrNoneFailsEverythingWhenAnUpdateMatchesNoRow() throws SQLException {
        String table = seededPeople();
        WriteResult result = write(people(table), UPDATE, List.of("id", "name"), true,
                Row.of(1L, "changed"), Row.of(77L, "missing"), Row.of(3L, "changed"));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(false, false, false);
        assertThat(result.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).contains("has id 77"));
        assertThat(result.records().get(2).error()).hasValueSatisfying(error -> assertThat(error).contains("record 1 failed"));
        assertThat(names(table)).containsExactly("1:al:10", "2:bo:20", "3:cy:30");
    }

    @Test
    void allOrNoneCommitsASuccessfulBatchAndRestoresAutocommit() throws SQLException {
        String table = seededPeople();
        WriteResult result = write(people(table), UPSERT, List.of("id", "name", "age"), true, numbered(1_001).toArray(Row[]::new));

        assertThat(result.isAllSucceeded()).isTrue();
        assertThat(count(table)).isEqualTo(3 + 1_001);
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void largeBatchesOfEveryOperationSpanChunks() throws SQLException {
        String table = seededPeople();
        EntitySchema people = people(table);
        write(people, INSERT, List.of("id", "name", "age"), numbered(1_234).toArray(Row[]::new));
        Row[] older = IntStream.range(0, 1_234).mapToObj(i -> Row.of(1_000L + i, "older", i + 1)).toArray(Row[]::new);
        WriteResult updated = write(people, UPDATE, List.of("id", "name", "age"), older);
        assertThat(updated.isAllSucceeded()).isTrue();
        assertThat(rows("SELECT count(*) FROM " + table + " WHERE name = 'older' AND age = id - 999", rs -> rs.getInt(1)))
                .containsExactly(1_234);

        Row[] gone = IntStream.range(0, 1_234).mapToObj(i -> Row.of(1_000L + i)).toArray(Row[]::new);
        WriteResult deleted = write(people, DELETE, List.of("id"), gone);
        assertThat(deleted.isAllSucceeded()).isTrue();
        assertThat(count(table)).isEqualTo(3);
    }

    @Test
    void constraintAndDataErrorsFailTheirRecordWithTheSqlState() throws SQLException {
        String table = table("CREATE TABLE %s (id BIGINT PRIMARY KEY, code VARCHAR(3) NOT NULL)");
        EntitySchema entity = entity(table, Field.builder("id", DataType.LONG).primaryKey(true).build(),
                Field.of("code", DataType.STRING));
        WriteResult result = write(entity, INSERT, List.of(), Row.of(1L, "ok"), Row.of(2L, null), Row.of(3L, "far too long"),
                Row.of(4L, "ok"));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(true, false, false, true);
        assertThat(result.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).startsWith("SQLSTATE 23"));
        assertThat(result.records().get(2).error()).hasValueSatisfying(error -> assertThat(error).startsWith("SQLSTATE 22")
                .doesNotContain("far too long"));
        assertThat(result.records().get(3)).isEqualTo(RecordResult.succeeded("4"));
        assertThat(result.records().get(2).id()).hasValue("3");
        assertThat(rows("SELECT id FROM " + table + " ORDER BY id", rs -> rs.getLong(1))).containsExactly(1L, 4L);
    }

    @Test
    void writesASchemaQualifiedTable() throws SQLException {
        String schema = createOtherSchema();
        String table = schema + ".orders";
        db.execute("CREATE TABLE " + dialect.quote(schema) + "." + dialect.quote("orders")
                + " (" + dialect.quote("id") + " BIGINT PRIMARY KEY, " + dialect.quote("total") + " DECIMAL(10,2))");
        EntitySchema entity = exactEntity(table, Field.builder("id", DataType.LONG).primaryKey(true).build(),
                Field.of("total", DataType.decimal(10, 2)));

        write(entity, INSERT, List.of(), Row.of(1L, new BigDecimal("9.99")), Row.of(2L, new BigDecimal("5.00")));
        write(entity, UPSERT, List.of(), Row.of(2L, new BigDecimal("6.50")), Row.of(3L, new BigDecimal("1.25")));
        write(entity, UPDATE, List.of(), Row.of(1L, new BigDecimal("10.00")));
        write(entity, DELETE, List.of(), Row.of(3L, null));

        assertThat(rows("SELECT " + dialect.quote("id") + ", " + dialect.quote("total") + " FROM " + dialect.quote(schema)
                + "." + dialect.quote("orders") + " ORDER BY 1",
                rs -> rs.getLong(1) + "=" + rs.getBigDecimal(2))).containsExactly("1=10.00", "2=6.50");
    }

    @Test
    void identifiersThatNeedQuotingWorkForEveryOperation() throws SQLException {
        String table = "order lines " + TABLES.incrementAndGet();
        db.execute("CREATE TABLE " + dialect.quote(table) + " (" + dialect.quote("order") + " INT PRIMARY KEY, "
                + dialect.quote("unit price") + " INT, " + dialect.quote("Select") + " VARCHAR(10))" + tableOptions());
        EntitySchema entity = exactEntity(table, Field.builder("order", DataType.INT).primaryKey(true).build(),
                Field.of("unit price", DataType.INT), Field.of("Select", DataType.STRING));

        write(entity, INSERT, List.of(), Row.of(1, 10, "a"), Row.of(2, 20, "b"));
        write(entity, UPDATE, List.of(), Row.of(1, 11, "aa"));
        write(entity, UPSERT, List.of(), Row.of(2, 22, "bb"), Row.of(3, 33, "c"));
        WriteResult deleted = write(entity, DELETE, List.of(), Row.of(3, null, null));

        assertThat(deleted.records()).containsExactly(RecordResult.succeeded("3"));
        assertThat(rows("SELECT " + dialect.quote("order") + ", " + dialect.quote("unit price") + ", " + dialect.quote("Select")
                + " FROM " + dialect.quote(table) + " ORDER BY 1", rs -> rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getString(3)))
                .containsExactly("1:11:aa", "2:22:bb");
    }

    @Test
    void injectionThroughNamesFailsSafelyAndThroughValuesIsStoredLiterally() throws SQLException {
        String victims = seededPeople();
        String attack = "x" + dialect.quoteCharacter() + "; DROP TABLE " + victims + "; --";
        EntitySchema badTable = exactEntity(stored(victims) + attack, Field.builder("id", DataType.LONG).primaryKey(true).build(),
                Field.of("name", DataType.STRING));
        EntitySchema badColumn = entity(victims, Field.builder("id", DataType.LONG).primaryKey(true).build(),
                Field.of(attack, DataType.STRING));

        assertThatThrownBy(() -> write(badTable, INSERT, List.of(), Row.of(9L, "x")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> write(badColumn, UPDATE, List.of(), Row.of(1L, "x")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        String value = "'); DROP TABLE " + victims + "; --";
        write(people(victims), INSERT, List.of("id", "name"), Row.of(9L, value));

        assertThat(names(victims)).containsExactly("1:al:10", "2:bo:20", "3:cy:30", "9:" + value + ":null");
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void aMissingTableIsAnInvalidArgumentNamingIt() {
        EntitySchema entity = entity("no_such_table", Field.builder("id", DataType.LONG).primaryKey(true).build());

        assertThatThrownBy(() -> write(entity, INSERT, List.of(), Row.of(1L)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("INSERT of 1 records into table '" + stored("no_such_table") + "'")
                            .contains("SQLSTATE 42").contains("nothing was written");
                });
    }

    @Test
    void anUpdateOfOnlyItsIdsAndAnEmptyBatchAreHandled() throws SQLException {
        String table = seededPeople();

        assertThatThrownBy(() -> write(people(table), UPDATE, List.of("id"), Row.of(1L)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("carries only its id fields [" + stored("id") + "]");
        assertThat(write(people(table), DELETE, List.of("id")).records()).isEmpty();
        assertThat(count(table)).isEqualTo(3);
    }

    @Test
    void overwriteEmptiesTheTableThenInsertsWithOrWithoutAllOrNone() throws SQLException {
        for (boolean allOrNone : new boolean[] {false, true}) {
            String table = seededPeople();
            WriteResult result = overwrite(people(table), allOrNone, Row.of(7L, "new", 70), Row.of(8L, "newer", 80));

            assertThat(result.isAllSucceeded()).isTrue();
            assertThat(result.records()).hasSize(2);
            assertThat(names(table)).as("allOrNone=" + allOrNone).containsExactly("7:new:70", "8:newer:80");
            assertThat(session.connection().getAutoCommit()).isTrue();
        }
    }

    @Test
    void anOverwriteWithoutRecordsOnlyEmptiesTheTable() throws SQLException {
        String table = seededPeople();
        assertThat(overwrite(people(table), false).records()).isEmpty();
        assertThat(count(table)).isZero();

        String other = seededPeople();
        assertThat(overwrite(people(other), true).records()).isEmpty();
        assertThat(count(other)).isZero();
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void aFailedAllOrNoneOverwriteKeepsTheOldRows() throws SQLException {
        String table = seededPeople();
        WriteResult result = overwrite(people(table), true, clashAt742());

        assertThat(result.failureCount()).isEqualTo(1_200);
        assertThat(result.records().get(742).error()).hasValueSatisfying(error -> assertThat(error).startsWith("SQLSTATE 23"));
        assertThat(names(table)).containsExactly("1:al:10", "2:bo:20", "3:cy:30");
        assertThat(session.connection().getAutoCommit()).isTrue();
    }

    @Test
    void aFailedOverwriteWithoutAllOrNoneHasEmptiedTheTableAndWrittenTheOtherRecords() throws SQLException {
        String table = seededPeople();
        WriteResult result = overwrite(people(table), false, Row.of(7L, "new", 70), Row.of(7L, "same id", 71),
                Row.of(1L, "al again", 11));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(true, false, true);
        assertThat(names(table)).containsExactly("1:al again:11", "7:new:70");
    }

    @Test
    void aViewIsNotEmptied() throws SQLException {
        String table = seededPeople();
        String view = "v" + TABLES.incrementAndGet();
        db.execute("CREATE VIEW " + view + " AS SELECT id, name, age FROM " + table);
        EntitySchema described = new dev.dovetail.jdbc.metadata.JdbcCatalog(session).describe(view);

        assertThat(described.entity().writable()).isFalse();
        assertThatThrownBy(() -> overwrite(described, false, Row.of(9L, "x", 1)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("entity '" + described.name() + "' is a view, not a table, so it cannot be emptied")
                .hasMessageContaining("overwrite a table");
        assertThat(names(table)).containsExactly("1:al:10", "2:bo:20", "3:cy:30");
    }

    @Test
    void theDialectEmptiesATableInsideATransactionOnlyWithAStatementThatRollsBack() throws SQLException {
        String table = seededPeople();
        String inTransaction = dialect.truncateSql(List.of(stored(table)), true);
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(inTransaction);
            }
            connection.rollback();
        }
        assertThat(count(table)).as(inTransaction).isEqualTo(3);
        assertThat(dialect.truncateSql(List.of(stored(table)), false)).startsWith("TRUNCATE TABLE ");
        if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
            assertThat(inTransaction).startsWith("TRUNCATE TABLE ");
        } else {
            assertThat(inTransaction).startsWith("DELETE FROM ");
        }
    }

    // ---- database differences

    /** A TIMESTAMP column with microseconds. */
    private String timestampType() {
        return db.kind() == TestDatabase.Kind.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6)";
    }

    private String binaryType() {
        return db.kind() == TestDatabase.Kind.POSTGRESQL ? "BYTEA" : "VARBINARY(16)";
    }

    /** Unicode beyond the BMP needs utf8mb4 on MariaDB. */
    private String tableOptions() {
        return db.kind() == TestDatabase.Kind.MARIADB ? " DEFAULT CHARSET=utf8mb4" : "";
    }

    /** A second schema (a second database on MariaDB) for qualified names. */
    private String createOtherSchema() {
        String name = "sales" + TABLES.incrementAndGet();
        if (db.kind() == TestDatabase.Kind.MARIADB) {
            name = db.url().substring(db.url().lastIndexOf('/') + 1) + "_" + name;
            db.execute("CREATE DATABASE " + dialect.quote(name));
        } else {
            db.execute("CREATE SCHEMA " + dialect.quote(name));
        }
        return name;
    }

    // ---- helpers

    /** A new table from {@code ddl} with its {@code %s} replaced by a fresh name, which is returned. */
    private String table(String ddl) {
        String name = "t" + TABLES.incrementAndGet();
        db.execute(ddl.formatted(name) + tableOptions());
        return name;
    }

    /** A table of people 1 al 10, 2 bo 20, 3 cy 30. */
    private String seededPeople() {
        String table = table("CREATE TABLE %s (id BIGINT PRIMARY KEY, name VARCHAR(200), age INT)");
        db.execute("INSERT INTO " + table + " VALUES (1, 'al', 10), (2, 'bo', 20), (3, 'cy', 30)");
        return table;
    }

    private EntitySchema people(String table) {
        return entity(table, Field.builder("id", DataType.LONG).primaryKey(true).build(), Field.of("name", DataType.STRING),
                Field.of("age", DataType.INT));
    }

    /** 1,200 {@link #numbered} people but record 742, whose id 1010 is record 10's. */
    private static Row[] clashAt742() {
        List<Row> records = numbered(1_200);
        records.set(742, Row.of(1_010L, "clash with record 10", 1));
        return records.toArray(Row[]::new);
    }

    /** People {@code 1000 + i} named {@code p<i>}, aged {@code i}. */
    private static List<Row> numbered(int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Row.of(1_000L + i, "p" + i, i));
        }
        return rows;
    }

    /**
     * The schema of a table created with unquoted names, spelled as the database stores them (as its
     * catalog would describe it): upper case on H2, lower case on PostgreSQL, as written on MariaDB.
     */
    private EntitySchema entity(String table, Field... fields) {
        List<Field> stored = new ArrayList<>();
        for (Field field : fields) {
            stored.add(new Field(stored(field.name()), field.type(), field.nullable(), field.description(),
                    field.primaryKey(), field.filterable(), field.incremental(), field.readOnly(), field.properties()));
        }
        return exactEntity(stored(table), stored.toArray(Field[]::new));
    }

    /** The schema of a table whose names were created quoted, exactly as given. */
    private static EntitySchema exactEntity(String table, Field... fields) {
        return EntitySchema.of(Entity.builder(table).writable(true).build(), List.of(fields));
    }

    /** An unquoted identifier as the database stores it. */
    private String stored(String name) {
        return switch (db.kind()) {
            case H2 -> name.toUpperCase(java.util.Locale.ROOT);
            case POSTGRESQL -> name.toLowerCase(java.util.Locale.ROOT);
            case MARIADB -> name;
        };
    }

    private WriteResult write(EntitySchema entity, WriteOperationType operation, List<String> columns, Row... records) {
        return write(entity, operation, columns, false, records);
    }

    /** Writes {@code records} of {@code columns} (all if empty), identified by the primary key. */
    private WriteResult write(EntitySchema entity, WriteOperationType operation, List<String> columns, boolean allOrNone,
                              Row... records) {
        EntitySchema batch = columns.isEmpty() ? entity : entity.project(columns);
        List<String> ids = entity.primaryKey().stream().map(Field::name).toList();
        return new JdbcWriter(session).write(new WriteRequest(entity, batch, operation, ids, List.of(records), allOrNone));
    }

    /** Empties {@code entity}'s table, then inserts {@code records} of every column. */
    private WriteResult overwrite(EntitySchema entity, boolean allOrNone, Row... records) {
        List<String> ids = entity.primaryKey().stream().map(Field::name).toList();
        return new JdbcWriter(session).write(new WriteRequest(entity, entity, INSERT, ids, List.of(records), allOrNone, true));
    }

    private static java.util.Map<Integer, String> failures(WriteResult result) {
        java.util.Map<Integer, String> failures = new java.util.TreeMap<>();
        for (int i = 0; i < result.records().size(); i++) {
            int index = i;
            result.records().get(i).error().ifPresent(error -> failures.put(index, error));
        }
        return failures;
    }

    /** {@code id:name:age} of every person, by id, read on a connection of its own. */
    private List<String> names(String table) throws SQLException {
        return rows("SELECT id, name, age FROM " + table + " ORDER BY id",
                rs -> rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getObject(3));
    }

    private long count(String table) throws SQLException {
        return rows("SELECT count(*) FROM " + table, rs -> rs.getLong(1)).get(0);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> rows(String sql, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }
}
