package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failures and hostile input: SQL errors coded by SQLSTATE, no connection left open, and SQL injection
 * through every option and value that is not SQL by design (only {@code filterPredicate}, {@code query}
 * and {@code hashexpression} are): each attempt fails safely and table {@code victims} survives.
 */
abstract class JdbcReliabilitySuite {
    private static final String INJECTION = "' OR 1=1 --";

    @BeforeAll
    static void createTables(TestDatabase db) {
        db.execute("CREATE TABLE victims (id INT PRIMARY KEY)", "INSERT INTO victims VALUES (1)",
                "CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(40))");
        JdbcFixtures.insert(db, "INSERT INTO accounts VALUES (?, ?)", List.of(
                Arrays.asList(1, "ada"), Arrays.asList(2, INJECTION), Arrays.asList(3, "x'); DROP TABLE victims; --")));
        String quote = db.kind() == TestDatabase.Kind.MARIADB ? "`" : "\"";
        String quoted = db.kind() == TestDatabase.Kind.MARIADB ? "`we``ird \"name`" : "\"we\"\"ird `name\"";
        db.execute("CREATE TABLE " + quoted + " (" + quote + "col" + quote + quote + "umn" + quote + " INT)",
                "INSERT INTO " + quoted + " VALUES (42)");
    }

    @AfterEach
    void theVictimSurvivesAndNoConnectionIsLeftOpen(TestDatabase db) {
        assertThat(JdbcFixtures.count(db, "SELECT COUNT(*) FROM victims")).isEqualTo(1);
        JdbcFixtures.awaitNoOtherConnections(db);
    }

    private static ConnectorHarness harness(TestDatabase db) {
        return JdbcFixtures.harness(db);
    }

    private static void assertFailsWith(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    @Test
    void aPredicateValueIsOnlyEverALiteral(TestDatabase db) {
        assertThat(harness(db).read("accounts").where(Predicate.eq("owner", "nobody" + INJECTION)).run().rows()).isEmpty();
        assertThat(harness(db).read("accounts").where(Predicate.eq("owner", INJECTION)).run().rows())
                .containsExactly(Row.of(2, INJECTION));
        assertThat(harness(db).read("accounts").where(Predicate.in("owner", INJECTION, "x'); DROP TABLE victims; --")).run()
                .rowCount()).isEqualTo(2);
        assertThat(harness(db).read("accounts").where(Predicate.contains("owner", "'); DROP")).run().rows())
                .extracting(row -> row.get(0)).containsExactly(3);
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).read("accounts").where(Predicate.eq("id", "1 OR 1=1")).run());
    }

    @Test
    void aTableNameIsOnlyEverAName(TestDatabase db) {
        assertFailsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> harness(db).read("accounts; DROP TABLE victims").run());
        assertFailsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> harness(db).withOption("dbTable", "victims; --")
                .read("victims; --").run());
        assertFailsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> harness(db).read("accounts\" WHERE 1=1; DROP TABLE victims; --").run());
        assertFailsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> harness(db).read("accounts` WHERE 1=1; DROP TABLE victims; --").run());
        String weird = db.kind() == TestDatabase.Kind.MARIADB ? "we`ird \"name" : "we\"ird `name";
        assertThat(harness(db).read(weird).where(Predicate.eq(db.kind() == TestDatabase.Kind.MARIADB ? "col`umn" : "col\"umn", 42))
                .run().rows()).as("quotes inside names are doubled").containsExactly(Row.of(42));
    }

    @Test
    void columnNamesAreOnlyEverNames(TestDatabase db) {
        String column = "id\" FROM victims; DROP TABLE victims; --";
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).read("accounts").columns(column).run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).read("accounts").where(Predicate.eq(column, 1)).run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).read("accounts").where(Predicate.isNull("id` OR 1=1")).run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).withOption("partitionColumn", column)
                .withOption("lowerBound", "0").withOption("upperBound", "10").withOption("numPartitions", "2").read("accounts").run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).withOption("hashfield", column).read("accounts").run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).read("accounts")
                .bookmark(BookmarkSpec.ascending(column)).run());
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).withOption("jobBookmarkKeys", "id,owner' OR '1'='1")
                .read("accounts").run());
    }

    @Test
    void sqlErrorsAreCodedBySqlState(TestDatabase db) {
        assertThatThrownBy(() -> harness(db).withOption("filterPredicate", "no_such_column = 1").read("accounts").run())
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.split()).isPresent();
                    assertThat(e.getCause()).isNotNull();
                })
                .hasMessageContaining("SQLSTATE 42").hasMessageContaining("split #0 of 1").hasMessageContaining("no_such_column");
        assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).withOption("query", "SELEC id FROM accounts")
                .read(JdbcConnector.QUERY_ENTITY).run());
    }

    @Test
    void partitionedReadsAndFailuresLeaveNoConnectionOpen(TestDatabase db) {
        for (int i = 0; i < 3; i++) {
            assertThat(harness(db).read("accounts").hashPartitioned("id", 3).run().rowCount()).isEqualTo(3);
            assertFailsWith(ErrorCode.INVALID_ARGUMENT, () -> harness(db).withOption("filterPredicate", "nope = 1")
                    .read("accounts").hashPartitioned("id", 3).run());
        }
        // checked after each test: theVictimSurvivesAndNoConnectionIsLeftOpen
    }
}
