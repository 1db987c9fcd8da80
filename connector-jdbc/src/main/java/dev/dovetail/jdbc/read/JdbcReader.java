package dev.dovetail.jdbc.read;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.jdbc.JdbcErrors;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * Reads one split: one SELECT with everything the request pushes ({@link ReadStatement}), streamed into the sink.
 * <ul>
 *   <li>{@code SELECT <projected columns, quoted> FROM <table, qualified and quoted> WHERE (<filterPredicate>)
 *       AND <pushed predicate> <limit>}; with option {@code query}, {@code FROM (<query>) dovetail_query WHERE ...},
 *       or, for a query ending in WHERE, {@code FROM (<query> <conditions or 1=1>) dovetail_query} (Glue's
 *       convention: the predicate is appended to the query itself, so it names the query's base columns);</li>
 *   <li>values are bound parameters ({@link PredicateSql}); only {@code filterPredicate}, {@code query},
 *       native conditions and {@code hashexpression} are SQL text from the user;</li>
 *   <li>{@code fetchsize} and {@code queryTimeout} are set on the statement; a dialect whose driver streams
 *       only without autocommit (PostgreSQL) reads in a transaction of its own, rolled back afterwards, with
 *       autocommit restored;</li>
 *   <li>a {@link RowReader} writes sink column {@code i} from result column {@code i + 1}; reading stops
 *       when {@link RowSink#endRow()} returns false.</li>
 * </ul>
 * A database failure is a {@link ConnectorException} coded by SQLSTATE ({@link JdbcErrors}) that names the
 * entity and carries the SQL (never a value: values are parameters); the runtime adds the split.
 * Statement and result set are closed whatever happens; the session's connection is the runtime's to close.
 */
public final class JdbcReader {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcReader.class);

    private final JdbcSession session;

    public JdbcReader(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    /** Reads the rows {@code request} asks for into {@code sink}. */
    public void read(ReadRequest request, RowSink sink) {
        ReadStatement statement = ReadStatement.of(session, request);
        LOG.debug("reading entity '{}' split {}: {}", request.entityName(), request.split().describe(), statement.sql());
        try {
            execute(statement, sink);
        } catch (SQLException e) {
            throw JdbcErrors.of(e, session.dialect(), "reading entity '" + request.entityName() + "' with " + statement.sql());
        }
    }

    private void execute(ReadStatement read, RowSink sink) throws SQLException {
        RowReader rows = read.rows();
        Connection connection = session.connection();
        Dialect dialect = session.dialect();
        int fetchSize = session.settings().fetchsize();
        boolean ownTransaction = fetchSize > 0 && dialect.streamsOnlyWithoutAutoCommit() && connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        SQLException failure = null;
        try (PreparedStatement statement = connection.prepareStatement(read.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            if (fetchSize > 0) {
                statement.setFetchSize(dialect.driverFetchSize(connection, fetchSize));
            }
            statement.setQueryTimeout(session.settings().queryTimeout());
            read.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                boolean more = true;
                while (more && rs.next()) {
                    rows.read(rs, sink);
                    more = sink.endRow();
                }
            }
        } catch (SQLException e) {
            failure = e;
            throw e;
        } finally {
            if (ownTransaction) {
                endTransaction(connection, failure);
            }
        }
    }

    /** Ends the read's own transaction and restores autocommit; a failure to do so is added to the read's, if any. */
    private static void endTransaction(Connection connection, SQLException readFailure) throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (readFailure == null) {
                throw e;
            }
            readFailure.addSuppressed(e);
        }
    }
}
