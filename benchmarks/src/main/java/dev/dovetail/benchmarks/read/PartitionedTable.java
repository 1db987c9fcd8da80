package dev.dovetail.benchmarks.read;

import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.benchmarks.data.RunningDatabase;
import dev.dovetail.benchmarks.data.Shape;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.HarnessRead;
import dev.dovetail.jdbc.JdbcConnector;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.JdbcSettings;
import dev.dovetail.jdbc.read.ReadStatement;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A seeded benchmark table and how every reader partitions it, one definition for all: Spark's column-range
 * partitioning on {@code id} with {@code lowerBound} 1, {@code upperBound} rows + 1 and {@code numPartitions}
 * splits, and {@code fetchsize} {@value #FETCH_SIZE}. Gives the Glue options (for the harness and Spark's
 * sources), the harness read, and the connector's own per-split statements for the raw JDBC baseline.
 *
 * @param database where the table lives
 * @param shape the table's columns
 * @param rows its row count: ids 1..rows
 * @param splits the partition count, which is also each reader's thread count
 */
public record PartitionedTable(RunningDatabase database, Shape shape, int rows, int splits) {
    /** Rows per round trip for every reader. */
    public static final int FETCH_SIZE = 1_000;

    public PartitionedTable {
        requireNonNull(database, "database is null");
        requireNonNull(shape, "shape is null");
    }

    /** The Glue options of the read: connection, table, partitioning and fetch size. */
    public Map<String, String> options() {
        Map<String, String> options = new HashMap<>(database.options());
        options.put("dbTable", shape.table());
        options.put("partitionColumn", "id");
        options.put("lowerBound", "1");
        options.put("upperBound", Long.toString(rows + 1L));
        options.put("numPartitions", Integer.toString(splits));
        options.put("fetchsize", Integer.toString(FETCH_SIZE));
        return Map.copyOf(options);
    }

    /** The JDBC connector in the harness, reading {@link #splits()} splits at once. */
    public ConnectorHarness harness() {
        return ConnectorHarness.forConnector(JdbcConnector.class).withOptions(options()).withParallelism(splits);
    }

    /** A harness read of the whole table, partitioned by the Glue options. */
    public HarnessRead harnessRead(ConnectorHarness harness) {
        return harness.read(shape.table());
    }

    /** The baseline over the statements the connector issues for each split of the harness's plan. */
    public RawJdbcRead rawJdbcRead() {
        ReadPlan plan = harnessRead(harness()).plan();
        JdbcSettings settings = new JdbcSettings(database.url(), Optional.empty(), Optional.empty(), Optional.empty(),
                FETCH_SIZE, 0, Optional.empty());
        ResolvedCredentials credentials = new ResolvedCredentials.Basic(database.user(), Secret.of(database.password()));
        try (JdbcSession session = new JdbcConnector().connect(settings, credentials)) {
            List<ReadStatement> statements = plan.splits().stream()
                    .map(SplitPlan::request)
                    .map(request -> ReadStatement.of(session, request))
                    .toList();
            return new RawJdbcRead(database, statements, plan.splits().get(0).readSchema(), FETCH_SIZE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the session that built the baseline's statements", e);
        }
    }
}
