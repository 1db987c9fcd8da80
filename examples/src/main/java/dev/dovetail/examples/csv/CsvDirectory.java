package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;
import dev.dovetail.api.schema.Entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The session of the CSV connector: an existing directory and the field separator. Opening it checks
 * both, so bad settings fail at "validate credentials" time with a message naming the option.
 *
 * @param directory the directory of {@code <entity>.csv} files
 * @param delimiter the field separator
 */
public record CsvDirectory(Path directory, char delimiter) {
    private static final String SUFFIX = ".csv";

    public CsvDirectory {
        requireNonNull(directory, "directory is null");
    }

    /** Checks the settings and opens the directory. */
    static CsvDirectory open(String directory, String delimiter) {
        Path path = Path.of(directory);
        if (!Files.isDirectory(path)) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option 'directory' is '" + directory + "', which is not an existing directory");
        }
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n') {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option 'delimiter' must be one character other than a quote or newline, but was '" + delimiter + "'");
        }
        return new CsvDirectory(path, delimiter.charAt(0));
    }

    /** One entity per {@code .csv} file, sorted by name. */
    List<Entity> entities() throws IOException {
        return entityNames().stream()
                .map(name -> Entity.builder(name).writable(Files.isWritable(fileOf(name))).build())
                .toList();
    }

    /**
     * The table of entity {@code name}.
     *
     * @throws ConnectorException {@link ErrorCode#RESOURCE_NOT_FOUND} if there is no such file
     */
    CsvTable table(String name) throws IOException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "entity name '" + name + "' is not a file name in the directory");
        }
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "entity '" + name + "' does not exist (no file "
                    + file + ")" + Suggestions.didYouMean(name, entityNames()));
        }
        return CsvTable.open(file, name, delimiter);
    }

    private Path fileOf(String name) {
        return directory.resolve(name + SUFFIX);
    }

    private List<String> entityNames() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(SUFFIX) && file.length() > SUFFIX.length() && !file.startsWith("."))
                    .map(file -> file.substring(0, file.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        }
    }
}
