package dev.dovetail.examples;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.GlueReadResult;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import dev.dovetail.jdbc.JdbcConnector;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

import static dev.dovetail.jdbc.JdbcConnector.QUERY_ENTITY;

/**
 * The second part of the demo the README's first command runs: the production JDBC connector on an
 * in-memory H2 database ({@link DemoDatabase}), driven through the harness with Glue's connection options:
 * validation, metadata, column-range and hash partitioning, pushdown (and the SQL the database received),
 * {@code filterPredicate}, {@code query}, {@code dataTypeMapping}, writes, and job bookmarks over three runs.
 * The output is the same on every run.
 */
public final class JdbcDemo {
    private final DemoDatabase db;
    private final PrintStream out;

    private JdbcDemo(DemoDatabase db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    public static void main(String[] args) throws SQLException {
        run(System.out);
    }

    /** Runs the demo on a new database, printing to {@code out}, and drops the database. */
    static void run(PrintStream out) throws SQLException {
        try (DemoDatabase db = DemoDatabase.create()) {
            new JdbcDemo(db, out).run();
        }
    }

    private void run() throws SQLException {
        ConnectorHarness harness = ConnectorHarness.forConnector(JdbcConnector.class).withOption("url", DemoDatabase.URL)
                .withOption("user", DemoDatabase.USER).withOption("password", DemoDatabase.PASSWORD).withOption("dbTable", "orders");
        ConnectorHarness ranged = harness.withOption("partitionColumn", "id").withOption("lowerBound", "1")
                .withOption("upperBound", "4000").withOption("numPartitions", "4");
        out.println();
        out.println("Dovetail demo: the JDBC connector on an in-memory H2 database, " + DemoDatabase.URL);
        out.println("  " + harness.write("orders").insert(DemoDatabase.orders(1, 5_000, new Random(42))).successCount()
                + " generated orders inserted through the connector");

        section("1. Glue's connection options are checked before any work, every problem at once");
        harness.withOption("partitionColum", "id").withOption("fetchsize", "lots").validateSettings()
                .forEach(problem -> out.println("  - " + problem.message()));
        try {
            ranged.withOption("partitionColumn", "idd").glue().read().count();
        } catch (ConnectorException e) {
            out.println("  - planning a read with partitionColumn=idd: " + e.getMessage());
        }
        out.println("  the options as logs show them: " + harness.options());

        section("2. Metadata: the tables and views, and orders as the connector describes it");
        harness.listEntities().forEach(entity -> out.println("  " + entity.name() + (entity.writable() ? " (writable)" : " (read-only)")));
        harness.describe("orders").fields().forEach(field -> out.println("  orders." + field));

        section("3. Spark's column-range partitioning: partitionColumn=id, lowerBound=1, upperBound=4000, numPartitions=4");
        printSplits(ranged.glue().read().count().readResult());
        out.println("  the bounds set the stride and never filter: ids above 4000 are read by the last split");
        out.println("  hash partitioning, hashfield=customer, hashpartitions=3 (a customer's orders land in one split):");
        printSplits(harness.withOption("hashfield", "customer").withOption("hashpartitions", "3").glue().read().count().readResult());

        section("4. Pushdown: Spark's columns, filters and limit become one SELECT with bound parameters");
        db.recordSql();
        GlueReadResult big = harness.glue().read().select("id", "customer", "amount")
                .filter(Predicate.ge("amount", 990)).filter(Predicate.startsWith("customer", "A")).limit(3).run();
        printPlan(big.plan(), big.rows());
        db.recordSql();
        GlueReadResult paid = harness.withOption("filterPredicate", "status = 'paid' AND amount > 900").glue().read().count();
        out.println("  filterPredicate is the connector's own option, ANDed into its SQL as it is: " + paid.rowCount() + " rows");
        db.recordedSql().forEach(sql -> out.println("  SQL:      " + sql));
        ConnectorHarness query = harness.withoutOption("dbTable")
                .withOption("query", "SELECT customer, COUNT(*) AS order_count, SUM(amount) AS total FROM orders GROUP BY customer");
        out.println("  option query is entity '" + QUERY_ENTITY + "', described as " + query.describe(QUERY_ENTITY).fields());
        db.recordSql();
        ReadResult top = query.read(QUERY_ENTITY).where(Predicate.gt("total", 290_000)).run();
        printPlan(top.plan(), top.rows());

        section("5. dataTypeMapping {\"DECIMAL\":\"STRING\"}: amount becomes a string, so the runtime filters it");
        ConnectorHarness mapped = harness.withOption("dataTypeMapping", "{\"DECIMAL\":\"STRING\"}");
        out.println("  orders." + harness.describe("orders").requireField("amount") + " -> orders."
                + mapped.describe("orders").requireField("amount"));
        db.recordSql();
        ReadResult nines = mapped.read("orders").columns("id", "amount").where(Predicate.startsWith("amount", "999.")).run();
        printPlan(nines.plan(), nines.rows());

        section("6. Writes return one result per record");
        print("upsert ids 5000 (exists: updated) and 5001 (new: inserted)",
                harness.write("orders").upsert(DemoDatabase.orders(5_000, 2, new Random(7))));
        print("delete ids 2 and 9999", harness.write("orders").columns("id").delete(Row.of(2L), Row.of(9_999L)));
        List<Row> batch = DemoDatabase.orders(6_001, 3, new Random(8));
        batch.set(1, DemoDatabase.orders(4, 1, new Random(9)).get(0));
        print("all-or-none insert of ids 6001, 4 (exists) and 6003", harness.write("orders").allOrNone().insert(batch));
        out.println("  orders with id 6001 or 6003 afterwards: "
                + harness.read("orders").where(Predicate.in("id", 6_001L, 6_003L)).count().rowCount());

        section("7. Job bookmarks: jobBookmarkKeys=updated_at,id over the 4 splits, committed after each run");
        ConnectorHarness job = ranged.withOption("jobBookmarkKeys", "updated_at,id").withOption("jobBookmarkKeysSortOrder", "asc");
        GlueReadResult run1 = job.glue().read().count();
        run1.commit();
        out.println("  run 1: " + run1.rowCount() + " rows; committed " + run1.readResult().bookmark().orElseThrow());
        harness.write("orders").insert(DemoDatabase.orders(5_002, 3, new Random(10)));
        out.println("  inserted ids 5002..5004; 5002 has the committed updated_at, only its id tells it is new");
        GlueReadResult run2 = job.glue().read().run();
        run2.commit();
        out.println("  run 2: " + run2.rowCount() + " rows " + run2.rows());
        GlueReadResult run3 = job.glue().read().run();
        run3.commit();
        out.println("  run 3: " + run3.rowCount() + " rows; the bookmark stays at " + run3.readResult().bookmark().orElseThrow());
    }

    private void printSplits(ReadResult result) {
        for (SplitResult split : result.splits()) {
            out.printf("  split %-44s %5d rows%n", split.split().describe(), split.rowCount());
        }
        out.println("  total " + result.rowCount() + " rows");
    }

    /** What the plan pushed and left to the runtime, the SQL the database ran since {@code recordSql()}, the rows. */
    private void printPlan(ReadPlan plan, List<Row> rows) throws SQLException {
        SplitPlan split = plan.splits().get(0);
        out.println("  pushed:   " + split.pushed() + "; columns " + split.readSchema().fieldNames()
                + split.request().limit().stream().mapToObj(limit -> "; limit " + limit).findFirst().orElse(""));
        out.println("  residual: " + split.residual());
        db.recordedSql().forEach(sql -> out.println("  SQL:      " + sql));
        out.println("  " + rows.size() + " rows: " + (rows.size() > 3 ? rows.subList(0, 3) + " ..." : rows));
    }

    private void print(String what, WriteResult result) {
        out.println("  " + what + ":");
        for (int i = 0; i < result.records().size(); i++) {
            RecordResult record = result.records().get(i);
            String error = record.error().map(text -> text.length() > 100 ? text.substring(0, 100) + "..." : text).orElse("");
            out.println("    #" + i + " " + (record.success() ? "ok, id " + record.id().orElseThrow() : "failed: " + error));
        }
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }
}
