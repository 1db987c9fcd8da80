package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.jdbc.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that drops the connection mid-split or cancels a slow statement (servers where another session
 * can do so: PostgreSQL, MariaDB). The view {@code slow_numbers} yields a million rows slowly, so a read
 * with a small fetch size is always still running when the test kills its connection.
 */
abstract class JdbcConnectionLossSuite {
    /** Creates the view {@code slow_numbers (id)}. */
    abstract void createSlowView(TestDatabase db);

    /** The server's id of the other session running the connector's {@code SELECT ... FROM <table>}, if there is one yet. */
    abstract String findSessionRunning(TestDatabase db, String text);

    /** Ends the session {@code id} from another connection. */
    abstract String killStatement(String id);

    /** A query that runs for seconds. */
    abstract String sleepQuery();

    @Test
    void aConnectionLostMidSplitFailsThatSplitRetryablyAndCommitsNothing(TestDatabase db) throws Exception {
        createSlowView(db);
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("fetchsize", "10");
        CompletableFuture<ReadResult> read = CompletableFuture.supplyAsync(
                () -> harness.read("slow_numbers").bookmark(BookmarkSpec.ascending("id")).count());

        boolean killed = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!killed && System.nanoTime() < deadline && !read.isDone()) {
            String session = findSessionRunning(db, "slow_numbers");
            if (session != null) {
                try {
                    db.execute(killStatement(session));
                    killed = true;
                } catch (IllegalStateException goneMeanwhile) {
                    // another session (the planning one) ended between finding and killing it: look again
                }
            }
            Thread.sleep(50);
        }
        assertThat(killed).as("the read's session was seen running and killed").isTrue();

        Throwable failure = null;
        try {
            read.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            failure = e.getCause();
        }
        assertThat(failure).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.retryable()).isTrue();
            assertThat(e.split()).isPresent();
            assertThat(e.getMessage()).contains("SQLSTATE").contains("split #0 of 1");
        });
        assertThat(harness.bookmarkStore().load(new BookmarkKey(ConnectorHarness.DEFAULT_JOB, "slow_numbers"))).isEmpty();
        JdbcFixtures.awaitNoOtherConnections(db);
    }

    @Test
    void aStatementOverQueryTimeoutIsARequestTimeout(TestDatabase db) {
        ConnectorHarness harness = JdbcFixtures.harness(db).withOption("queryTimeout", "1").withOption("query", sleepQuery());

        Throwable failure = null;
        try {
            harness.read(JdbcConnector.QUERY_ENTITY).run();
        } catch (ConnectorException e) {
            failure = e;
        }
        assertThat(failure).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
            assertThat(e.retryable()).isTrue();
        });
        JdbcFixtures.awaitNoOtherConnections(db);
    }

    /** The first column of the first row of {@code sql}, or null if there is no row. */
    static String firstValue(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
