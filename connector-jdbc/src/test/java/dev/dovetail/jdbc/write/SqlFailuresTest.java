package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQLSTATE classes a write tells apart, for failures the database tests cannot provoke. */
class SqlFailuresTest {
    private static final Dialect POSTGRES = Dialects.forUrl("jdbc:postgresql://db/x");


    @Test
    void integrityAndDataExceptionsConcernOneRecord() {
        assertThat(SqlFailures.isRecordFailure(new SQLException("dup", "23505"))).isTrue();
        assertThat(SqlFailures.isRecordFailure(new SQLException("too long", "22001"))).isTrue();
        assertThat(SqlFailures.isRecordFailure(new SQLIntegrityConstraintViolationException("no state"))).isTrue();
        assertThat(SqlFailures.isRecordFailure(new SQLException("gone", "08006"))).isFalse();
        assertThat(SqlFailures.isRecordFailure(new SQLException("no state"))).isFalse();
    }

    @Test
    void theRecordMessageKeepsTheSqlStateAndOnlyTheFirstLine() {
        assertThat(SqlFailures.recordMessage(new SQLException(
                "ERROR: null value in column \"code\"\n  Detail: Failing row contains (7, secret).", "23502")))
                .isEqualTo("SQLSTATE 23502: ERROR: null value in column \"code\"");
        assertThat(SqlFailures.recordMessage(new SQLException("Unique index violation; SQL statement:\nINSERT ...", "23505")))
                .isEqualTo("SQLSTATE 23505: Unique index violation");
    }

    @Test
    void wholeWriteFailuresGetTheCodeTheirClassCallsFor() {
        assertThat(code(new SQLException("connection reset", "08006"))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(SqlFailures.writeFailure(new SQLException("reset", "08006"), POSTGRES, "INSERT", "nothing was written").retryable())
                .isTrue();
        assertThat(code(new SQLException("deadlock", "40P01"))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(code(new SQLException("password", "28P01"))).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(code(new SQLException("permission denied", "42501"))).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThat(code(new SQLException("relation does not exist", "42P01"))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(code(new SQLException("canceled", "57014"))).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
        assertThat(code(new SQLTimeoutException("timeout"))).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
        assertThat(code(new SQLException("disk full", "53100"))).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(code(new SQLException("internal", "XX000"))).isEqualTo(ErrorCode.SERVER_ERROR);
    }

    @Test
    void theMessageNamesTheWriteTheStateAndWhatWasCommitted() {
        ConnectorException failure = SqlFailures.writeFailure(new SQLException("column \"x\" does not exist", "42703"), POSTGRES,
                "UPDATE of 2 records into table 'sales.orders' (columns [id, x])", "nothing was written");

        assertThat(failure.getMessage()).startsWith("UPDATE of 2 records into table 'sales.orders' (columns [id, x])"
                + " failed with SQLSTATE 42703: column \"x\" does not exist").endsWith("; nothing was written");
        assertThat(failure.getCause()).isInstanceOf(SQLException.class);
    }

    @Test
    void aBatchFailureIsExplainedByTheExceptionItWraps() {
        SQLException server = new SQLException("ERROR: duplicate key", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT ... VALUES ('secret')", "23505",
                new int[0]);
        batch.setNextException(server);

        assertThat((Object) SqlFailures.rootOf(batch)).isSameAs(server);
        assertThat((Object) SqlFailures.rootOf(server)).isSameAs(server);
    }

    private static ErrorCode code(SQLException failure) {
        return SqlFailures.writeFailure(failure, POSTGRES, "INSERT", "nothing was written").code();
    }
}
