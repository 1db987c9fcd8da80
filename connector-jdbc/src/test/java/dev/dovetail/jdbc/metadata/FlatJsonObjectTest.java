package dev.dovetail.jdbc.metadata;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict parser behind option {@code dataTypeMapping}. */
class FlatJsonObjectTest {
    @Test
    void readsAnObjectOfStringsInOrder() {
        assertThat(FlatJsonObject.parse(" { \"INTEGER\" : \"STRING\" ,\n\"DATE\":\"STRING\" } "))
                .containsExactly(Map.entry("INTEGER", "STRING"), Map.entry("DATE", "STRING"));
        assertThat(FlatJsonObject.parse("{}")).isEmpty();
    }

    @Test
    void readsJsonEscapes() {
        assertThat(FlatJsonObject.parse("{\"a\\\"b\":\"\\u0041\\\\\\/\\n\\t\"}")).containsExactly(Map.entry("a\"b", "A\\/\n\t"));
    }

    @Test
    void rejectsEverythingElseNamingThePosition() {
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":1}")).hasMessage(
                "expected a string value in double quotes at position 5 but found '1'");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"b\",}")).hasMessageContaining("a key in double quotes at position 9");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"b\"} x")).hasMessageContaining("the end of the text at position 10");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"b\" \"c\":\"d\"}")).hasMessageContaining("',' or '}'");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":{\"b\":\"c\"}}")).hasMessageContaining("string value");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"b")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"\\x\"}")).hasMessageContaining("\\uXXXX");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"\\u12\"}")).hasMessageContaining("four hex digits");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"b\",\"a\":\"c\"}")).hasMessageContaining("twice");
        assertThatThrownBy(() -> FlatJsonObject.parse("")).hasMessageContaining("expected '{'");
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"a\":\"x\ny\"}")).hasMessageContaining("control character");
    }
}
