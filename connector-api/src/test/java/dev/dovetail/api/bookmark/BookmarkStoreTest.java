package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link FileBookmarkStore} and {@link InMemoryBookmarkStore}. */
class BookmarkStoreTest {
    private static final BookmarkKey KEY = new BookmarkKey("nightly", "orders");
    private static final BookmarkState EVERY_TYPE = new BookmarkState(
            List.of("l", "d", "dec", "s", "b", "day", "ts"),
            SortOrder.ASC,
            List.of(Long.MIN_VALUE, -0.1, new BigDecimal("-12345678901234567890.000123400"),
                    "tab\there\nnew line \\ back slash = equals : colon # hash ! bang  trailing  \u00e9\u4e2d\uD83D\uDE00 ",
                    true, LocalDate.of(1, 1, 1), Instant.parse("2024-02-29T23:59:59.123456Z")));

    @TempDir
    Path directory;

    @Test
    void everyValueTypeRoundTrips() {
        FileBookmarkStore store = new FileBookmarkStore(directory.resolve("not-yet-created"));

        store.save(KEY, EVERY_TYPE);

        Optional<BookmarkState> loaded = new FileBookmarkStore(directory.resolve("not-yet-created")).load(KEY);
        assertThat(loaded).hasValue(EVERY_TYPE);
        List<Object> values = loaded.orElseThrow().values();
        assertThat(values.get(0)).isInstanceOf(Long.class);
        assertThat(values.get(1)).isInstanceOf(Double.class).isEqualTo(-0.1);
        assertThat(values.get(2)).isEqualTo(new BigDecimal("-12345678901234567890.000123400"));
        assertThat(((BigDecimal) values.get(2)).scale()).isEqualTo(9);
        assertThat(values.get(3)).isEqualTo(EVERY_TYPE.values().get(3));
        assertThat(values.get(4)).isEqualTo(true);
        assertThat(values.get(6)).isEqualTo(Instant.parse("2024-02-29T23:59:59.123456Z"));
    }

