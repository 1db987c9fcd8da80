package dev.dovetail.api.schema;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * An entity and its fields, in order. Field names are unique ignoring case; lookups by name try the
 * exact spelling first and then a unique case-insensitive match, as Spark's default resolver does.
 *
 * @param entity the entity described
 * @param fields its fields, at least one
 */
public record EntitySchema(Entity entity, List<Field> fields) implements Serializable {

    public EntitySchema {
        requireNonNull(entity, "entity is null");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("entity '" + entity.name() + "' has no fields");
        }
        Set<String> seen = new HashSet<>();
        for (Field field : fields) {
            if (!seen.add(field.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "entity '" + entity.name() + "' has two fields named '" + field.name() + "' (ignoring case)");
            }
        }
    }

    /** A schema of {@code fields} for {@code entity}. */
    public static EntitySchema of(Entity entity, List<Field> fields) {
        return new EntitySchema(entity, fields);
    }

    /** A builder for the schema of a read-only entity named {@code entityName}. */
    public static Builder builder(String entityName) {
        return new Builder(Entity.of(entityName));
    }

    /** A builder for the schema of {@code entity}. */
    public static Builder builder(Entity entity) {
        return new Builder(entity);
    }

    /** The entity's name. */
    public String name() {
        return entity.name();
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** The field at {@code index}. */
    public Field field(int index) {
        return fields.get(index);
    }

    /** The field names, in order. */
    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** The position of the field called {@code name}: exact match first, then a unique case-insensitive one. */
    public OptionalInt indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return OptionalInt.of(i);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The field called {@code name}, if there is one (see {@link #indexOf(String)}). */
    public Optional<Field> findField(String name) {
        OptionalInt index = indexOf(name);
        return index.isPresent() ? Optional.of(fields.get(index.getAsInt())) : Optional.empty();
    }

    /**
     * The position of the field called {@code name}.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the column, the entity and the
     *     closest existing name
     */
    public int requireIndex(String name) {
        OptionalInt index = indexOf(name);
        if (index.isEmpty()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "entity '" + entity.name()
                    + "' has no column '" + name + "'" + Suggestions.didYouMean(name, fieldNames())
                    + " (its columns: " + String.join(", ", fieldNames()) + ")");
        }
        return index.getAsInt();
    }

    /** The field called {@code name}; fails as {@link #requireIndex(String)} does. */
    public Field requireField(String name) {
        return fields.get(requireIndex(name));
    }

    /** The fields of the primary key, in schema order; empty if the entity declares none. */
    public List<Field> primaryKey() {
        return fields.stream().filter(Field::primaryKey).toList();
    }

    /**
     * The schema of just {@code columns}, in the order given, each resolved as {@link #requireIndex(String)}
     * does; a column named twice is kept once.
     */
    public EntitySchema project(List<String> columns) {
        List<Field> projected = new ArrayList<>(columns.size());
        Set<Integer> taken = new HashSet<>();
        for (String column : columns) {
            int index = requireIndex(column);
            if (taken.add(index)) {
                projected.add(fields.get(index));
            }
        }
        if (projected.isEmpty()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "a projection of entity '" + entity.name() + "' names no columns");
        }
        return new EntitySchema(entity, projected);
    }

    /** This schema with {@code field} replaced by a field of the same name (for type mapping). */
    public EntitySchema withField(Field field) {
        List<Field> changed = new ArrayList<>(fields);
        changed.set(requireIndex(field.name()), field);
        return new EntitySchema(entity, changed);
    }

    @Override
    public String toString() {
        return entity.name() + fields;
    }

    /** Builds an {@link EntitySchema} field by field. */
    public static final class Builder {
        private final Entity entity;
        private final List<Field> fields = new ArrayList<>();

        private Builder(Entity entity) {
            this.entity = requireNonNull(entity, "entity is null");
        }

        /** Adds a nullable field. */
        public Builder field(String name, DataType type) {
            return field(Field.of(name, type));
        }

        public Builder field(Field field) {
            fields.add(requireNonNull(field, "field is null"));
            return this;
        }

        public EntitySchema build() {
            return new EntitySchema(entity, fields);
        }
    }
}
