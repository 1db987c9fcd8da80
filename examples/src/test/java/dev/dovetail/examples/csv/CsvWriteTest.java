package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ConnectorHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes to a CSV file, read back through the connector. */
class CsvWriteTest {
    private static final String HEADER = "id:LONG:key,n:INT,s:STRING,\"price:DECIMAL(10,2)\",ratio:DOUBLE,flag:BOOLEAN,"
            + "day:DATE,at:TIMESTAMP,data:BINARY";

    @TempDir
    Path directory;

    private ConnectorHarness harness;
    private Path file;

    @BeforeEach
    void setUp() {
        file = CsvFixtures.writeTable(directory, "things", HEADER, List.of());
        harness = CsvFixtures.harness(directory);
    }

    private static Row thing(long id, String s) {
        return Row.of(id, (int) id * 10, s, new BigDecimal("12.50"), 0.1 * id, id % 2 == 0, LocalDate.of(2024, 2, 29),
                Instant.parse("2024-01-31T10:15:30.123456Z"), new byte[] {1, 2, (byte) id});
    }

    private List<Row> readAll() {
        return harness.read("things").run().rows().stream()
                .sorted(Comparator.comparing(row -> (Long) row.get(0))).toList();
    }

    @Test
    void everyTypeSurvivesAnInsertAndARead() {
        List<Row> rows = List.of(
                Row.of(1L, -7, "plain", new BigDecimal("12345678.90"), 3.141592653589793, true, LocalDate.of(1970, 1, 1),
                        Instant.parse("2024-01-31T10:15:30.123456Z"), new byte[] {0, 1, 2, (byte) 255}),
                Row.of(2L, Integer.MAX_VALUE, "a, b; c", new BigDecimal("-0.05"), -1.5e-300, false, LocalDate.of(2024, 2, 29),
                        Instant.parse("1969-12-31T23:59:59.999999Z"), new byte[0]),
                Row.of(3L, 0, "say \"hi\"\nsecond line\r\nthird", new BigDecimal("0.00"), Double.MAX_VALUE, true,
                        LocalDate.of(9999, 12, 31), Instant.parse("2024-06-01T00:00:00Z"), new byte[] {'"', ',', '\n'}),
                Row.of(4L, null, "", null, null, null, null, null, null),
                Row.of(Long.MIN_VALUE, 1, null, new BigDecimal("1.5"), 0.0, false, LocalDate.of(2000, 1, 1),
                        Instant.parse("2000-01-01T00:00:00.000001Z"), null));

        WriteResult result = harness.write("things").insert(rows);

        assertThat(result.isAllSucceeded()).isTrue();
        assertThat(result.records()).hasSize(5);
        List<Row> expected = rows.stream().map(row -> row.get(3) == null ? row : withPriceScale2(row))
                .sorted(Comparator.comparing(row -> (Long) row.get(0))).toList();
        assertThat(readAll()).containsExactlyElementsOf(expected);
        assertThat(CsvFixtures.harness(directory).read("things").run().rows()).hasSize(5);
    }

    /** A DECIMAL(10,2) reads back at scale 2: 1.5 as 1.50. */
    private static Row withPriceScale2(Row row) {
        Object[] values = row.values().toArray();
        values[3] = ((BigDecimal) values[3]).setScale(2);
        return Row.of(values);
    }

    @Test
    void emptyCellsAreNullExceptForStringsAndBinaries() {
        CsvFixtures.writeTable(directory, "things", HEADER, List.of("7,,,,,,,,", "8,\\N,\\N,\\N,\\N,\\N,\\N,\\N,\\N"));

        assertThat(readAll()).containsExactly(
                Row.of(7L, null, "", null, null, null, null, null, new byte[0]),
                Row.of(8L, null, null, null, null, null, null, null, null));
    }

    @Test
    void aStringSpelledLikeNullFailsItsRecord() {
        WriteResult result = harness.write("things").insert(thing(1, "\\N"), thing(2, "\\"), thing(3, "N"));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(false, true, true);
        assertThat(result.records().get(0).error()).hasValueSatisfying(error -> assertThat(error).contains("'s'", "NULL"));
        assertThat(readAll()).containsExactly(thing(2, "\\"), thing(3, "N"));
    }

