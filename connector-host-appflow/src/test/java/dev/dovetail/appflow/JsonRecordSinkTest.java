package dev.dovetail.appflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;
import dev.dovetail.appflow.wire.QueryDataResponse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows as JSON records, typed as the schema declares, and the bytes each adds to a response, counted exactly. */
class JsonRecordSinkTest {
    private static final ObjectMapper JSON = AppFlowJson.mapper();
    private static final EntitySchema SCHEMA = EntitySchema.builder("things")
            .field("id", DataType.LONG)
            .field("price", DataType.decimal(12, 4))
            .field("ratio", DataType.FLOAT)
            .field("text", DataType.STRING)
            .field("day", DataType.DATE)
            .field("at", DataType.TIMESTAMP)
            .field("bytes", DataType.BINARY)
            .field(Field.of("point", DataType.struct(List.of(Field.of("x", DataType.INT), Field.of("when", DataType.DATE)))))
            .field("scores", DataType.map(DataType.STRING, DataType.list(DataType.DOUBLE)))
            .build();

    @Test
    void writesEachTypeAsAppFlowReadsIt() {
        RecordPage page = new RecordPage(10, Long.MAX_VALUE);
        JsonRecordSink sink = new JsonRecordSink(JSON.getFactory(), SCHEMA, page);
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        scores.put("math", List.of(1.5, 2.0));
        scores.put("none", null);

        sink.setTimestamp(5, Values.toEpochMicros(Instant.parse("2021-04-20T10:30:35.000001Z")));
        sink.setLong(0, 7);
        sink.setDecimal(1, new BigDecimal("1E+3"));
        sink.setFloat(2, Float.NaN);
        sink.setString(3, "Zoë \"quoted\" \\ \n\u0001");
        sink.setDate(4, LocalDate.of(2021, 4, 20));
        sink.setBinary(6, new byte[] {1, 2, 3});
        sink.setStruct(7, java.util.Arrays.asList(3, LocalDate.of(2020, 2, 29)));
        sink.setMap(8, scores);
        assertThat(sink.endRow()).isTrue();
        sink.setNull(0);
        sink.setDecimal(1, null);
        sink.setString(3, null);
        sink.setBinary(6, null);
        sink.setStruct(7, null);
        assertThat(sink.endRow()).isTrue();

        assertThat(page.records()).containsExactly(
                "{\"at\":\"2021-04-20T10:30:35.000001Z\",\"id\":7,\"price\":1000,\"ratio\":\"NaN\","
                        + "\"text\":\"Zoë \\\"quoted\\\" \\\\ \\n\\u0001\",\"day\":\"2021-04-20\",\"bytes\":\"AQID\","
                        + "\"point\":{\"x\":3,\"when\":\"2020-02-29\"},\"scores\":{\"math\":[1.5,2.0],\"none\":null}}",
                "{\"id\":null,\"price\":null,\"text\":null,\"bytes\":null,\"point\":null}");
    }

    @Test
    void writesUtf8BytesAsTheSameEscapedJsonStringAsTheirString() throws Exception {
        String text = "Zoë \"quoted\" \\ \n\u0001 ☃ 😀";
        byte[] framed = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
        RecordPage page = new RecordPage(10, Long.MAX_VALUE);
        JsonRecordSink sink = new JsonRecordSink(JSON.getFactory(), SCHEMA, page);

        sink.setString(3, text);
        sink.endRow();
        sink.setUtf8(3, framed, 1, framed.length - 2);
        sink.endRow();
        sink.setUtf8(3, null, 0, 0);
        sink.endRow();

        assertThat(page.records()).hasSize(3);
        // Jackson writes a String's surrogate pair as an escape and copies the four bytes of the UTF-8: the same JSON.
        assertThat(JSON.readTree(page.records().get(1))).isEqualTo(JSON.readTree(page.records().get(0)));
        assertThat(JSON.readTree(page.records().get(1)).get("text").asText()).isEqualTo(text);
        assertThat(page.records().get(2)).isEqualTo("{\"text\":null}");
    }

    @Test
    void countsExactlyTheBytesTheRecordsAddToTheResponse() throws Exception {
        RecordPage page = new RecordPage(100, Long.MAX_VALUE);
        JsonRecordSink sink = new JsonRecordSink(JSON.getFactory(), SCHEMA, page);
        for (int i = 0; i < 20; i++) {
            sink.setLong(0, i);
            sink.setString(3, "row " + i + " \"q\" \\ ünïcödé \t " + "x".repeat(i * 7));
            sink.endRow();
        }
        String empty = JSON.writeValueAsString(new QueryDataResponse(true, Optional.empty(), Optional.empty(), List.of()));
        String full = JSON.writeValueAsString(new QueryDataResponse(true, Optional.empty(), Optional.empty(), page.records()));

        long added = full.getBytes(StandardCharsets.UTF_8).length - empty.getBytes(StandardCharsets.UTF_8).length;
        assertThat(page.bytes()).isEqualTo(added + 1); // each record counts its comma; the last one has none
    }

    @Test
    void fillsAPageUpToItsLimitsAndSkipsRowsEarlierPagesReturned() {
        RecordPage page = new RecordPage(3, Long.MAX_VALUE);
        page.startSplit(2);
        JsonRecordSink sink = new JsonRecordSink(JSON.getFactory(), EntitySchema.builder("n").field("id", DataType.LONG).build(), page);
        boolean more = true;
        long id = 0;
        while (more) {
            sink.setLong(0, id++);
            more = sink.endRow();
        }
        assertThat(page.records()).containsExactly("{\"id\":2}", "{\"id\":3}", "{\"id\":4}");
        assertThat(page.full()).isTrue();
        assertThat(page.position()).as("the refused row is the next page's first").isEqualTo(5);

        RecordPage small = new RecordPage(100, 30);
        JsonRecordSink bytes = new JsonRecordSink(JSON.getFactory(), EntitySchema.builder("n").field("id", DataType.LONG).build(), small);
        bytes.setLong(0, 1);
        assertThat(bytes.endRow()).isTrue();
        bytes.setLong(0, 2);
        assertThat(bytes.endRow()).isTrue();
        bytes.setLong(0, 3);
        assertThat(bytes.endRow()).as("three records of 13 bytes exceed 30").isFalse();
        assertThat(small.records()).hasSize(2);
        assertThat(small.bytes()).as("{\"id\":1} is 8 bytes, 2 escaped quotes, 2 quotes and a comma").isEqualTo(26);
    }

    @Test
    void refusesARecordLargerThanAWholePage() {
        RecordPage page = new RecordPage(100, 10);
        JsonRecordSink sink = new JsonRecordSink(JSON.getFactory(), EntitySchema.builder("n").field("text", DataType.STRING).build(), page);
        sink.setString(0, "far too long for a page");

        assertThatThrownBy(sink::endRow).hasMessageContaining("more than the 10 an AppFlow response has room for")
                .hasMessageContaining("select fewer or smaller fields");
    }
}
