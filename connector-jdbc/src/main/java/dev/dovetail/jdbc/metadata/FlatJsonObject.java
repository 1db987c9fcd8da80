package dev.dovetail.jdbc.metadata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict parser of the one JSON shape option {@code dataTypeMapping} takes: an object whose values are
 * all strings, {@code {"INTEGER":"STRING", "DATE":"STRING"}}. Whitespace is allowed between tokens and
 * strings take JSON's escapes; anything else (nested values, numbers, a trailing comma, text after the
 * object, a key given twice) is an error naming its position. It saves the connector a JSON library.
 */
final class FlatJsonObject {
    private final String text;
    private int position;

    private FlatJsonObject(String text) {
        this.text = text;
    }

    /**
     * The keys and values of {@code text}, in order.
     *
     * @throws IllegalArgumentException saying what was expected where
     */
    static Map<String, String> parse(String text) {
        return new FlatJsonObject(text).object();
    }

    private Map<String, String> object() {
        Map<String, String> entries = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            position++;
        } else {
            while (true) {
                String key = string("a key in double quotes");
                expect(':');
                String value = string("a string value in double quotes");
                if (entries.put(key, value) != null) {
                    throw new IllegalArgumentException("key \"" + key + "\" is given twice");
                }
                char next = peek();
                position++;
                if (next == '}') {
                    break;
                }
                if (next != ',') {
                    throw unexpected("',' or '}'", position - 1);
                }
            }
        }
        if (peek() != 0) {
            throw unexpected("the end of the text", position);
        }
        return entries;
    }

    private String string(String what) {
        if (peek() != '"') {
            throw unexpected(what, position);
        }
        position++;
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw unexpected("no control character inside a string", position - 1);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw unexpected("four hex digits after \\u", position);
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw unexpected("four hex digits after \\u", position);
                    }
                    position += 4;
                }
                default -> throw unexpected("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", position - 2);
            }
        }
        throw new IllegalArgumentException("a string is not closed with '\"'");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw unexpected("'" + c + "'", position);
        }
        position++;
    }

    /** The next character after whitespace, 0 at the end; the position is left on it. */
    private char peek() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position < text.length() ? text.charAt(position) : 0;
    }

    private IllegalArgumentException unexpected(String expected, int at) {
        String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end of the text";
        return new IllegalArgumentException("expected " + expected + " at position " + at + " but found " + found);
    }
}
