package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * One open JDBC connection of the connector, with its dialect and settings. The runtime opens one per
 * split and closes it when the split is done.
 */
public final class JdbcSession implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final JdbcSettings settings;

    JdbcSession(Connection connection, Dialect dialect, JdbcSettings settings) {
        this.connection = requireNonNull(connection, "connection is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** Connects to {@code settings.url()} with {@code credentials} (BASIC, or none for an open database). */
    static JdbcSession open(JdbcSettings settings, ResolvedCredentials credentials) {
        Properties properties = new Properties();
        if (credentials instanceof ResolvedCredentials.Basic basic) {
            properties.setProperty("user", basic.username());
            properties.setProperty("password", basic.password().reveal());
        }
        try {
            Connection connection = DriverManager.getConnection(settings.url(), properties);
            return new JdbcSession(connection, Dialects.forUrl(settings.url()), settings);
        } catch (SQLException e) {
            throw new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "cannot connect to the database (SQLSTATE "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    /** The open connection. */
    public Connection connection() {
        return connection;
    }

    /** The database's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The connector's settings. */
    public JdbcSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
