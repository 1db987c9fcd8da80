package dev.dovetail.benchmarks.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The chart of the report, drawn with XChart without a display: for each table (database, shape, rows), a bar
 * chart of rows/s per split count with one bar per reader; the charts are stacked into one PNG.
 */
public final class ThroughputChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    private ThroughputChart() {
    }

    /**
     * Writes the chart of {@code summary} to {@code png}.
     *
     * @throws IllegalArgumentException if the summary holds no partitioned read
     */
    public static void write(BenchmarkSummary summary, Path png) {
        Map<String, SortedMap<Configuration, Map<Reader, Metric>>> tables = new LinkedHashMap<>();
        summary.throughput().forEach((configuration, readers) -> tables
                .computeIfAbsent(configuration.table(), ignored -> new java.util.TreeMap<>()).put(configuration, readers));
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no partitioned read to chart");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT * tables.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            int y = 0;
            for (Map.Entry<String, SortedMap<Configuration, Map<Reader, Metric>>> table : tables.entrySet()) {
                graphics.drawImage(BitmapEncoder.getBufferedImage(chart(table.getKey(), table.getValue())), 0, y, null);
                y += HEIGHT;
            }
        } finally {
            graphics.dispose();
        }
        try {
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new IllegalStateException("this JVM has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart to " + png, e);
        }
    }

    private static CategoryChart chart(String title, SortedMap<Configuration, Map<Reader, Metric>> configurations) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("splits").yAxisTitle("rows/s").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        for (Reader reader : Reader.values()) {
            List<String> splits = new ArrayList<>();
            List<Number> rows = new ArrayList<>();
            configurations.forEach((configuration, readers) -> {
                Metric metric = readers.get(reader);
                splits.add(Integer.toString(configuration.splits()));
                rows.add(metric == null ? 0 : metric.score());
            });
            if (configurations.values().stream().anyMatch(readers -> readers.containsKey(reader))) {
                chart.addSeries(reader.label(), splits, rows);
            }
        }
        return chart;
    }
}
