package dev.dovetail.api.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A nested record of named fields. Values are {@code List<Object>}s holding the field values in field
 * order.
 *
 * @param fields at least one field, names unique ignoring case
 */
public record StructType(List<Field> fields) implements DataType {
    public StructType {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a STRUCT needs at least one field");
        }
        Set<String> seen = new HashSet<>();
        for (Field field : fields) {
            if (!seen.add(field.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("STRUCT field name '" + field.name() + "' appears twice");
            }
        }
    }

    @Override
    public Kind kind() {
        return Kind.STRUCT;
    }

    @Override
    public String typeName() {
        return fields.stream()
                .map(field -> field.name() + ":" + field.type().typeName())
                .collect(Collectors.joining(",", "STRUCT<", ">"));
    }
}
