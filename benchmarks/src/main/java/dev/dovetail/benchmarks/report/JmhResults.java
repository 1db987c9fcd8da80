package dev.dovetail.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON result ({@code -rf json}): an array with one object per run, holding {@code benchmark}
 * (the method's full name), {@code mode}, {@code params}, {@code primaryMetric} and {@code secondaryMetrics}.
 * Fields this report does not use are ignored; a missing one it needs is an error naming the file and entry.
 */
public final class JmhResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhResults() {
    }

    /**
     * The runs in {@code file}.
     *
     * @throws IllegalArgumentException if the file does not exist or is not a JMH JSON result
     */
    public static List<JmhRun> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no JMH result at " + file + "; run the benchmarks with -rf json -rff " + file, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result: it must be an array of runs (JMH's -rf json)");
        }
        List<JmhRun> runs = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            runs.add(run(root.get(i), file, i));
        }
        return List.copyOf(runs);
    }

    private static JmhRun run(JsonNode node, Path file, int index) {
        String benchmark = text(node, "benchmark", file, index);
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        if (method < 0) {
            throw new IllegalArgumentException(file + ", run " + index + ": benchmark '" + benchmark
                    + "' is not a method's full name (package.Class.method)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").fields().forEachRemaining(entry -> params.put(entry.getKey(), entry.getValue().asText()));
        Map<String, Metric> secondary = new LinkedHashMap<>();
        node.path("secondaryMetrics").fields().forEachRemaining(entry -> secondary.put(entry.getKey(),
                metric(entry.getValue(), "secondaryMetrics." + entry.getKey(), file, index)));
        return new JmhRun(benchmark.substring(type + 1, method), benchmark.substring(method + 1), text(node, "mode", file, index),
                params, metric(node.path("primaryMetric"), "primaryMetric", file, index), secondary);
    }

    private static Metric metric(JsonNode node, String name, Path file, int index) {
        JsonNode score = node.path("score");
        if (!score.isNumber()) {
            throw new IllegalArgumentException(file + ", run " + index + ": " + name + " has no numeric score");
        }
        JsonNode error = node.path("scoreError");
        // JMH writes "NaN" as a string when it cannot estimate the error (a single iteration).
        double errorValue = error.isNumber() ? error.asDouble() : Double.NaN;
        return new Metric(score.asDouble(), errorValue, node.path("scoreUnit").asText(""));
    }

    private static String text(JsonNode node, String field, Path file, int index) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(file + ", run " + index + ": field '" + field + "' is missing; is this JMH's -rf json output?");
        }
        return value.asText();
    }
}
