package dev.dovetail.benchmarks.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report as Markdown: rows/s per configuration and reader with the ratios harness / raw JDBC and
 * Spark host / Spark JDBC source, harness / raw JDBC read by read, ns/row per row path with the row-path
 * overhead, and each target of issue 7 met, missed or not measured.
 */
public final class MarkdownReport {
    private static final String NONE = "–";
    /** The first cells of a table row per configuration, and of its header. */
    private static final String CONFIGURATION_HEADER = "| database | shape | rows | splits |";

    private MarkdownReport() {
    }

    /**
     * The Markdown of {@code summary}.
     *
     * @param source the JMH result it was made from, named in the header
     * @param generated when
     * @param cores the processors of the machine
     * @param chart the chart's file name, linked under the table; empty for none
     */
    public static String render(BenchmarkSummary summary, String source, Instant generated, int cores, Optional<String> chart) {
        StringBuilder md = new StringBuilder();
        md.append("# Dovetail benchmarks\n\n");
        md.append("From `").append(source).append("`, ").append(generated.truncatedTo(ChronoUnit.SECONDS))
                .append(", on a machine with ").append(cores).append(cores == 1 ? " core" : " cores").append(".\n\n");
        throughput(md, summary);
        chart.ifPresent(file -> md.append("\n![rows/s per split count](").append(file).append(")\n"));
        paired(md, summary);
        rowPath(md, summary);
        targets(md, summary);
        return md.toString();
    }

    private static void throughput(StringBuilder md, BenchmarkSummary summary) {
        md.append("## Partitioned read throughput (rows/s)\n\n");
        if (summary.throughput().isEmpty()) {
            md.append("No partitioned read ran.\n");
            return;
        }
        md.append(CONFIGURATION_HEADER);
        for (Reader reader : Reader.values()) {
            md.append(' ').append(reader.label()).append(" |");
        }
        md.append(" harness / raw JDBC | Spark host / Spark JDBC |\n");
        md.append("|---|---|---:|---:|").append("---:|".repeat(Reader.values().length + 2)).append('\n');
        summary.throughput().forEach((configuration, readers) -> {
            configurationCells(md, configuration);
            for (Reader reader : Reader.values()) {
                md.append(' ').append(Optional.ofNullable(readers.get(reader)).map(MarkdownReport::rate).orElse(NONE)).append(" |");
            }
            md.append(' ').append(ratio(summary.ratio(configuration, Reader.HARNESS, Reader.RAW_JDBC), Targets.HARNESS_TO_RAW))
                    .append(" | ").append(Targets.SPARK_SPLITS.contains(configuration.splits())
                            ? ratio(summary.ratio(configuration, Reader.SPARK_HOST, Reader.SPARK_JDBC), Targets.SPARK_HOST_TO_SPARK_JDBC)
                            : summary.ratio(configuration, Reader.SPARK_HOST, Reader.SPARK_JDBC).map(MarkdownReport::number).orElse(NONE))
                    .append(" |\n");
        });
    }

    private static void paired(StringBuilder md, BenchmarkSummary summary) {
        if (summary.paired().isEmpty()) {
            return;
        }
        md.append("\n## Harness / raw JDBC, read by read (PairedReadBenchmark)\n\n");
        md.append(CONFIGURATION_HEADER).append(" harness / raw JDBC | runs |\n|---|---|---:|---:|---:|---:|\n");
        summary.paired().forEach((configuration, times) -> configurationCells(md, configuration).append(' ')
                .append(ratio(Optional.of(times.ratio()), Targets.HARNESS_TO_RAW)).append(" | ").append(times.runs())
                .append(" |\n"));
    }

    private static StringBuilder configurationCells(StringBuilder md, Configuration configuration) {
        return md.append("| ").append(configuration.database()).append(" | ").append(configuration.shape()).append(" | ")
                .append(configuration.rows()).append(" | ").append(configuration.splits()).append(" |");
    }

