package dev.dovetail.jdbc.write;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Writes one chunk of records inside the caller's transaction (autocommit off) and says exactly which
 * records were written, the same way on every driver:
 * <ol>
 *   <li>a savepoint, then all records as one JDBC batch;</li>
 *   <li>when every update count is known, the results follow from them: an UPDATE or DELETE that
 *       matched no row fails that record ("no row of table ... has id ...");</li>
 *   <li>when the batch fails on a record's values (SQLSTATE 22/23), or a driver reports counts that do
 *       not say what each statement did ({@code SUCCESS_NO_INFO} for an UPDATE or DELETE,
 *       {@code EXECUTE_FAILED}, too few counts), the chunk is rolled back to the savepoint, whatever
 *       the driver did with the rest of the batch (H2 goes on after a failure, PostgreSQL aborts the
 *       transaction, MariaDB stops), and replayed one statement at a time, each in its own savepoint
 *       (a failed statement aborts a PostgreSQL transaction); the replay stops at the first failed
 *       record when {@code stopAtFirstFailure}.</li>
 * </ol>
 * Any other {@link SQLException} propagates; the caller rolls back. Not thread-safe: one per write.
 */
final class ChunkWriter {
    private final Connection connection;
    private final PreparedStatement statement;
    private final StatementPlan plan;
    private final boolean stopAtFirstFailure;

    ChunkWriter(Connection connection, PreparedStatement statement, StatementPlan plan, boolean stopAtFirstFailure) {
        this.connection = requireNonNull(connection, "connection is null");
        this.statement = requireNonNull(statement, "statement is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.stopAtFirstFailure = stopAtFirstFailure;
    }

    /**
     * Writes {@code records[from, to)}: one result per record, except that with
     * {@code stopAtFirstFailure} the results may end at the first failed record.
     */
    List<RecordResult> write(List<Row> records, int from, int to) throws SQLException {
        Savepoint start = connection.setSavepoint();
        for (int r = from; r < to; r++) {
            plan.bind(statement, records.get(r), r);
            statement.addBatch();
        }
        int[] counts;
        try {
            counts = statement.executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = SqlFailures.rootOf(e);
            if (!SqlFailures.isRecordFailure(cause)) {
                throw cause;
            }
            statement.clearBatch();
            connection.rollback(start);
            return replay(records, from, to);
        }
        Optional<List<RecordResult>> results = fromCounts(records, from, counts, generatedKeys(to - from));
        if (results.isEmpty()) {
            connection.rollback(start);
            return replay(records, from, to);
        }
        connection.releaseSavepoint(start);
        return results.get();
    }

    /** The results the update counts tell, if they tell every record's. */
    private Optional<List<RecordResult>> fromCounts(List<Row> records, int from, int[] counts,
                                                    List<Optional<String>> keys) {
        if (counts.length != keys.size()) {
            return Optional.empty();
        }
        boolean mustMatch = mustMatchARow();
        List<RecordResult> results = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            int count = counts[i];
            if (count == Statement.EXECUTE_FAILED || (count < 0 && count != Statement.SUCCESS_NO_INFO)
                    || (count == Statement.SUCCESS_NO_INFO && mustMatch)) {
                return Optional.empty();
            }
            results.add(outcome(records.get(from + i), count, keys.get(i)));
        }
        return Optional.of(results);
    }

    private List<RecordResult> replay(List<Row> records, int from, int to) throws SQLException {
        List<RecordResult> results = new ArrayList<>(to - from);
        for (int r = from; r < to; r++) {
            plan.bind(statement, records.get(r), r);
            Savepoint before = connection.setSavepoint();
            RecordResult result;
            try {
                int count = statement.executeUpdate();
                result = outcome(records.get(r), count, generatedKeys(1).get(0));
                connection.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!SqlFailures.isRecordFailure(e)) {
                    throw e;
                }
                connection.rollback(before);
                connection.releaseSavepoint(before);
                result = failed(records.get(r), plan.withoutValues(SqlFailures.recordMessage(e), records.get(r)));
            }
            results.add(result);
            if (!result.success() && stopAtFirstFailure) {
                break;
            }
        }
        return results;
    }

    /**
     * The keys generated by the statements just run, one per statement: all empty unless the plan has a
     * generated key and the driver returned exactly one per statement.
     */
    private List<Optional<String>> generatedKeys(int statements) throws SQLException {
        if (plan.generatedKey().isPresent()) {
            List<Optional<String>> returned = new ArrayList<>(statements);
            try (ResultSet generated = statement.getGeneratedKeys()) {
                while (generated != null && generated.next()) {
                    returned.add(Optional.ofNullable(generated.getString(1)));
                }
            }
            if (returned.size() == statements) {
                return returned;
            }
        }
        return Collections.nCopies(statements, Optional.empty());
    }

    /**
     * The result of one statement that changed {@code count} rows (or {@code SUCCESS_NO_INFO}) and
     * generated {@code key}, if one is known.
     */
    private RecordResult outcome(Row record, int count, Optional<String> key) {
        if (count == 0 && mustMatchARow()) {
            return failed(record, "no row of table '" + plan.table() + "' has id " + plan.idOf(record)
                    + "; nothing was " + (plan.operation() == WriteOperationType.UPDATE ? "updated" : "deleted"));
        }
        if (plan.hasIds()) {
            return RecordResult.succeeded(plan.idOf(record));
        }
        return key.map(RecordResult::succeeded).orElseGet(RecordResult::succeeded);
    }

    /** A failed record, with its id when known. */
    private RecordResult failed(Row record, String error) {
        return new RecordResult(false, plan.hasIds() ? Optional.of(plan.idOf(record)) : Optional.empty(), Optional.of(error));
    }

    /** UPDATE and DELETE fail a record that matches no row; INSERT and UPSERT (DO NOTHING: 0) never do. */
    private boolean mustMatchARow() {
        return plan.operation() == WriteOperationType.UPDATE || plan.operation() == WriteOperationType.DELETE;
    }
}