    @Test
    void insertOfAnExistingIdFailsThatRecordOnly() {
        harness.write("things").insert(thing(1, "one"), thing(2, "two"));

        WriteResult result = harness.write("things").insert(thing(3, "three"), thing(1, "again"), thing(4, "four"));

        assertThat(result.records()).extracting(RecordResult::success).containsExactly(true, false, true);
        assertThat(result.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).contains("[1]", "already exists"));
        assertThat(result.records().get(0).id()).hasValue("[3]");
        assertThat(readAll()).containsExactly(thing(1, "one"), thing(2, "two"), thing(3, "three"), thing(4, "four"));
    }

    @Test
    void updateAndDeleteOfAMissingIdFailThatRecord() {
        harness.write("things").insert(thing(1, "one"), thing(2, "two"), thing(3, "three"));

        WriteResult updated = harness.write("things").columns("id", "s").update(Row.of(99L, "x"), Row.of(2L, "TWO"));
        assertThat(updated.records()).extracting(RecordResult::success).containsExactly(false, true);
        assertThat(updated.records().get(0).error()).hasValueSatisfying(error -> assertThat(error).contains("no record has id [99]"));

        WriteResult deleted = harness.write("things").columns("id").delete(Row.of(3L), Row.of(98L));
        assertThat(deleted.records()).extracting(RecordResult::success).containsExactly(true, false);
        assertThat(deleted.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).contains("[98]"));

        assertThat(readAll()).containsExactly(thing(1, "one"), thing(2, "TWO"));
    }

    @Test
    void idFieldsThatDoNotIdentifyOneRowFailInsteadOfLosingRows() throws IOException {
        harness.write("things").insert(thing(1, "same"), thing(2, "same"), thing(3, "other"));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> harness.write("things").idFields("s").columns("id", "s").update(Row.of(9L, "other")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining(file.toString()).hasMessageContaining("[same]").hasMessageContaining("[s]");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Files.writeString(file, Files.readString(file) + "1,1,hand-edited,\\N,\\N,\\N,\\N,\\N,\\N\n");
        assertThatThrownBy(() -> harness.write("things").insert(thing(4, "four")))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("[1]");
        assertThat(readAll()).hasSize(4);
    }

    @Test
    void upsertTwiceIsIdempotent() throws IOException {
        harness.write("things").insert(thing(1, "one"), thing(2, "two"));
        List<Row> batch = List.of(thing(2, "changed"), thing(5, "new"));

        assertThat(harness.write("things").upsert(batch).isAllSucceeded()).isTrue();
        List<Row> afterFirst = readAll();
        byte[] bytesAfterFirst = Files.readAllBytes(file);
        assertThat(harness.write("things").upsert(batch).isAllSucceeded()).isTrue();

        assertThat(afterFirst).containsExactly(thing(1, "one"), thing(2, "changed"), thing(5, "new"));
        assertThat(readAll()).isEqualTo(afterFirst);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytesAfterFirst);
    }

    @Test
    void upsertOfSomeColumnsKeepsTheOthers() {
        harness.write("things").insert(thing(1, "one"));

        harness.write("things").columns("id", "s").upsert(Row.of(1L, "uno"), Row.of(2L, "dos"));

        assertThat(readAll()).containsExactly(thing(1, "uno"), Row.of(2L, null, "dos", null, null, null, null, null, null));
    }

    @Test
    void allOrNoneWithOneBadRecordChangesNothing() throws IOException {
        harness.write("things").insert(thing(1, "one"), thing(2, "two"));
        byte[] before = Files.readAllBytes(file);

        WriteResult result = harness.write("things").allOrNone().insert(thing(3, "three"), thing(2, "dup"), thing(4, "four"));

        assertThat(result.isAllSucceeded()).isFalse();
        assertThat(result.failureCount()).isEqualTo(3);
        assertThat(result.records().get(1).error()).hasValueSatisfying(error -> assertThat(error).contains("already exists"));
        assertThat(List.of(result.records().get(0), result.records().get(2))).allSatisfy(record ->
                assertThat(record.error()).hasValueSatisfying(error -> assertThat(error).contains("all-or-none", "record 1")));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(readAll()).containsExactly(thing(1, "one"), thing(2, "two"));

        WriteResult good = harness.write("things").allOrNone().insert(thing(3, "three"), thing(4, "four"));
        assertThat(good.isAllSucceeded()).isTrue();
        assertThat(readAll()).hasSize(4);
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedBeforeTheConnector() throws IOException {
        harness.write("things").insert(thing(1, "one"));
        byte[] before = Files.readAllBytes(file);
        Row wrong = Row.of("2", 20, "two", new BigDecimal("1.00"), 1.0, true, LocalDate.of(2024, 1, 1), Instant.EPOCH, new byte[0]);

        assertThatThrownBy(() -> harness.write("things").insert(thing(3, "three"), wrong))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("record 1").hasMessageContaining("column 'id'").hasMessageContaining("LONG");
        assertThatThrownBy(() -> harness.write("things").insert(
                Row.of(5L, 5, "five", new BigDecimal("1.234"), 1.0, true, null, null, null)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("record 0").hasMessageContaining("column 'price'");
        assertThatThrownBy(() -> harness.write("things").insert(Row.of(null, 5, "five", null, null, null, null, null, null)))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("NULL in column 'id'");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