    @Test
    void extremeValuesRoundTrip() {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        List<BookmarkState> states = List.of(
                new BookmarkState(List.of("x"), SortOrder.DESC, List.of(Long.MAX_VALUE)),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(Double.MAX_VALUE)),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(Double.NEGATIVE_INFINITY)),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(new BigDecimal("1E+30"))),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of("")),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(" ")),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(false)),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(LocalDate.MAX)),
                new BookmarkState(List.of("x"), SortOrder.ASC, List.of(Instant.parse("-290308-12-21T19:59:05.224192Z"))),
                new BookmarkState(List.of("a key with spaces=and:colons"), SortOrder.ASC, List.of(1L)));
        for (BookmarkState state : states) {
            store.save(KEY, state);
            assertThat(store.load(KEY)).hasValue(state);
        }
    }

    @Test
    void aMissingFileIsNoBookmark() {
        assertThat(new FileBookmarkStore(directory).load(KEY)).isEmpty();
        assertThat(new FileBookmarkStore(directory.resolve("absent/dir")).load(KEY)).isEmpty();
    }

    @Test
    void replacingLeavesOneFileAndNoTemporaries() throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        for (long i = 0; i < 20; i++) {
            store.save(KEY, new BookmarkState(List.of("id"), SortOrder.ASC, List.of(i)));
        }

        assertThat(store.load(KEY)).hasValue(new BookmarkState(List.of("id"), SortOrder.ASC, List.of(19L)));
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(store.fileOf(KEY));
        }
        assertThat(Files.readString(store.fileOf(KEY))).contains("nightly").contains("orders");
    }

    @Test
    void resetForgetsTheBookmarkAndIsIdempotent() {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        store.save(KEY, EVERY_TYPE);
        BookmarkKey other = new BookmarkKey("nightly", "customers");
        store.save(other, EVERY_TYPE);

        store.reset(KEY);
        store.reset(KEY);

        assertThat(store.load(KEY)).isEmpty();
        assertThat(store.load(other)).hasValue(EVERY_TYPE);
        assertThat(Files.exists(store.fileOf(KEY))).isFalse();
    }

    @Test
    void namesThatLookLikePathsStayInsideTheDirectory() throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory.resolve("store"));
        List<BookmarkKey> keys = List.of(
                new BookmarkKey("..", ".."),
                new BookmarkKey("../../etc", "passwd"),
                new BookmarkKey("a/b", "c/d"),
                new BookmarkKey("a", "b/c/d"),
                new BookmarkKey("/absolute", "/x"),
                new BookmarkKey("with space", "and  more"),
                new BookmarkKey("win\\dows", "c:\\x"),
                new BookmarkKey(".", "."),
                new BookmarkKey("ünï", "%2F"));
        Path root = directory.resolve("store").toAbsolutePath().normalize();
        for (int i = 0; i < keys.size(); i++) {
            BookmarkKey key = keys.get(i);
            Path file = store.fileOf(key).toAbsolutePath().normalize();
            assertThat(file.startsWith(root)).as("%s -> %s", key, file).isTrue();
            assertThat(root.relativize(file).getNameCount()).as("%s -> %s", key, file).isEqualTo(2);
            store.save(key, new BookmarkState(List.of("id"), SortOrder.ASC, List.of((long) i)));
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(store.load(keys.get(i))).as("%s", keys.get(i))
                    .hasValue(new BookmarkState(List.of("id"), SortOrder.ASC, List.of((long) i)));
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).hasSize(keys.size()).allSatisfy(file -> assertThat(file.startsWith(directory.resolve("store"))).isTrue());
        }
        assertThat(store.fileOf(new BookmarkKey("a/b", "c")).getParent())
                .isNotEqualTo(store.fileOf(new BookmarkKey("a", "b/c")).getParent());
    }

    @Test
    void aTruncatedFileIsAnErrorNamingTheFileWhereverItWasCut() throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        store.save(KEY, EVERY_TYPE);
        Path file = store.fileOf(KEY);
        byte[] whole = Files.readAllBytes(file);
        String text = new String(whole, StandardCharsets.UTF_8);
        int contentEnd = text.stripTrailing().getBytes(StandardCharsets.UTF_8).length;

        for (int length = 0; length < contentEnd; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> store.load(KEY));
            assertThat(failure).as("a file cut to %d of %d bytes", length, whole.length).isNotNull();
            assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
            assertThat(failure.getMessage()).contains(file.toString()).contains("corrupt").contains("delete it to reset");
        }
        // Only the final line break may go.
        Files.write(file, Arrays.copyOf(whole, contentEnd));
        assertThat(store.load(KEY)).hasValue(EVERY_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "version=2",
            "order=SIDEWAYS",
            "keys=two",
            "keys=0",
            "key.0.type=UUID",
            "key.0.value=not-a-number",
            "key.2.value=1.2.3",
            "key.4.value=yes",
            "key.5.value=2024-02-30",
            "key.6.value=yesterday"})
    void aHandEditedFileIsAnErrorNamingTheFile(String edit) throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        store.save(KEY, EVERY_TYPE);
        Path file = store.fileOf(KEY);
        String name = edit.substring(0, edit.indexOf('=') + 1);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.replaceAll(line -> line.startsWith(name) ? edit : line);
        Files.write(file, lines);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> store.load(KEY));

        assertThat(failure).as(edit).isNotNull();
        assertThat(failure.getMessage()).startsWith("the bookmark file " + file + " is corrupt: ")
                .endsWith("; restore it from a backup, or delete it to reset the bookmark (the next run then reads everything)");
    }

    @Test
    void aFileMissingAnEntryOrNotUtf8IsAnError() throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        store.save(KEY, EVERY_TYPE);
        Path file = store.fileOf(KEY);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.removeIf(line -> line.startsWith("key.3.value="));
        Files.write(file, lines);
        assertThatThrownBy(() -> store.load(KEY))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("it has no 'key.3.value' entry")
                .hasMessageContaining(file.toString());

        Files.write(file, new byte[] {'v', '=', (byte) 0xC3, (byte) 0x28, '\n', '#'});
        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConnectorException.class).hasMessageContaining(file.toString());

        Files.writeString(file, "key.0.value=\\uZZZZ\n#end of bookmark\n");
        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConnectorException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsAnError() throws IOException {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        Files.createDirectories(store.fileOf(KEY));
        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining(store.fileOf(KEY).toString());
    }

    @Test
    void aBookmarkThatCannotBeWrittenIsAConnectorExceptionNamingTheFile() throws IOException {
        Files.writeString(directory.resolve("blocked"), "a file where the job's directory should be");
        FileBookmarkStore store = new FileBookmarkStore(directory);
        BookmarkKey blocked = new BookmarkKey("blocked", "orders");

        assertThatThrownBy(() -> store.save(blocked, new BookmarkState(List.of("id"), SortOrder.ASC, List.of(1L))))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining(store.fileOf(blocked).toString())
                .hasMessageContaining("was not committed");
    }

    @Test
    void fileOfAndToString() {
        FileBookmarkStore store = new FileBookmarkStore(directory);
        assertThat(store.fileOf(KEY)).isEqualTo(directory.resolve("nightly").resolve("orders.bookmark"));
        assertThat(store.toString()).isEqualTo("FileBookmarkStore[" + directory + "]");
        assertThatThrownBy(() -> new FileBookmarkStore(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void inMemoryStoreSavesReplacesAndResets() {
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        BookmarkState first = new BookmarkState(List.of("id"), SortOrder.ASC, List.of(1L));
        BookmarkState second = new BookmarkState(List.of("id"), SortOrder.ASC, List.of(2L));

        assertThat(store.load(KEY)).isEmpty();
        store.save(KEY, first);
        assertThat(store.load(KEY)).hasValue(first);
        assertThat(store.load(new BookmarkKey("nightly", "other"))).isEmpty();
        store.save(KEY, second);
        assertThat(store.load(KEY)).hasValue(second);
        assertThat(store.toString()).contains("[id] ASC at [2]");
        store.reset(KEY);
        assertThat(store.load(KEY)).isEmpty();
        assertThatThrownBy(() -> store.save(KEY, null)).isInstanceOf(NullPointerException.class);
    }
}
