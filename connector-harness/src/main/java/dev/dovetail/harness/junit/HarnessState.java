package dev.dovetail.harness.junit;

import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.harness.ConnectorHarness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The harness of one extension context (one test, or one class for {@code @BeforeAll} parameters), kept
 * in that context's {@code ExtensionContext.Store}, which closes it when the context ends: closing
 * deletes the temporary directory of durable bookmarks, if the test asked for them.
 */
final class HarnessState implements AutoCloseable {
    private final ConnectorHarness harness;
    private final Optional<Path> bookmarkDirectory;

    private HarnessState(ConnectorHarness harness, Optional<Path> bookmarkDirectory) {
        this.harness = harness;
        this.bookmarkDirectory = bookmarkDirectory;
    }

    /** A harness as {@code configuration} says, with a fresh bookmark store. */
    static HarnessState create(HarnessConfiguration configuration) {
        ConnectorHarness harness = ConnectorHarness.forConnector(configuration.connector())
                .withOptions(configuration.options());
        for (var secret : configuration.secrets().entrySet()) {
            harness = harness.withSecret(secret.getKey(), secret.getValue());
        }
        for (var connection : configuration.connections().entrySet()) {
            harness = harness.withConnection(connection.getKey(), connection.getValue());
        }
        if (!configuration.durableBookmarks()) {
            return new HarnessState(harness, Optional.empty());
        }
        try {
            Path directory = Files.createTempDirectory("dovetail-bookmarks-");
            return new HarnessState(harness.withBookmarkStore(new FileBookmarkStore(directory)), Optional.of(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory for durable bookmarks", e);
        }
    }

    /** The harness. */
    ConnectorHarness harness() {
        return harness;
    }

    @Override
    public void close() throws IOException {
        if (bookmarkDirectory.isEmpty()) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(bookmarkDirectory.get())) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
