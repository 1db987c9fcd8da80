package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.jdbc.dialect.Dialect;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns a driver's {@link SQLException} into a {@link ConnectorException} whose code follows the
 * SQLSTATE class, as HikariCP and jOOQ classify them, after the dialect's vendor codes:
 * <ul>
 *   <li>{@code 08} connection exception, {@code 53} insufficient resources, {@code 57} operator
 *       intervention (a terminated backend), {@code 40} transaction rollback (serialization failure,
 *       deadlock): SERVICE_UNAVAILABLE, retryable;</li>
 *   <li>{@code 57014} query canceled, {@code HYT00}/{@code HYT01}, {@code 70100} and
 *       {@link SQLTimeoutException}: REQUEST_TIMEOUT, retryable;</li>
 *   <li>{@code 28} invalid authorization: INVALID_CREDENTIALS; {@code 42501}: ACCESS_DENIED;</li>
 *   <li>{@code 42} syntax or access rule, {@code 22} data exception, {@code 23} integrity constraint,
 *       {@code 21} cardinality, {@code 3F} invalid schema: INVALID_ARGUMENT;</li>
 *   <li>{@code 0A} feature not supported: CLIENT_ERROR; {@code XX}, {@code 58}, {@code 25}: SERVER_ERROR;</li>
 *   <li>anything else: UNKNOWN_ERROR.</li>
 * </ul>
 * A failure without a SQLSTATE is classified by its exception class (connection, rollback,
 * authorization, syntax, timeout). The message says what was being done and names the SQLSTATE and
 * the first line of the driver's message (PostgreSQL's further lines repeat a row's values); the exception
 * keeps the SQLException as its cause. Driver messages do not carry passwords; the runtime masks every
 * known secret in messages and causes besides.
 */
public final class JdbcErrors {
    private static final int MAX_DETAIL = 400;

    private JdbcErrors() {
    }

    /** {@code failure}, which happened while doing {@code context} ("reading table orders"), as a ConnectorException. */
    public static ConnectorException of(SQLException failure, Dialect dialect, String context) {
        return new ConnectorException(codeOf(failure, dialect), context + " failed: " + describe(failure), failure);
    }

    /** The error code of {@code failure}. */
    public static ErrorCode codeOf(SQLException failure, Dialect dialect) {
        return dialect.errorCodeOf(failure).orElseGet(() -> standardCodeOf(failure));
    }

    /** {@code SQLSTATE 28P01: password authentication failed for user "x"}. */
    public static String describe(SQLException failure) {
        String state = failure.getSQLState();
        return (state == null ? "no SQLSTATE" : "SQLSTATE " + state) + ": " + firstLine(failure);
    }

    /** The first line of the driver's message, without H2's trailing {@code ; SQL statement:}, bounded. */
    private static String firstLine(SQLException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        if (line.endsWith("; SQL statement:")) {
            line = line.substring(0, line.length() - "; SQL statement:".length());
        }
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "...";
    }

    private static ErrorCode standardCodeOf(SQLException failure) {
        if (failure instanceof SQLTimeoutException) {
            return ErrorCode.REQUEST_TIMEOUT;
        }
        String state = failure.getSQLState();
        if (state == null || state.length() < 2) {
            return codeOfClass(failure);
        }
        switch (state) {
            case "57014", "HYT00", "HYT01", "70100":
                return ErrorCode.REQUEST_TIMEOUT;
            case "42501":
                return ErrorCode.ACCESS_DENIED;
            default:
                break;
        }
        return switch (state.substring(0, 2)) {
            case "08", "53", "57", "40" -> ErrorCode.SERVICE_UNAVAILABLE;
            case "28" -> ErrorCode.INVALID_CREDENTIALS;
            case "42", "22", "23", "21", "3F" -> ErrorCode.INVALID_ARGUMENT;
            case "0A" -> ErrorCode.CLIENT_ERROR;
            case "XX", "58", "25" -> ErrorCode.SERVER_ERROR;
            default -> ErrorCode.UNKNOWN_ERROR;
        };
    }

    private static ErrorCode codeOfClass(SQLException failure) {
        if (failure instanceof SQLRecoverableException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException || failure instanceof SQLTransactionRollbackException) {
            return ErrorCode.SERVICE_UNAVAILABLE;
        }
        if (failure instanceof SQLInvalidAuthorizationSpecException) {
            return ErrorCode.INVALID_CREDENTIALS;
        }
        if (failure instanceof SQLSyntaxErrorException) {
            return ErrorCode.INVALID_ARGUMENT;
        }
        return ErrorCode.UNKNOWN_ERROR;
    }
}
