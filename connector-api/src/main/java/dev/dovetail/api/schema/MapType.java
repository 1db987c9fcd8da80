package dev.dovetail.api.schema;

import static java.util.Objects.requireNonNull;

/**
 * A map from keys of one type to values of another; keys are never null, values may be. Values are
 * {@code Map<Object, Object>}s.
 *
 * @param key the type of every key
 * @param value the type of every value
 */
public record MapType(DataType key, DataType value) implements DataType {
    public MapType {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
    }

    @Override
    public Kind kind() {
        return Kind.MAP;
    }

    @Override
    public String typeName() {
        return "MAP<" + key.typeName() + "," + value.typeName() + ">";
    }
}
