package dev.dovetail.examples.csv;

import dev.dovetail.harness.conformance.ConformanceContext;
import dev.dovetail.harness.conformance.ConnectorConformanceSuite;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The CSV connector passes the standard conformance suite. */
class CsvConformanceTest extends ConnectorConformanceSuite {
    @TempDir
    Path directory;

    @Override
    protected ConformanceContext context() {
        return new CsvConformanceContext(directory);
    }
}
