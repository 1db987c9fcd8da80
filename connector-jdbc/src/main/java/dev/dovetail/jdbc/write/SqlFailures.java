package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * Classifies the {@link SQLException}s of a write by SQLSTATE class (falling back on the JDBC 4
 * exception subclass when a driver gives no SQLSTATE):
 * <ul>
 *   <li>{@code 22} data exception and {@code 23} integrity constraint violation concern one record's
 *       values: that record fails, with {@link #recordMessage};</li>
 *   <li>everything else concerns the whole write and becomes a {@link ConnectorException}
 *       ({@link #writeFailure}): {@code 08} connection → {@link ErrorCode#SERVICE_UNAVAILABLE}
 *       (retryable), {@code 40} transaction rolled back (deadlock, serialization) → SERVICE_UNAVAILABLE,
 *       {@code 28} → {@link ErrorCode#INVALID_CREDENTIALS}, {@code 42501} → {@link ErrorCode#ACCESS_DENIED},
 *       other {@code 42} (no such table or column, syntax) → {@link ErrorCode#INVALID_ARGUMENT},
 *       {@code 57014} or a timeout → {@link ErrorCode#REQUEST_TIMEOUT}, the rest
 *       {@link ErrorCode#SERVER_ERROR}.</li>
 * </ul>
 * Messages carry the SQLSTATE and the first line of the driver's message only: PostgreSQL's and H2's
 * further lines repeat the failing row's values or the statement.
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
        return "SQLSTATE " + stateOf(failure) + ": " + detail(failure);
    }

    /**
     * {@code failure} of the write described by {@code context}, with the code its SQLSTATE calls for;
     * {@code aftermath} (what was committed, if anything) ends the message.
     */
    static ConnectorException writeFailure(SQLException failure, String context, String aftermath) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        ErrorCode code;
        String advice = "";
        if (state.startsWith("08") || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException) {
            code = ErrorCode.SERVICE_UNAVAILABLE;
            advice = "; the connection to the database failed, retrying may succeed";
        } else if (state.startsWith("40") || failure instanceof SQLTransactionRollbackException) {
            code = ErrorCode.SERVICE_UNAVAILABLE;
            advice = "; the database rolled the transaction back (deadlock or serialization failure), retrying may succeed";
        } else if (state.startsWith("28") || failure instanceof SQLInvalidAuthorizationSpecException) {
            code = ErrorCode.INVALID_CREDENTIALS;
        } else if (state.equals("42501")) {
            code = ErrorCode.ACCESS_DENIED;
        } else if (state.startsWith("42") || failure instanceof SQLSyntaxErrorException) {
            code = ErrorCode.INVALID_ARGUMENT;
            advice = "; check that the table and its columns exist and that the id fields are its primary key"
                    + " or a unique key";
        } else if (state.equals("57014") || failure instanceof SQLTimeoutException) {
            code = ErrorCode.REQUEST_TIMEOUT;
            advice = "; the statement ran longer than queryTimeout allows";
        } else {
            code = ErrorCode.SERVER_ERROR;
        }
        return new ConnectorException(code, context + " failed with SQLSTATE " + stateOf(failure) + ": "
                + detail(failure) + advice + "; " + aftermath, failure);
    }

    private static String stateOf(SQLException failure) {
        return failure.getSQLState() == null ? "(none)" : failure.getSQLState();
    }

    /** The first line of the driver's message, without H2's trailing {@code ; SQL statement:}, bounded. */
    private static String detail(SQLException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        if (line.endsWith("; SQL statement:")) {
            line = line.substring(0, line.length() - "; SQL statement:".length());
        }
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "...";
    }
}
