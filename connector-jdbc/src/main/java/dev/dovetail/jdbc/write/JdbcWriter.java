package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Writes a batch of records to one table with one prepared statement (see {@link StatementPlan}: INSERT,
 * UPDATE, the dialect's UPSERT, DELETE), sent as JDBC batches of {@value #CHUNK_SIZE} records (see
 * {@link ChunkWriter} for how failures inside a batch are told apart on every driver).
 *
 * <p>The session's connection runs with autocommit off for the write and gets its autocommit mode
 * back afterwards, however the write ends.
 * <ul>
 *   <li>{@code allOrNone}: one transaction. When any record fails, everything is rolled back and every
 *       record is reported failed: the failing record with its own reason (SQLSTATE, constraint), the
 *       others as rolled back because of it.</li>
 *   <li>otherwise: one transaction per chunk, committed when the chunk is done; a record that fails
 *       (a constraint or data error, SQLSTATE class 23 or 22, or an UPDATE or DELETE that matches no
 *       row) is reported failed and the others are written.</li>
 * </ul>
 * An UPDATE or DELETE that matches no row fails its record with "no row of table ... has id ...", as
 * AppFlow expects; one that matches several rows (id fields that are not unique) succeeds. Successful
 * records report their id: the id fields' values (one value, or {@code [a, b]} for several); an INSERT
 * whose columns lack its one id field (a generated key) reports the key the database generated, when the
 * driver returns one per record, and otherwise none.
 *
 * <p>{@code truncateFirst} (an overwrite) first empties the table with the dialect's
 * {@link dev.dovetail.jdbc.dialect.Dialect#truncateSql truncate statement}: with {@code allOrNone} inside the
 * batch's transaction, so a failed batch keeps the table's old rows (where the database's {@code TRUNCATE}
 * would commit by itself, the dialect empties it with {@code DELETE FROM} instead); otherwise committed
 * before the first chunk. A view is refused: emptying it would delete rows of the tables beneath it.
 *
 * <p>Any other failure (connection lost, no such table or column, timeout, ...) ends the write with a
 * {@link ConnectorException} chosen by SQLSTATE (see {@link SqlFailures}) whose message says what was
 * committed before it. Messages name ids, never other values of a record.
 *
 * <p>One writer per write, on the thread that owns the session.
 */
public final class JdbcWriter {
    /** Records per JDBC batch. */
    public static final int CHUNK_SIZE = 500;

    private final JdbcSession session;

    public JdbcWriter(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    /**
     * Writes {@code request}'s records; one result per record, in order.
     *
     * @throws ConnectorException for a request the table cannot take or a failure of the whole write
     */
    public WriteResult write(WriteRequest request) {
        requireNonNull(request, "request is null");
        StatementPlan plan = StatementPlan.of(session.dialect(), request);
        if (request.truncateFirst() && !request.entity().entity().writable()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "entity '" + plan.table() + "' is a view, not a table,"
                    + " so it cannot be emptied before the write (that would delete rows of the tables beneath it);"
                    + " overwrite a table, or append to the view");
        }
        if (request.records().isEmpty() && !request.truncateFirst()) {
            return new WriteResult(List.of());
        }
        String context = (request.truncateFirst() ? "emptying table '" + plan.table() + "' then " : "")
                + request.operation() + " of " + request.records().size() + " records into table '"
                + plan.table() + "' (columns " + request.columns().fieldNames() + ")";
        Connection connection = session.connection();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqlFailures.writeFailure(e, session.dialect(), context, "nothing was written");
        }
        RuntimeException failure = null;
        try {
            return write(connection, plan, request, context);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            restoreAutoCommit(connection, autoCommit, context, failure);
        }
    }

    private WriteResult write(Connection connection, StatementPlan plan, WriteRequest request, String context) {
        List<Row> records = request.records();
        List<RecordResult> results = new ArrayList<>(records.size());
        int committed = 0;
        boolean emptied = false;
        try {
            if (request.truncateFirst()) {
                truncate(connection, request);
                if (!request.allOrNone()) {
                    connection.commit();
                    emptied = true;
                }
            }
        } catch (SQLException e) {
            rollback(connection, e);
            throw SqlFailures.writeFailure(e, session.dialect(), context, "nothing was written and the table was not emptied");
        }
        if (records.isEmpty()) {
            return commitEmptied(connection, request, context);
        }
        try (PreparedStatement statement = plan.generatedKey().isPresent()
                ? connection.prepareStatement(plan.sql(), new String[] {plan.generatedKey().get()})
                : connection.prepareStatement(plan.sql())) {
            if (session.settings().queryTimeout() > 0) {
                statement.setQueryTimeout(session.settings().queryTimeout());
            }
            ChunkWriter chunks = new ChunkWriter(connection, statement, plan, request.allOrNone());
            for (int from = 0; from < records.size(); from += CHUNK_SIZE) {
                List<RecordResult> chunk = chunks.write(records, from, Math.min(from + CHUNK_SIZE, records.size()));
                results.addAll(chunk);
                if (request.allOrNone() && !chunk.stream().allMatch(RecordResult::success)) {
                    connection.rollback();
                    return allFailed(plan, records, results);
                }
                if (!request.allOrNone()) {
                    connection.commit();
                    committed = results.size();
                }
            }
            if (request.allOrNone()) {
                connection.commit();
            }
            return new WriteResult(results);
        } catch (SQLException e) {
            rollback(connection, e);
            String table = emptied ? "the table had been emptied and " : "";
            throw SqlFailures.writeFailure(e, session.dialect(), context, committed == 0
                    ? (emptied ? "the table had been emptied and no record was written" : "nothing was written")
                    : table + "records 0 to " + (committed - 1) + " had been committed, each as its result would have said,"
                    + " and the rest were not written");
        } catch (RuntimeException e) {
            rollback(connection, e);
            throw e;
        }
    }

    /** Runs the dialect's statement that empties the request's table, inside the open transaction. */
    private void truncate(Connection connection, WriteRequest request) throws SQLException {
        String sql = session.dialect().truncateSql(Dialect.splitQualified(request.entity().name()), request.allOrNone());
        try (Statement statement = connection.createStatement()) {
            if (session.settings().queryTimeout() > 0) {
                statement.setQueryTimeout(session.settings().queryTimeout());
            }
            statement.execute(sql);
        }
    }

    /** A request that only empties the table: its emptying is committed (already, unless all-or-none). */
    private WriteResult commitEmptied(Connection connection, WriteRequest request, String context) {
        try {
            if (request.allOrNone()) {
                connection.commit();
            }
            return new WriteResult(List.of());
        } catch (SQLException e) {
            rollback(connection, e);
            throw SqlFailures.writeFailure(e, session.dialect(), context, "the table was not emptied");
        }
    }

    /** Every record failed: the first failure keeps its reason, every other record names it. */
    private static WriteResult allFailed(StatementPlan plan, List<Row> records, List<RecordResult> results) {
        int first = 0;
        while (results.get(first).success()) {
            first++;
        }
        String reason = results.get(first).error().orElseThrow();
        Optional<String> rolledBack = Optional.of("not written: the batch is all-or-none and record " + first
                + " failed (" + reason + "), so every record was rolled back");
        List<RecordResult> failed = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            failed.add(r == first ? results.get(first) : new RecordResult(false,
                    plan.hasIds() ? Optional.of(plan.idOf(records.get(r))) : Optional.empty(), rolledBack));
        }
        return new WriteResult(failed);
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void restoreAutoCommit(Connection connection, boolean autoCommit, String context,
                                          RuntimeException failure) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw SqlFailures.writeFailure(e, session.dialect(), context + ": restoring autocommit afterwards",
                        "the records were written as their results say");
            }
        }
    }
}
