package dev.dovetail.appflow.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every {@code filterExpression} in the AppFlow SDKs' sample requests (test resources appflow-samples, copied from shared/fixtures/appflow beside the
 * repository) goes through the parser: it parses, or fails with a positioned INVALID_ARGUMENT, never
 * with another exception. The samples hold only the placeholder {@code testExpression} (a bare name,
 * which is not a condition) and JSON null (no filter, which the host treats as absent).
 */
class AppFlowFixtureFiltersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySampleFilterParsesOrFailsClearly() throws IOException {
        Map<Path, List<JsonNode>> filters = filtersBySample(fixtures());
        List<String> texts = filters.values().stream().flatMap(List::stream).filter(JsonNode::isTextual)
                .map(JsonNode::asText).toList();
        assertThat(texts).as("filterExpression strings in the samples").isNotEmpty();
        assertThat(filters.values().stream().flatMap(List::stream)).allMatch(node -> node.isTextual() || node.isNull());

        for (String text : texts) {
            ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> FilterExpression.parse(text));
            if (failure != null) {
                assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                assertThat(failure.getMessage()).matches("filterExpression: at column \\d+, .+");
            }
        }
    }

    @Test
    void thePlaceholderIsRejectedAsAConditionWithoutAnOperator() throws IOException {
        assertThat(filtersBySample(fixtures()).values().stream().flatMap(List::stream).map(JsonNode::asText))
                .contains("testExpression");
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> FilterExpression.parse("testExpression"));
        assertThat(failure.getMessage()).isEqualTo("filterExpression: at column 15, expected an operator"
                + " (=, !=, <, <=, >, >=, contains, between or in) after 'testExpression' but found the end of the expression");
    }

    private static Map<Path, List<JsonNode>> filtersBySample(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            Map<Path, List<JsonNode>> filters = new java.util.TreeMap<>();
            files.filter(file -> file.toString().endsWith(".json")).forEach(file -> {
                List<JsonNode> found = new ArrayList<>();
                collect(read(file), found);
                if (!found.isEmpty()) {
                    filters.put(directory.relativize(file), found);
                }
            });
            return filters;
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample " + file, e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("filterExpression")) {
                found.add(field.getValue());
            }
        });
        node.elements().forEachRemaining(child -> collect(child, found));
    }

    /** The AppFlow samples in this module's test resources. */
    private static Path fixtures() {
        return dev.dovetail.appflow.Samples.directory();
    }
}
