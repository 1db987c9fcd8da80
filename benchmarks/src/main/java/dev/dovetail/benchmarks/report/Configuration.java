package dev.dovetail.benchmarks.report;

import java.util.Comparator;

import static java.util.Objects.requireNonNull;

/**
 * One configuration of a partitioned read, as the JMH parameters gave it.
 *
 * @param database {@code h2} or {@code postgres}
 * @param shape {@code narrow} or {@code wide}
 * @param rows the {@code rows} parameter ({@code default} or a count)
 * @param splits the partition count
 */
public record Configuration(String database, String shape, String rows, int splits) implements Comparable<Configuration> {
    private static final Comparator<Configuration> ORDER = Comparator.comparing(Configuration::database)
            .thenComparing(Configuration::shape).thenComparing(Configuration::rows).thenComparingInt(Configuration::splits);

    public Configuration {
        requireNonNull(database, "database is null");
        requireNonNull(shape, "shape is null");
        requireNonNull(rows, "rows is null");
    }

    /** The configuration of a {@code PartitionedReadBenchmark} run; fails naming the parameter it lacks. */
    static Configuration of(JmhRun run) {
        return new Configuration(required(run, "database"), required(run, "shape"), required(run, "rows"),
                Integer.parseInt(required(run, "splits")));
    }

    private static String required(JmhRun run, String name) {
        return run.param(name).orElseThrow(() -> new IllegalArgumentException("run " + run.benchmarkClass() + "." + run.method()
                + " has no parameter '" + name + "'; the report expects database, shape, rows and splits"));
    }

    /** The same table, whatever the split count: what one chart shows. */
    String table() {
        return database + ", " + shape + ", rows=" + rows;
    }

    @Override
    public int compareTo(Configuration other) {
        return ORDER.compare(this, other);
    }
}
