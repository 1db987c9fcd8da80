package dev.dovetail.jdbc;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.Redactor;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.metadata.DataTypeMapping;
import dev.dovetail.jdbc.metadata.JdbcTable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * One open JDBC connection of the connector, with its dialect, settings and parsed
 * {@code dataTypeMapping}. The runtime opens one per split and closes it when the split is done; it is
 * used by one thread at a time. Opening it proves the credentials work:
 * <ol>
 *   <li>{@code dataTypeMapping} is parsed first, so a bad one fails before any connection;</li>
 *   <li>a URL no driver on the classpath accepts fails with INVALID_ARGUMENT naming the URL (secrets masked);</li>
 *   <li>the connection is made with the dialect's driver properties ({@link Dialect#driverProperties()},
 *       unless the URL sets them) and the BASIC credentials as the driver's {@code user} and
 *       {@code password} properties, or with none (the URL may carry them, say from {@code ${user}}
 *       placeholders filled from {@code secretId});</li>
 *   <li>{@code sessionInitStatement}, if given, runs on the new connection.</li>
 * </ol>
 * A failure closes what was opened and is a {@link ConnectorException} coded by SQLSTATE
 * ({@link JdbcErrors}: class 28 is INVALID_CREDENTIALS, 08 SERVICE_UNAVAILABLE, ...); no message holds the
 * password. The session does not set the connection read-only: writes share this session type.
 */
public final class JdbcSession implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final JdbcSettings settings;
    private final DataTypeMapping dataTypeMapping;
    /** The tables this session resolved, by entity name: a session plans or reads one operation, so they hold. */
    private final Map<String, JdbcTable> tables = new HashMap<>();

    JdbcSession(Connection connection, Dialect dialect, JdbcSettings settings) {
        this(connection, dialect, settings, DataTypeMapping.parse(settings.dataTypeMapping()));
    }

    private JdbcSession(Connection connection, Dialect dialect, JdbcSettings settings, DataTypeMapping dataTypeMapping) {
        this.connection = requireNonNull(connection, "connection is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.dataTypeMapping = requireNonNull(dataTypeMapping, "dataTypeMapping is null");
    }

    /** Connects to {@code settings.url()} with {@code credentials} (BASIC, or none for an open database). */
    static JdbcSession open(JdbcSettings settings, ResolvedCredentials credentials) {
        DataTypeMapping dataTypeMapping = DataTypeMapping.parse(settings.dataTypeMapping());
        Dialect dialect = Dialects.forUrl(settings.url());
        String url = Redactor.parametersOnly().redact(settings.url());
        try {
            DriverManager.getDriver(settings.url());
        } catch (SQLException noDriver) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "no JDBC driver on the classpath accepts option 'url' ("
                    + url + "); check the jdbc:<subprotocol>: prefix and add the database's driver jar", noDriver);
        }
        Properties properties = dialect.driverPropertiesFor(settings.url());
        if (credentials instanceof ResolvedCredentials.Basic basic) {
            properties.setProperty("user", basic.username());
            properties.setProperty("password", basic.password().reveal());
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(settings.url(), properties);
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "connecting to " + url + (credentials instanceof ResolvedCredentials.Basic basic
                    ? " as user '" + basic.username() + "'" : " without credentials"));
        }
        try {
            if (settings.sessionInitStatement().isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(settings.queryTimeout());
                    statement.execute(settings.sessionInitStatement().get());
                }
            }
            return new JdbcSession(connection, dialect, settings, dataTypeMapping);
        } catch (SQLException e) {
            ConnectorException failure = JdbcErrors.of(e, dialect, "option 'sessionInitStatement' ("
                    + settings.sessionInitStatement().orElse("") + ")");
            closeAfter(connection, failure);
            throw failure;
        }
    }

    private static void closeAfter(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
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

    /** The parsed {@code dataTypeMapping} option; {@link DataTypeMapping#none()} without one. */
    public DataTypeMapping dataTypeMapping() {
        return dataTypeMapping;
    }

    /**
     * The table {@code entity} names, resolved by {@code lookup} the first time this session is asked for it: a
     * host that plans a read and reads its splits in one session (AppFlow's, a Lambda invocation being one
     * thread) looks the table up once, not once more per split.
     */
    public JdbcTable table(String entity, Supplier<JdbcTable> lookup) {
        JdbcTable table = tables.get(entity);
        if (table == null) {
            table = requireNonNull(lookup.get(), "lookup returned null");
            tables.put(entity, table);
        }
        return table;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
