package dev.dovetail.appflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.DecimalType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.ListType;
import dev.dovetail.api.schema.MapType;
import dev.dovetail.api.schema.StructType;
import dev.dovetail.api.schema.Values;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a write's JSON records into rows of canonical values typed as the entity declares, the inverse of
 * {@link JsonRecordSink}: the batch's columns are the fields the records name (in order of first appearance;
 * a field a record leaves out is NULL in it), and values convert as predicate literals do
 * ({@link LiteralCoercion}), decimals at the declared scale (never rounded), plus base64 for BINARY, epoch milliseconds or ISO-8601 for TIMESTAMP, and objects
 * and arrays for STRUCT, MAP and LIST. A record that is not a JSON object, or whose value does not fit its
 * field, fails alone: it gets an error, the others are still written.
 */
final class RecordDecoder {
    /**
     * The decoded batch.
     *
     * @param columns the batch's columns, entity field names
     * @param rows per record, its row, or empty if it failed
     * @param errors per record, why it failed, or empty
     */
    record Batch(List<String> columns, List<Optional<Row>> rows, List<Optional<String>> errors) {
        /** Whether every record decoded. */
        boolean allDecoded() {
            return errors.stream().allMatch(Optional::isEmpty);
        }
    }

    private RecordDecoder() {
    }

    /**
     * Decodes {@code records} for {@code schema}.
     *
     * @param nullsAllowed whether NOT NULL fields may be NULL (a DELETE carries only ids)
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} if a record names a field the entity lacks
     */
    static Batch decode(ObjectMapper json, EntitySchema schema, List<String> records, boolean nullsAllowed) {
        List<Optional<JsonNode>> parsed = new ArrayList<>(records.size());
        List<Optional<String>> errors = new ArrayList<>(records.size());
        Set<String> columns = new LinkedHashSet<>();
        for (int r = 0; r < records.size(); r++) {
            Optional<JsonNode> node = parse(json, records.get(r));
            if (node.isEmpty()) {
                parsed.add(Optional.empty());
                errors.add(Optional.of("record " + r + " is not a JSON object"));
                continue;
            }
            for (Iterator<String> names = node.get().fieldNames(); names.hasNext(); ) {
                columns.add(schema.requireField(names.next()).name());
            }
            parsed.add(node);
            errors.add(Optional.empty());
        }
        EntitySchema batch = schema.project(List.copyOf(columns));
        List<Optional<Row>> rows = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            if (parsed.get(r).isEmpty()) {
                rows.add(Optional.empty());
                continue;
            }
            try {
                rows.add(Optional.of(row(parsed.get(r).get(), batch, nullsAllowed)));
            } catch (ConnectorException e) {
                rows.add(Optional.empty());
                errors.set(r, Optional.of("record " + r + ": " + e.getMessage()));
            }
        }
        return new Batch(batch.fieldNames(), rows, errors);
    }

    private static Optional<JsonNode> parse(ObjectMapper json, String record) {
        try {
            JsonNode node = json.readTree(record);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Row row(JsonNode record, EntitySchema batch, boolean nullsAllowed) {
        Object[] values = new Object[batch.size()];
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        record.fields().forEachRemaining(entry -> byName.put(batch.requireField(entry.getKey()).name(), entry.getValue()));
        for (int c = 0; c < values.length; c++) {
            Field field = batch.field(c);
            JsonNode node = byName.get(field.name());
            values[c] = node == null || node.isNull() ? null : value(node, field);
            if (values[c] == null && !field.nullable() && !nullsAllowed) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "field '" + field.name() + "' is NOT NULL;"
                        + " give it a value");
            }
        }
        return Row.of(values);
    }

    /** The canonical value of {@code field}'s type for a non-null {@code node}. */
    private static Object value(JsonNode node, Field field) {
        DataType type = field.type();
        Object value = switch (type.kind()) {
            case STRING -> node.isValueNode() ? node.asText() : mismatch(node, field);
            case BINARY -> binary(node, field);
            case TIMESTAMP -> node.isIntegralNumber() ? Instant.ofEpochMilli(node.longValue())
                    : LiteralCoercion.coerce(scalar(node, field), field);
            case DECIMAL -> decimal((BigDecimal) LiteralCoercion.coerce(scalar(node, field), field), (DecimalType) type, field);
            case STRUCT -> struct(node, (StructType) type, field);
            case LIST -> list(node, (ListType) type, field);
            case MAP -> map(node, (MapType) type, field);
            default -> LiteralCoercion.coerce(scalar(node, field), field);
        };
        if (!Values.isCanonical(value, type)) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "field '" + field.name() + "' is "
                    + type.typeName() + " and cannot hold " + node);
        }
        return value;
    }

    private static Object scalar(JsonNode node, Field field) {
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return mismatch(node, field);
    }

    private static byte[] binary(JsonNode node, Field field) {
        try {
            return node.isTextual() ? node.binaryValue() : (byte[]) mismatch(node, field);
        } catch (IOException notBase64) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "field '" + field.name() + "' is BINARY and takes"
                    + " base64 text; the value is not base64");
        }
    }

    private static BigDecimal decimal(BigDecimal value, DecimalType type, Field field) {
        try {
            return value.setScale(type.scale(), RoundingMode.UNNECESSARY); // the declared scale, never rounding
        } catch (ArithmeticException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "field '" + field.name() + "' is " + type.typeName()
                    + " and cannot hold " + value.toPlainString() + " without rounding");
        }
    }

    private static List<Object> struct(JsonNode node, StructType type, Field field) {
        if (!node.isObject()) {
            mismatch(node, field);
        }
        List<Object> values = new ArrayList<>(type.fields().size());
        for (Field member : type.fields()) {
            JsonNode child = node.get(member.name());
            values.add(child == null || child.isNull() ? null : value(child, member));
        }
        return values;
    }

    private static List<Object> list(JsonNode node, ListType type, Field field) {
        if (!node.isArray()) {
            mismatch(node, field);
        }
        Field element = Field.of(field.name() + "[]", type.element());
        List<Object> values = new ArrayList<>(node.size());
        node.forEach(child -> values.add(child.isNull() ? null : value(child, element)));
        return values;
    }

    private static Map<Object, Object> map(JsonNode node, MapType type, Field field) {
        if (!node.isObject()) {
            mismatch(node, field);
        }
        Field key = Field.of(field.name() + " key", type.key());
        Field value = Field.of(field.name() + " value", type.value());
        Map<Object, Object> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> values.put(value(json(entry.getKey()), key),
                entry.getValue().isNull() ? null : value(entry.getValue(), value)));
        return values;
    }

    private static JsonNode json(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }

    private static Object mismatch(JsonNode node, Field field) {
        throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "field '" + field.name() + "' is "
                + field.type().typeName() + " and cannot hold " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + " " + node);
    }
}
