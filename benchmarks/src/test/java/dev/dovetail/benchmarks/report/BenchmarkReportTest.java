package dev.dovetail.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report generator on a small JMH JSON result: 6 partitioned reads of 3 tables, 3 row paths and 2 paired
 * reads.
 */
class BenchmarkReportTest {
    private static final Instant GENERATED = Instant.parse("2026-12-01T10:00:00.123Z");

    private static Path fixture() throws URISyntaxException {
        return Path.of(BenchmarkReportTest.class.getResource("/jmh/result.json").toURI());
    }

    @Test
    void readsTheRunsOfAJmhResult() throws Exception {
        List<JmhRun> runs = JmhResults.read(fixture());

        assertThat(runs).hasSize(11);
        JmhRun first = runs.get(0);
        assertThat(first.benchmarkClass()).isEqualTo("PartitionedReadBenchmark");
        assertThat(first.method()).isEqualTo("harness");
        assertThat(first.params()).containsEntry("database", "h2").containsEntry("splits", "1");
        assertThat(first.rowsPerSecond()).get().extracting(Metric::score).isEqualTo(950_000.0);
        assertThat(runs.get(3).rowsPerSecond().get().error()).isNaN();
        assertThat(runs.get(6).rowsPerSecond()).isEmpty();
        assertThat(runs.get(6).primary()).isEqualTo(new Metric(1.5, 0.05, "ns/op"));
        assertThat(runs.get(9).secondary("rawNanos")).contains(new Metric(9.0e9, 1e8, "#"));
    }

    @Test
    void summarisesRatiosAndTheRowPathOverhead() throws Exception {
        BenchmarkSummary summary = BenchmarkSummary.of(JmhResults.read(fixture()));

        Configuration oneSplit = new Configuration("h2", "narrow", "100000", 1);
        Configuration twoSplits = new Configuration("h2", "narrow", "100000", 2);
        assertThat(summary.throughput()).containsOnlyKeys(oneSplit, twoSplits, new Configuration("postgres", "wide", "1000", 4));
        assertThat(summary.ratio(oneSplit, Reader.HARNESS, Reader.RAW_JDBC)).get().isEqualTo(0.95);
        assertThat(summary.ratio(twoSplits, Reader.HARNESS, Reader.RAW_JDBC)).get().isEqualTo(0.8);
        assertThat(summary.ratio(twoSplits, Reader.SPARK_HOST, Reader.SPARK_JDBC)).isEmpty();
        assertThat(summary.rowPathOverhead()).get().isEqualTo(7.75);
        // paired reads are their own table: raw JDBC's reading time over the harness's
        assertThat(summary.paired()).containsOnlyKeys(new Configuration("postgres", "wide", "default", 1),
                new Configuration("postgres", "wide", "default", 2));
        assertThat(summary.paired().values()).extracting(PairedTimes::ratio).containsExactly(0.9, 0.98);
        assertThat(summary.paired().values()).extracting(PairedTimes::runs).containsOnly(1);
    }

    @Test
    void writesTheMarkdownTableWithRatiosAndTargets(@TempDir Path directory) throws Exception {
        Path markdown = BenchmarkReport.write(fixture(), directory, GENERATED, 2);
        String md = Files.readString(markdown);

        assertThat(markdown.getFileName().toString()).isEqualTo(BenchmarkReport.MARKDOWN);
        assertThat(md).contains("From `result.json`, 2026-12-01T10:00:00Z, on a machine with 2 cores.");
        assertThat(md).contains("| h2 | narrow | 100000 | 1 | 1,000,000 ± 1% | 950,000 ± 1% | – | – | 0.95 ✓ | – |");
        assertThat(md).contains("| h2 | narrow | 100000 | 2 | 1,000,000 | 800,000 ± 3% | – | 200,000 ± 3% | 0.80 ✗ | – |");
        assertThat(md).contains("| postgres | wide | 1000 | 4 | 300,000 ± 1% | – | – | – | – | – |");
        assertThat(md).contains("| connector → harness → RowSink | 9.25 ± 0.30 |");
        assertThat(md).contains("Row-path overhead (harness − values only): 7.75 ns/row ✓");
        assertThat(md).contains("- harness / raw JDBC ≥ 0.95 at every split count: missed in 1 of 2 (h2, narrow, rows=100000, splits=2: 0.80)");
        assertThat(md).contains("## Harness / raw JDBC, read by read (PairedReadBenchmark)");
        assertThat(md).contains("| postgres | wide | default | 1 | 0.90 ✗ | 1 |");
        assertThat(md).contains("| postgres | wide | default | 2 | 0.98 ✓ | 1 |");
        assertThat(md).contains("- the same, read by read: missed in 1 of 2 (postgres, wide, rows=default, splits=1: 0.90)");
        assertThat(md).contains("- Spark host / Spark JDBC source ≥ 1.20 at 2 and 4 splits: not measured");
        assertThat(md).contains("- row-path overhead ≤ 15.00 ns/row: met");
        assertThat(md).contains("![rows/s per split count](benchmark-report.png)");
    }

