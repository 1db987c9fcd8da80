package dev.dovetail.harness.conformance;

import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.fixtures.Dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A conformance context for the test connectors: the entity {@code people} of an in-memory
 * {@link Dataset}, with a smaller large entity so the broken-connector runs stay fast.
 */
final class DatasetContext implements ConformanceContext {
    private final Dataset dataset = Dataset.of(List.of());
    private final Class<?> connector;
    private final Map<String, String> options;
    private final Optional<Map<String, String>> badCredentials;

    DatasetContext(Class<?> connector, Map<String, String> options, Optional<Map<String, String>> badCredentials) {
        this.connector = connector;
        this.options = Map.copyOf(options);
        this.badCredentials = badCredentials;
    }

    @Override
    public ConnectorHarness harness() {
        return ConnectorHarness.forConnector(connector).withOption("dataset", dataset.name()).withOptions(options);
    }

    @Override
    public String entity() {
        return "people";
    }

    @Override
    public void seed(Stream<Row> rows) {
        dataset.rows().clear();
        dataset.rows().addAll(rows.toList());
    }

    @Override
    public void insert(List<Row> rows) {
        dataset.rows().addAll(rows);
    }

    @Override
    public Optional<Map<String, String>> badCredentials() {
        return badCredentials;
    }

    @Override
    public int largeRowCount() {
        return 20_000;
    }
}
