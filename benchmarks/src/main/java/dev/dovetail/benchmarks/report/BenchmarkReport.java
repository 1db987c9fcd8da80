package dev.dovetail.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns JMH JSON results into {@code benchmark-report.md} and {@code benchmark-report.png}.
 *
 * <pre>java -cp benchmarks.jar dev.dovetail.benchmarks.report.BenchmarkReport [-o target] [target/jmh-result.json ...]</pre>
 *
 * The arguments are JMH results (default {@code target/jmh-result.json}), read together as one run, and
 * {@code -o} the directory the report is written to (default {@code target}). The chart is left out when no
 * partitioned read ran.
 */
public final class BenchmarkReport {
    /** The Markdown report's file name. */
    public static final String MARKDOWN = "benchmark-report.md";
    /** The chart's file name. */
    public static final String CHART = "benchmark-report.png";

    private static final String USAGE = "usage: BenchmarkReport [-o output-directory] [jmh-result.json ...]";

    private BenchmarkReport() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path directory = Path.of("target");
        List<Path> results = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-o")) {
                if (i + 1 == args.length) {
                    System.err.println("-o needs the output directory; " + USAGE);
                    System.exit(2);
                }
                directory = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                System.err.println("unknown option " + args[i] + "; " + USAGE);
                System.exit(2);
            } else {
                results.add(Path.of(args[i]));
            }
        }
        if (results.isEmpty()) {
            results.add(Path.of("target/jmh-result.json"));
        }
        try {
            Path markdown = write(results, directory, Instant.now(), Runtime.getRuntime().availableProcessors());
            System.out.println("wrote " + markdown + " from " + results);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** {@link #write(List, Path, Instant, int)} of one result. */
    public static Path write(Path result, Path directory, Instant generated, int cores) {
        return write(List.of(result), directory, generated, cores);
    }

    /**
     * Writes the report of {@code results}, read as one run, into {@code directory}, creating it.
     *
     * @return the Markdown report's path
     * @throws IllegalArgumentException if a result is not a JMH JSON result the report understands
     */
    public static Path write(List<Path> results, Path directory, Instant generated, int cores) {
        List<JmhRun> runs = new ArrayList<>();
        results.forEach(result -> runs.addAll(JmhResults.read(result)));
        BenchmarkSummary summary = BenchmarkSummary.of(runs);
        try {
            Files.createDirectories(directory);
            Optional<String> chart = Optional.empty();
            if (!summary.throughput().isEmpty()) {
                ThroughputChart.write(summary, directory.resolve(CHART));
                chart = Optional.of(CHART);
            }
            Path markdown = directory.resolve(MARKDOWN);
            String sources = String.join("`, `", results.stream().map(result -> result.getFileName().toString()).toList());
            Files.writeString(markdown, MarkdownReport.render(summary, sources, generated, cores, chart));
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + directory, e);
        }
    }
}
