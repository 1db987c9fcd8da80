package dev.dovetail.api.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recursive-descent parser of type names; see {@link DataType#parse(String)}. */
final class TypeNameParser {
    private static final Map<String, DataType> ALIASES = Map.ofEntries(
            Map.entry("BOOL", DataType.BOOLEAN),
            Map.entry("TINYINT", DataType.BYTE),
            Map.entry("SMALLINT", DataType.SHORT),
            Map.entry("INTEGER", DataType.INT),
            Map.entry("BIGINT", DataType.LONG),
            Map.entry("REAL", DataType.FLOAT),
            Map.entry("VARCHAR", DataType.STRING),
            Map.entry("TEXT", DataType.STRING),
            Map.entry("BYTES", DataType.BINARY),
            Map.entry("BIGDECIMAL", DataType.decimal(DecimalType.MAX_PRECISION, 18)),
            Map.entry("DATETIME", DataType.TIMESTAMP));

    private final String text;
    private int position;

    TypeNameParser(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a type name is empty; expected one such as LONG or DECIMAL(10,2)");
        }
        this.text = text;
    }

    DataType parseWhole() {
        DataType type = parseType();
        skipBlanks();
        if (position != text.length()) {
            throw error("unexpected '" + text.substring(position) + "' after the type");
        }
        return type;
    }

    private DataType parseType() {
        String word = parseWord().toUpperCase(Locale.ROOT);
        switch (word) {
            case "DECIMAL", "NUMERIC" -> {
                if (!peek('(')) {
                    return DataType.decimal(DecimalType.MAX_PRECISION, 18);
                }
                expect('(');
                int precision = parseInt();
                int scale = 0;
                if (peek(',')) {
                    expect(',');
                    scale = parseInt();
                }
                expect(')');
                try {
                    return DataType.decimal(precision, scale);
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage());
                }
            }
            case "LIST", "ARRAY" -> {
                expect('<');
                DataType element = parseType();
                expect('>');
                return DataType.list(element);
            }
            case "MAP" -> {
                expect('<');
                DataType key = parseType();
                expect(',');
                DataType value = parseType();
                expect('>');
                return DataType.map(key, value);
            }
            case "STRUCT" -> {
                expect('<');
                List<Field> fields = new ArrayList<>();
                do {
                    if (!fields.isEmpty()) {
                        expect(',');
                    }
                    String name = parseWord();
                    expect(':');
                    fields.add(Field.of(name, parseType()));
                } while (peek(','));
                expect('>');
                try {
                    return DataType.struct(fields);
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage());
                }
            }
            default -> {
                DataType alias = ALIASES.get(word);
                if (alias != null) {
                    return alias;
                }
                try {
                    return PrimitiveType.valueOf(word);
                } catch (IllegalArgumentException e) {
                    throw error("unknown type '" + word + "'; expected one of " + List.of(PrimitiveType.values())
                            + ", DECIMAL(p,s), LIST<t>, MAP<k,v> or STRUCT<name:t,...>");
                }
            }
        }
    }

    private String parseWord() {
        skipBlanks();
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position) {
            throw error("expected a name");
        }
        return text.substring(start, position);
    }

    private int parseInt() {
        String word = parseWord();
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + word + "'");
        }
    }

    private boolean peek(char c) {
        skipBlanks();
        return position < text.length() && text.charAt(position) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(
                "cannot read type name '" + text + "' at position " + position + ": " + problem);
    }
}
