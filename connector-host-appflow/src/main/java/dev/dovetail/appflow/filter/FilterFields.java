package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.Suggestions;
import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;
import org.antlr.v4.runtime.Token;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How the field names and values of an expression meet the entity being read. Without an entity, names
 * are taken as written and values keep the type their syntax gives them. With one, every name must be a
 * field of the entity (matched as {@link EntitySchema#indexOf} does, then spelt as the entity spells it)
 * and every value is converted to its field's type by {@link LiteralCoercion}; a mismatch is an
 * INVALID_ARGUMENT naming the column of the expression, the field and the value.
 */
final class FilterFields {
    private final Optional<EntitySchema> entity;

    private FilterFields(Optional<EntitySchema> entity) {
        this.entity = requireNonNull(entity, "entity is null");
    }

    /** Names and values taken as written. */
    static FilterFields unchecked() {
        return new FilterFields(Optional.empty());
    }

    /** Names checked against, and values converted to, the fields of {@code entity}. */
    static FilterFields of(EntitySchema entity) {
        return new FilterFields(Optional.of(requireNonNull(entity, "entity is null")));
    }

    /** The column the field-name token {@code name} denotes. */
    Column column(Token name) {
        if (entity.isEmpty()) {
            return new Column(name.getText(), Optional.empty());
        }
        EntitySchema schema = entity.get();
        Optional<Field> field = schema.findField(name.getText());
        if (field.isEmpty()) {
            throw FilterErrors.at(name, "entity '" + schema.name() + "' has no field '" + name.getText() + "'"
                    + Suggestions.didYouMean(name.getText(), schema.fieldNames())
                    + " (its fields: " + String.join(", ", schema.fieldNames()) + ")");
        }
        return new Column(field.get().name(), field);
    }

    /**
     * A column of the expression: its name and, when an entity is known, its field.
     *
     * @param name the column name as the predicate will carry it
     * @param field the entity's field, when parsing against an entity
     */
    record Column(String name, Optional<Field> field) {
        Column {
            requireNonNull(name, "name is null");
            requireNonNull(field, "field is null");
        }

        /** {@code literal}, read from {@code token}, as a value of this column's type. */
        Object coerce(Object literal, Token token) {
            if (field.isEmpty()) {
                return literal;
            }
            Object value;
            try {
                value = Values.normalizeLiteral(LiteralCoercion.coerce(literal, field.get()));
            } catch (ConnectorException mismatch) {
                throw FilterErrors.at(token, mismatch.getMessage());
            }
            Optional<String> problem = FilterForms.problem(value);
            if (problem.isPresent()) {
                throw FilterErrors.at(token, FilterErrors.describe(token) + " as a value of column '" + name
                        + "' of type " + field.get().type().typeName() + " " + problem.get());
            }
            return value;
        }

        /** Fails unless {@code contains} (at {@code operator}) may test this column: any column without an entity. */
        void requireText(Token operator) {
            if (field.isPresent() && field.get().type().kind() != DataType.Kind.STRING) {
                throw FilterErrors.at(operator, "contains applies only to text fields, but '" + name + "' is "
                        + field.get().type().typeName() + "; compare it with = != < <= > >= between or in");
            }
        }
    }
}
