package dev.dovetail.api.schema;

import static java.util.Objects.requireNonNull;

/**
 * A list of values of one element type; elements may be null. Values are {@code List<Object>}s.
 *
 * @param element the type of every element
 */
public record ListType(DataType element) implements DataType {
    public ListType {
        requireNonNull(element, "element is null");
    }

    @Override
    public Kind kind() {
        return Kind.LIST;
    }

    @Override
    public String typeName() {
        return "LIST<" + element.typeName() + ">";
    }
}
