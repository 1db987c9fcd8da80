package dev.dovetail.api.schema;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Something a connector can read (and perhaps write): a table, a view, an API object, a file.
 *
 * @param name the identifier hosts pass back to the connector (AppFlow's {@code entityIdentifier},
 *     Glue's {@code dbTable}); not blank
 * @param label a human-readable name, when it differs from {@code name}
 * @param description human-readable text
 * @param writable whether the connector's write operation accepts this entity
 * @param properties facts the connector keeps about where the entity lives (a resolved table name, say),
 *     carried with the schema through a plan to every split, so that reading a split needs no second
 *     look-up; hosts neither show nor interpret them; empty by default
 */
public record Entity(String name, Optional<String> label, Optional<String> description, boolean writable,
                     Map<String, String> properties) implements Serializable {

    public Entity {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("an entity name is blank");
        }
    }

    // Optional is not serializable: travel as a proxy (splits carry schemas to Spark executors).
    private Object writeReplace() {
        return new SerializedEntity(name, label.orElse(null), description.orElse(null), writable, properties);
    }

    private record SerializedEntity(String name, String label, String description, boolean writable,
                                    Map<String, String> properties) implements Serializable {
        private Object readResolve() {
            return new Entity(name, Optional.ofNullable(label), Optional.ofNullable(description), writable, properties);
        }
    }

    /** A read-only entity with nothing but a name. */
    public static Entity of(String name) {
        return builder(name).build();
    }

    /** A builder starting from a read-only entity with nothing but a name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link Entity}. */
    public static final class Builder {
        private final String name;
        private Optional<String> label = Optional.empty();
        private Optional<String> description = Optional.empty();
        private boolean writable;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder label(String label) {
            this.label = Optional.of(label);
            return this;
        }

        public Builder description(String description) {
            this.description = Optional.of(description);
            return this;
        }

        public Builder writable(boolean writable) {
            this.writable = writable;
            return this;
        }

        /** Adds (or replaces) the connector's property {@code key}. */
        public Builder property(String key, String value) {
            properties.put(requireNonNull(key, "key is null"), requireNonNull(value, "value of property '" + key + "' is null"));
            return this;
        }

        public Entity build() {
            return new Entity(name, label, description, writable, properties);
        }
    }
}
