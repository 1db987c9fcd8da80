package dev.dovetail.api.schema;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One named, typed column of an entity.
 *
 * @param name the column name as the external system spells it; not blank
 * @param type its type
 * @param nullable whether values may be NULL
 * @param description human-readable text for AppFlow and generated docs
 * @param primaryKey whether the field is (part of) the entity's primary key, the default id for writes
 * @param filterable whether predicates on the field may be pushed to the connector
 * @param incremental whether the field can drive incremental reads (a job bookmark key; AppFlow's
 *     {@code isTimestampFieldForIncrementalQueries})
 * @param readOnly whether writes must leave the field out (generated or computed columns)
 * @param properties facts the connector keeps about the column in the external system (its native type,
 *     say), carried with the schema through a plan to every split, so that reading a split needs no second
 *     look-up; hosts neither show nor interpret them; empty by default
 */
public record Field(
        String name,
        DataType type,
        boolean nullable,
        Optional<String> description,
        boolean primaryKey,
        boolean filterable,
        boolean incremental,
        boolean readOnly,
        Map<String, String> properties) implements Serializable {

    public Field {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(description, "description is null");
        properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("a field name is blank");
        }
    }

    /** A nullable, filterable field with no other properties. */
    public static Field of(String name, DataType type) {
        return builder(name, type).build();
    }

    /** A builder starting from a nullable, filterable field. */
    public static Builder builder(String name, DataType type) {
        return new Builder(name, type);
    }

    /** A builder starting from this field, for deriving a changed copy. */
    public Builder toBuilder() {
        return new Builder(name, type)
                .nullable(nullable)
                .description(description)
                .primaryKey(primaryKey)
                .filterable(filterable)
                .incremental(incremental)
                .readOnly(readOnly)
                .properties(properties);
    }

    /** This field with another type, everything else kept (for {@code dataTypeMapping}). */
    public Field withType(DataType newType) {
        return toBuilder().type(newType).build();
    }

    // Optional is not serializable: travel as a proxy (splits carry schemas to Spark executors).
    private Object writeReplace() {
        return new SerializedField(name, type, nullable, description.orElse(null), primaryKey, filterable, incremental, readOnly,
                properties);
    }

    private record SerializedField(
            String name, DataType type, boolean nullable, String description,
            boolean primaryKey, boolean filterable, boolean incremental, boolean readOnly,
            Map<String, String> properties) implements Serializable {
        private Object readResolve() {
            return new Field(name, type, nullable, Optional.ofNullable(description), primaryKey, filterable, incremental, readOnly,
                    properties);
        }
    }

    @Override
    public String toString() {
        return name + " " + type.typeName() + (nullable ? "" : " NOT NULL") + (primaryKey ? " PRIMARY KEY" : "");
    }

    /** Builds a {@link Field}; every property but the name and type has a default. */
    public static final class Builder {
        private final String name;
        private DataType type;
        private boolean nullable = true;
        private Optional<String> description = Optional.empty();
        private boolean primaryKey;
        private boolean filterable = true;
        private boolean incremental;
        private boolean readOnly;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        public Builder type(DataType type) {
            this.type = type;
            return this;
        }

        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        public Builder description(String description) {
            return description(Optional.of(description));
        }

        public Builder description(Optional<String> description) {
            this.description = requireNonNull(description, "description is null");
            return this;
        }

        /** Marks the field part of the primary key; a key field is also made NOT NULL. */
        public Builder primaryKey(boolean primaryKey) {
            this.primaryKey = primaryKey;
            if (primaryKey) {
                this.nullable = false;
            }
            return this;
        }

        public Builder filterable(boolean filterable) {
            this.filterable = filterable;
            return this;
        }

        public Builder incremental(boolean incremental) {
            this.incremental = incremental;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Adds (or replaces) the connector's property {@code key}. */
        public Builder property(String key, String value) {
            properties.put(requireNonNull(key, "key is null"), requireNonNull(value, "value of property '" + key + "' is null"));
            return this;
        }

        /** Replaces the connector's properties with {@code newProperties}. */
        public Builder properties(Map<String, String> newProperties) {
            requireNonNull(newProperties, "properties is null");
            properties.clear();
            newProperties.forEach(this::property);
            return this;
        }

        public Field build() {
            return new Field(name, type, nullable, description, primaryKey, filterable, incremental, readOnly, properties);
        }
    }
}
