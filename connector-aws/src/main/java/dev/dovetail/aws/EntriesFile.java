package dev.dovetail.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A local JSON file that maps names to entries, such as the secrets of {@link FileSecretResolver} or the
 * connections of {@link FileConnectionCatalog}. The file is read at each lookup (once per connection), so
 * an edit takes effect on the next connection.
 */
final class EntriesFile {
    private final Path path;
    private final String kind;
    private final String shape;

    /**
     * @param kind what an entry is called in messages: {@code "secret"}, {@code "connection"}
     * @param shape what the file must hold, as messages say it
     */
    EntriesFile(Path path, String kind, String shape) {
        this.path = requireNonNull(path, "path is null");
        this.kind = requireNonNull(kind, "kind is null");
        this.shape = requireNonNull(shape, "shape is null");
    }

    Path path() {
        return path;
    }

    /** A description of the file for messages: {@code "secret file /x/secrets.json"}. */
    String described() {
        return kind + " file " + path;
    }

    /**
     * The entry {@code name}, as JSON.
     *
     * @throws ConnectorException {@link ErrorCode#RESOURCE_NOT_FOUND} if there is no such entry (with the
     *     closest name), {@link ErrorCode#INVALID_ARGUMENT} if the file is missing, unreadable or not JSON
     */
    JsonNode entry(String name) {
        requireNonNull(name, kind + " name is null");
        JsonNode root = KeyValueJson.object(read(), described(), shape);
        JsonNode entry = root.get(name);
        if (entry == null) {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, kind + " '" + name + "' is not in "
                    + described() + Suggestions.didYouMean(name, names));
        }
        return entry;
    }

    private String read() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, described() + " does not exist: create it; it must be "
                    + shape);
        } catch (IOException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "cannot read " + described() + ": " + e, e);
        }
    }
}
