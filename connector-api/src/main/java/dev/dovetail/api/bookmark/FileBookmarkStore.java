package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * Bookmarks in files under a directory, one per job and source: {@code <dir>/<job>/<source>.bookmark},
 * names URL-encoded. Human-readable ({@link Properties} format, closed by the line {@value #END_MARKER}
 * so that a cut-off file is recognised), written to a temporary file and renamed over the old one, so a
 * crash leaves the old bookmark or the new one, never half of either.
 *
 * <p>A file that cannot be read back (truncated, edited by hand, from a newer version) is an error that
 * names the file and says how to recover; it is never treated as "no bookmark", which would silently
 * re-read everything.
 */
public final class FileBookmarkStore implements BookmarkStore {
    private static final String FORMAT_VERSION = "1";
    // The last line of every file. Properties are written in no fixed order, so without it a file cut
    // inside its last entry (a value shortened, a key name cut) would still load, as a wrong bookmark.
    private static final String END_MARKER = "#end of bookmark";

    private final Path directory;

    /** A store under {@code directory}, created on first save if it does not exist. */
    public FileBookmarkStore(Path directory) {
        this.directory = requireNonNull(directory, "directory is null");
    }

    /** The file the bookmark {@code key} lives in. */
    public Path fileOf(BookmarkKey key) {
        return directory.resolve(encode(key.jobName())).resolve(encode(key.source()) + ".bookmark");
    }

    @Override
    public Optional<BookmarkState> load(BookmarkKey key) {
        Path file = fileOf(key);
        Properties properties = new Properties();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.stripTrailing().endsWith("\n" + END_MARKER)) {
                throw corrupt(file, "it does not end with the line '" + END_MARKER + "' (it was cut off or edited)",
                        null);
            }
            properties.load(new StringReader(text));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
        return Optional.of(decode(file, properties));
    }

    @Override
    public synchronized void save(BookmarkKey key, BookmarkState state) {
        Path file = fileOf(key);
        Properties properties = encode(key, state);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(writer, "Dovetail job bookmark of " + key);
                    writer.write(END_MARKER + System.lineSeparator());
                }
                moveAtomically(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "cannot write the bookmark file " + file + ": " + e
                    + "; the bookmark was not committed, so the next run reads these rows again", e);
        }
    }

    @Override
    public synchronized void reset(BookmarkKey key) {
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR,
                    "cannot delete the bookmark file " + fileOf(key) + ": " + e, e);
        }
    }

    private static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Properties encode(BookmarkKey key, BookmarkState state) {
        Properties properties = new Properties();
        properties.setProperty("version", FORMAT_VERSION);
        properties.setProperty("job", key.jobName());
        properties.setProperty("source", key.source());
        properties.setProperty("order", state.order().name());
        properties.setProperty("keys", String.valueOf(state.keys().size()));
        for (int i = 0; i < state.keys().size(); i++) {
            properties.setProperty("key." + i + ".name", state.keys().get(i));
            Object value = state.values().get(i);
            properties.setProperty("key." + i + ".type", typeTag(value));
            properties.setProperty("key." + i + ".value", value.toString());
        }
        return properties;
    }

    private static BookmarkState decode(Path file, Properties properties) {
        String version = required(file, properties, "version");
        if (!FORMAT_VERSION.equals(version)) {
            throw corrupt(file, "it has format version " + version + " but this Dovetail reads version " + FORMAT_VERSION, null);
        }
        SortOrder order;
        int count;
        try {
            order = SortOrder.valueOf(required(file, properties, "order"));
            count = Integer.parseInt(required(file, properties, "keys"));
        } catch (IllegalArgumentException e) {
            throw corrupt(file, "its 'order' or 'keys' entry is malformed", e);
        }
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(required(file, properties, "key." + i + ".name"));
            String type = required(file, properties, "key." + i + ".type");
            String text = required(file, properties, "key." + i + ".value");
            try {
                values.add(parse(type, text));
            } catch (RuntimeException e) {
                throw corrupt(file, "the value of key " + i + " (" + type + " '" + text + "') does not parse", e);
            }
        }
        try {
            return new BookmarkState(keys, order, values);
        } catch (IllegalArgumentException e) {
            throw corrupt(file, e.getMessage(), e);
        }
    }

    private static String typeTag(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "LONG";
        }
        if (value instanceof Double || value instanceof Float) {
            return "DOUBLE";
        }
        if (value instanceof BigDecimal) {
            return "DECIMAL";
        }
        if (value instanceof String) {
            return "STRING";
        }
        if (value instanceof Boolean) {
            return "BOOLEAN";
        }
        if (value instanceof LocalDate) {
            return "DATE";
        }
        if (value instanceof Instant) {
            return "TIMESTAMP";
        }
        throw new IllegalArgumentException("a bookmark value cannot be a " + value.getClass().getName());
    }

    private static Object parse(String type, String text) {
        return switch (type) {
            case "LONG" -> Long.parseLong(text);
            case "DOUBLE" -> Double.parseDouble(text);
            case "DECIMAL" -> new BigDecimal(text);
            case "STRING" -> text;
            case "BOOLEAN" -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not true or false");
            };
            case "DATE" -> LocalDate.parse(text);
            case "TIMESTAMP" -> Instant.parse(text);
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String required(Path file, Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw corrupt(file, "it has no '" + name + "' entry", null);
        }
        return value;
    }

    private static ConnectorException corrupt(Path file, String problem, Throwable cause) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "the bookmark file " + file + " is corrupt: " + problem
                + "; restore it from a backup, or delete it to reset the bookmark (the next run then reads everything)", cause);
    }

    private static String encode(String name) {
        // Dots too, so that no job or source name can climb out of the directory ("..").
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    @Override
    public String toString() {
        return "FileBookmarkStore[" + directory + "]";
    }
}