    private static void rowPath(StringBuilder md, BenchmarkSummary summary) {
        md.append("\n## Row path (ns/row, 4-column row)\n\n");
        if (summary.rowPath().isEmpty()) {
            md.append("The row-path benchmark did not run.\n");
            return;
        }
        md.append("| path | ns/row |\n|---|---:|\n");
        for (Map.Entry<String, Metric> entry : summary.rowPath().entrySet()) {
            md.append("| ").append(rowPathLabel(entry.getKey())).append(" | ").append(withError(entry.getValue())).append(" |\n");
        }
        summary.rowPathOverhead().ifPresent(overhead -> md.append("\nRow-path overhead (harness − values only): ")
                .append(number(overhead)).append(" ns/row ").append(mark(overhead <= Targets.ROW_PATH_OVERHEAD_NS)).append('\n'));
    }

    private static void targets(StringBuilder md, BenchmarkSummary summary) {
        md.append("\n## Targets\n\n");
        md.append("- harness / raw JDBC ≥ ").append(number(Targets.HARNESS_TO_RAW)).append(" at every split count: ")
                .append(verdict(summary, Reader.HARNESS, Reader.RAW_JDBC, Targets.HARNESS_TO_RAW, false)).append('\n');
        md.append("- the same, read by read: ").append(pairedVerdict(summary)).append('\n');
        md.append("- Spark host / Spark JDBC source ≥ ").append(number(Targets.SPARK_HOST_TO_SPARK_JDBC)).append(" at 2 and 4 splits: ")
                .append(verdict(summary, Reader.SPARK_HOST, Reader.SPARK_JDBC, Targets.SPARK_HOST_TO_SPARK_JDBC, true)).append('\n');
        md.append("- row-path overhead ≤ ").append(number(Targets.ROW_PATH_OVERHEAD_NS)).append(" ns/row: ")
                .append(summary.rowPathOverhead().map(overhead -> overhead <= Targets.ROW_PATH_OVERHEAD_NS ? "met" : "missed ("
                        + number(overhead) + " ns/row)").orElse("not measured")).append('\n');
    }

    private static String verdict(BenchmarkSummary summary, Reader numerator, Reader denominator, double target, boolean sparkSplitsOnly) {
        List<String> missed = new ArrayList<>();
        int measured = 0;
        for (Configuration configuration : summary.throughput().keySet()) {
            if (sparkSplitsOnly && !Targets.SPARK_SPLITS.contains(configuration.splits())) {
                continue;
            }
            Optional<Double> ratio = summary.ratio(configuration, numerator, denominator);
            if (ratio.isPresent()) {
                measured++;
                if (ratio.get() < target) {
                    missed.add(configuration.table() + ", splits=" + configuration.splits() + ": " + number(ratio.get()));
                }
            }
        }
        if (measured == 0) {
            return "not measured (no run of both " + numerator.method() + " and " + denominator.method() + ")";
        }
        return verdict(missed, measured);
    }

    private static String verdict(List<String> missed, int measured) {
        return missed.isEmpty() ? "met in all " + measured + " configurations" : "missed in " + missed.size() + " of " + measured
                + " (" + String.join("; ", missed) + ")";
    }

    private static String pairedVerdict(BenchmarkSummary summary) {
        if (summary.paired().isEmpty()) {
            return "not measured (PairedReadBenchmark did not run)";
        }
        List<String> missed = new ArrayList<>();
        summary.paired().forEach((configuration, times) -> {
            if (times.ratio() < Targets.HARNESS_TO_RAW) {
                missed.add(configuration.table() + ", splits=" + configuration.splits() + ": " + number(times.ratio()));
            }
        });
        return verdict(missed, summary.paired().size());
    }

    private static String rowPathLabel(String method) {
        return switch (method) {
            case BenchmarkSummary.VALUES_ONLY -> "values only (baseline)";
            case "connectorToSink" -> "connector → RowSink";
            case BenchmarkSummary.HARNESS_ROW_PATH -> "connector → harness → RowSink";
            default -> method;
        };
    }

    private static String ratio(Optional<Double> ratio, double target) {
        return ratio.map(value -> number(value) + " " + mark(value >= target)).orElse(NONE);
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }

    private static String rate(Metric metric) {
        String rate = String.format(Locale.ROOT, "%,.0f", metric.score());
        if (Double.isNaN(metric.error()) || metric.score() == 0) {
            return rate;
        }
        return rate + " ± " + String.format(Locale.ROOT, "%.0f%%", 100 * metric.error() / metric.score());
    }

    private static String withError(Metric metric) {
        return Double.isNaN(metric.error()) ? number(metric.score()) : number(metric.score()) + " ± " + number(metric.error());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