    @Test
    void pairedRunsOfOneConfigurationFromSeveralResultsArePooled(@TempDir Path directory) throws Exception {
        // a second run of postgres, wide, 1 split: 10 s raw against 10 s harness, where the fixture has 9 s against 10 s
        Path second = Files.writeString(directory.resolve("second.json"), "[" + pairedRun(1, 10.0e9, 10.0e9) + "]");

        Path markdown = BenchmarkReport.write(List.of(fixture(), second), directory, GENERATED, 2);
        List<JmhRun> runs = new ArrayList<>(JmhResults.read(fixture()));
        runs.addAll(JmhResults.read(second));
        BenchmarkSummary summary = BenchmarkSummary.of(runs);

        PairedTimes pooled = summary.paired().get(new Configuration("postgres", "wide", "default", 1));
        assertThat(pooled).isEqualTo(new PairedTimes(19.0e9, 20.0e9, 2));
        assertThat(pooled.ratio()).isEqualTo(0.95);
        assertThat(Files.readString(markdown)).contains("| postgres | wide | default | 1 | 0.95 ✓ | 2 |")
                .contains("| postgres | wide | default | 2 | 0.98 ✓ | 1 |");
    }

    @Test
    void aReaderOrRowPathMeasuredTwiceIsRefusedNamingIt() throws Exception {
        List<JmhRun> once = JmhResults.read(fixture());
        List<JmhRun> twice = new ArrayList<>(once);
        twice.addAll(once);

        // the first run of the fixture, PartitionedReadBenchmark.harness on h2, narrow, 1 split, comes first twice
        assertThatThrownBy(() -> BenchmarkSummary.of(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run PartitionedReadBenchmark.harness {").hasMessageContaining("splits=1")
                .hasMessageContaining("is in the results twice").hasMessageContaining("-f");
        List<JmhRun> rowPathTwice = new ArrayList<>(once);
        rowPathTwice.add(once.get(6));
        assertThatThrownBy(() -> BenchmarkSummary.of(rowPathTwice))
                .hasMessageContaining("run RowPathBenchmark.valuesOnly").hasMessageContaining("is in the results twice");
    }

    private static String pairedRun(int splits, double rawNanos, double harnessNanos) {
        return "{\"benchmark\": \"p.PairedReadBenchmark.harnessAgainstRawJdbc\", \"mode\": \"thrpt\", \"params\": {"
                + "\"database\": \"postgres\", \"shape\": \"wide\", \"rows\": \"default\", \"splits\": \"" + splits + "\"},"
                + " \"primaryMetric\": {\"score\": 1.0}, \"secondaryMetrics\": {\"rawNanos\": {\"score\": " + rawNanos + "},"
                + " \"harnessNanos\": {\"score\": " + harnessNanos + "}}}";
    }

    @Test
    void drawsOneChartPerTableIntoOnePng(@TempDir Path directory) throws Exception {
        BenchmarkReport.write(fixture(), directory, GENERATED, 2);

        BufferedImage png = ImageIO.read(directory.resolve(BenchmarkReport.CHART).toFile());
        assertThat(png).isNotNull();
        assertThat(png.getWidth()).isEqualTo(ThroughputChart.WIDTH);
        assertThat(png.getHeight()).isEqualTo(2 * ThroughputChart.HEIGHT);
        // drawn, not blank: the bars and labels leave more than the background colour
        long colours = java.util.stream.IntStream.range(0, png.getWidth()).mapToLong(x -> png.getRGB(x, ThroughputChart.HEIGHT / 2)).distinct().count();
        assertThat(colours).isGreaterThan(2);
    }

    @Test
    void aMissingResultSaysHowToMakeOne(@TempDir Path directory) {
        Path missing = directory.resolve("nothing.json");

        assertThatThrownBy(() -> BenchmarkReport.write(missing, directory, GENERATED, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no JMH result at " + missing).hasMessageContaining("-rf json");
    }

    @Test
    void somethingElseThanAJmhResultIsNamed(@TempDir Path directory) throws IOException {
        Path object = Files.writeString(directory.resolve("object.json"), "{\"benchmark\": \"x\"}");
        Path broken = Files.writeString(directory.resolve("broken.json"), "[{\"benchmark\": ");
        Path noScore = Files.writeString(directory.resolve("no-score.json"),
                "[{\"benchmark\": \"p.RowPathBenchmark.harness\", \"mode\": \"avgt\", \"primaryMetric\": {}}]");
        Path noRows = Files.writeString(directory.resolve("no-rows.json"), "[{\"benchmark\": \"p.PartitionedReadBenchmark.harness\","
                + " \"mode\": \"thrpt\", \"params\": {\"database\": \"h2\"}, \"primaryMetric\": {\"score\": 1.0}}]");
        Path noHarnessTime = Files.writeString(directory.resolve("no-harness-time.json"), "[{\"benchmark\":"
                + " \"p.PairedReadBenchmark.harnessAgainstRawJdbc\", \"mode\": \"thrpt\", \"params\": {\"database\": \"h2\","
                + " \"shape\": \"wide\", \"rows\": \"default\", \"splits\": \"1\"}, \"primaryMetric\": {\"score\": 1.0},"
                + " \"secondaryMetrics\": {\"rawNanos\": {\"score\": 5.0}}}]");

        assertThatThrownBy(() -> JmhResults.read(object)).hasMessageContaining("must be an array of runs");
        assertThatThrownBy(() -> JmhResults.read(broken)).hasMessageContaining(broken + " is not JSON");
        assertThatThrownBy(() -> JmhResults.read(noScore)).hasMessageContaining("run 0: primaryMetric has no numeric score");
        assertThatThrownBy(() -> BenchmarkSummary.of(JmhResults.read(noRows)))
                .hasMessageContaining("PartitionedReadBenchmark.harness").hasMessageContaining("has no rows/s");
        assertThatThrownBy(() -> BenchmarkSummary.of(JmhResults.read(noHarnessTime)))
                .hasMessageContaining("PairedReadBenchmark.harnessAgainstRawJdbc").hasMessageContaining("has no secondary metric 'harnessNanos'");
    }
}
