package dev.dovetail.benchmarks.read;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.benchmarks.data.RunningDatabase;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.dialect.Dialects;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.read.ReadStatement;
import org.openjdk.jmh.infra.Blackhole;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.Objects.requireNonNull;

/**
 * The baseline: a partitioned read in plain JDBC, the physical limit of a JDBC source on this machine. Each
 * split is read on a fixed pool of one thread per split, over a connection of its own opened for the read,
 * with the very statement the connector issues for that split ({@link ReadStatement}, from the harness's
 * plan), the same driver properties ({@code Dialect.driverProperties()}: binary results on PostgreSQL, lazy
 * queries on H2), the same fetch size and the same streaming set-up (the dialect's driver fetch size,
 * autocommit off where the driver streams only so), and the JDBC 4.2 typed getters, text as UTF-8 bytes where
 * the connector reads it so ({@code Dialect.readsTextAsUtf8}: PostgreSQL's text columns); every value goes into
 * the {@link Blackhole}. No Dovetail code runs while it reads.
 */
public final class RawJdbcRead implements AutoCloseable {
    private final RunningDatabase database;
    private final List<ReadStatement> statements;
    private final DataType.Kind[] kinds;
    private final int fetchSize;
    private final Dialect dialect;
    private final ExecutorService pool;

    /**
     * @param statements one per split, in split order
     * @param schema the columns each statement returns
     * @param fetchSize the connector's {@code fetchsize} option
     */
    public RawJdbcRead(RunningDatabase database, List<ReadStatement> statements, EntitySchema schema, int fetchSize) {
        this.database = requireNonNull(database, "database is null");
        this.statements = List.copyOf(statements);
        this.kinds = schema.fields().stream().map(field -> field.type().kind()).toArray(DataType.Kind[]::new);
        this.fetchSize = fetchSize;
        this.dialect = Dialects.forUrl(database.url());
        if (this.statements.isEmpty()) {
            throw new IllegalArgumentException("a read has at least one split");
        }
        this.pool = Executors.newFixedThreadPool(this.statements.size(), task -> {
            Thread thread = new Thread(task, "raw-jdbc-split");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads every split, in parallel; returns the number of rows read. */
    public long read(Blackhole blackhole) {
        List<Future<Long>> splits = new ArrayList<>(statements.size());
        for (ReadStatement statement : statements) {
            splits.add(pool.submit(() -> readSplit(statement, blackhole)));
        }
        long rows = 0;
        for (Future<Long> split : splits) {
            try {
                rows += split.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the raw JDBC read was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a raw JDBC split failed: " + e.getCause(), e.getCause());
            }
        }
        return rows;
    }

    private long readSplit(ReadStatement statement, Blackhole blackhole) throws SQLException {
        Properties properties = dialect.driverPropertiesFor(database.url());
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        try (Connection connection = DriverManager.getConnection(database.url(), properties)) {
            if (dialect.streamsOnlyWithoutAutoCommit()) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                prepared.setFetchSize(dialect.driverFetchSize(connection, fetchSize));
                statement.bind(prepared);
                long rows = 0;
                try (ResultSet rs = prepared.executeQuery()) {
                    boolean[] utf8 = utf8Text(rs.getMetaData());
                    while (rs.next()) {
                        for (int c = 0; c < kinds.length; c++) {
                            if (utf8[c]) {
                                blackhole.consume(rs.getBytes(c + 1));
                            } else {
                                consume(rs, c + 1, kinds[c], blackhole);
                            }
                        }
                        rows++;
                    }
                }
                return rows;
            } finally {
                if (dialect.streamsOnlyWithoutAutoCommit()) {
                    connection.rollback();
                }
            }
        }
    }

    /** For each column, whether the connector reads it as UTF-8 bytes. */
    private boolean[] utf8Text(ResultSetMetaData metadata) throws SQLException {
        boolean[] utf8 = new boolean[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            JdbcColumn column = new JdbcColumn(metadata.getColumnLabel(c + 1), metadata.getColumnType(c + 1),
                    metadata.getColumnTypeName(c + 1), 0, 0, true, false);
            utf8[c] = kinds[c] == DataType.Kind.STRING && dialect.readsTextAsUtf8(column, database.url());
        }
        return utf8;
    }

    private static void consume(ResultSet rs, int position, DataType.Kind kind, Blackhole blackhole) throws SQLException {
        switch (kind) {
            case BOOLEAN -> blackhole.consume(rs.getBoolean(position));
            case INT -> blackhole.consume(rs.getInt(position));
            case LONG -> blackhole.consume(rs.getLong(position));
            case DOUBLE -> blackhole.consume(rs.getDouble(position));
            case DECIMAL -> blackhole.consume(rs.getBigDecimal(position));
            case STRING -> blackhole.consume(rs.getString(position));
            case DATE -> blackhole.consume(rs.getObject(position, LocalDate.class));
            case TIMESTAMP -> blackhole.consume(rs.getObject(position, LocalDateTime.class));
            default -> throw new IllegalStateException("the benchmark tables hold no " + kind + " column");
        }
        blackhole.consume(rs.wasNull());
    }

    /** Stops the pool. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
