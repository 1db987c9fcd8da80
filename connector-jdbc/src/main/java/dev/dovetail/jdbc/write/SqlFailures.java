package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.jdbc.JdbcErrors;
import dev.dovetail.jdbc.dialect.Dialect;

import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;

/**
 * Tells apart the {@link SQLException}s of a write: SQLSTATE class {@code 22} (data exception) and
 * {@code 23} (integrity constraint violation), or the JDBC 4 subclasses for them when a driver gives no
 * SQLSTATE, concern one record's values, and that record fails with {@link #recordMessage}; everything
 * else concerns the whole write and becomes a {@link ConnectorException} ({@link #writeFailure}) with the
 * code {@link JdbcErrors} gives every SQL failure of the connector, and advice on what to do.
 */
final class SqlFailures {
    private static final int MAX_DETAIL = 400;

    private SqlFailures() {
    }

    /**
     * The exception that says why a batch failed: a {@link BatchUpdateException}'s next exception or
     * cause when it has one (PostgreSQL's own message repeats the statement with its values), else itself.
     */
    static SQLException rootOf(SQLException failure) {
        if (failure instanceof BatchUpdateException) {
            if (failure.getNextException() != null) {
                return failure.getNextException();
            }
            if (failure.getCause() instanceof SQLException cause) {
                return cause;
            }
        }
        return failure;
    }

    /** Whether {@code failure} is about one record's values (SQLSTATE class 22 or 23), not the whole write. */
    static boolean isRecordFailure(SQLException failure) {
        String state = failure.getSQLState();
        if (state == null || state.length() < 2) {
            return failure instanceof SQLIntegrityConstraintViolationException || failure instanceof SQLDataException;
        }
        return state.startsWith("22") || state.startsWith("23");
    }

    /** Why a record failed: {@code SQLSTATE 23505: duplicate key value violates unique constraint "t_pkey"}. */
    static String recordMessage(SQLException failure) {
        return JdbcErrors.describe(failure);
    }

    /**
     * {@code failure} of the write described by {@code context}, with the code {@link JdbcErrors} gives its
     * SQLSTATE; {@code aftermath} (what was committed, if anything) ends the message.
     */
    static ConnectorException writeFailure(SQLException failure, Dialect dialect, String context, String aftermath) {
        ErrorCode code = JdbcErrors.codeOf(failure, dialect);
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String advice = switch (code) {
            case SERVICE_UNAVAILABLE -> state.startsWith("40") || failure instanceof SQLTransactionRollbackException
                    ? "; the database rolled the transaction back (deadlock or serialization failure), retrying may succeed"
                    : "; the connection to the database failed, retrying may succeed";
            case INVALID_ARGUMENT -> state.startsWith("42") || failure instanceof SQLSyntaxErrorException
                    ? "; check that the table and its columns exist and that the id fields are its primary key or a unique key"
                    : "";
            case REQUEST_TIMEOUT -> "; the statement ran longer than queryTimeout allows";
            default -> "";
        };
        return new ConnectorException(code, context + " failed with " + JdbcErrors.describe(failure) + advice + "; "
                + aftermath, failure);
    }
}
