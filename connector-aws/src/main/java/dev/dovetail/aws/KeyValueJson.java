package dev.dovetail.aws;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the key/value JSON that secrets and connections are kept in. Its messages say where a document is
 * wrong but never quote it: a secret's text is secret, including the part that does not parse.
 */
final class KeyValueJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private KeyValueJson() {
    }

    /**
     * The JSON object in {@code text}.
     *
     * @param what names the document in messages, for example {@code "secret file /etc/secrets.json"}
     * @param expected what the document should hold, said when it is not a JSON object
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} if it is not valid JSON or not an object
     */
    static JsonNode object(String text, String what, String expected) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    what + " is not valid JSON" + at(e.getLocation()) + ": it must be " + expected);
        }
        if (node == null || !node.isObject()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    what + " is not a JSON object: it must be " + expected);
        }
        return node;
    }

    /**
     * The pairs of a flat JSON object; numbers and booleans become their JSON text.
     *
     * @param what names the object in messages, for example {@code "secret 'db' in secret file /x.json"}
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the key whose value is null, an
     *     object or an array
     */
    static Map<String, String> pairs(JsonNode object, String what) {
        if (!object.isObject()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    what + " must be a JSON object of key/value pairs, but is " + kind(object));
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isValueNode() || value.isNull()) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, what + ": the value of '" + field.getKey()
                        + "' is " + kind(value) + "; give a string, a number or a boolean");
            }
            pairs.put(field.getKey(), value.asText());
        }
        return pairs;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            case MISSING -> "missing";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
