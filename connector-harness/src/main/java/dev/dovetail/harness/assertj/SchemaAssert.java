package dev.dovetail.harness.assertj;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Optional;

/** Assertions on an {@link EntitySchema}. Field names are looked up as the schema does (exact, then ignoring case). */
public final class SchemaAssert extends AbstractAssert<SchemaAssert, EntitySchema> {

    SchemaAssert(EntitySchema actual) {
        super(actual, SchemaAssert.class);
    }

    /** The schema is exactly {@code expected}: same entity, same fields with the same properties. */
    public SchemaAssert hasSchema(EntitySchema expected) {
        isNotNull();
        if (!actual.equals(expected)) {
            failWithMessage("%s", Failure.expecting("schema of '" + actual.name() + "'", "to be", expected, actual));
        }
        return myself;
    }

    /** The fields are exactly {@code expected}, in this order. */
    public SchemaAssert hasFieldNames(String... expected) {
        isNotNull();
        if (!actual.fieldNames().equals(List.of(expected))) {
            failWithMessage("%s", Failure.expecting("schema of '" + actual.name() + "'", "to have the fields",
                    List.of(expected), actual.fieldNames()));
        }
        return myself;
    }

    /** There is a field {@code name} of type {@code type}. */
    public SchemaAssert hasField(String name, DataType type) {
        Field field = field(name);
        if (!field.type().equals(type)) {
            failWithMessage("%s", Failure.expecting("field '" + field.name() + "' of '" + actual.name() + "'",
                    "to have the type", type.typeName(), field.type().typeName()));
        }
        return myself;
    }

    /** There is a field {@code name} that may hold NULL. */
    public SchemaAssert hasNullableField(String name) {
        return nullability(name, true);
    }

    /** There is a field {@code name} that never holds NULL. */
    public SchemaAssert hasNotNullField(String name) {
        return nullability(name, false);
    }

    /** The primary key is exactly {@code expected}, in schema order. */
    public SchemaAssert hasPrimaryKey(String... expected) {
        isNotNull();
        List<String> key = actual.primaryKey().stream().map(Field::name).toList();
        if (!key.equals(List.of(expected))) {
            failWithMessage("%s", Failure.expecting("schema of '" + actual.name() + "'", "to have the primary key",
                    List.of(expected), key.isEmpty() ? "no primary key" : key));
        }
        return myself;
    }

    private SchemaAssert nullability(String name, boolean nullable) {
        Field field = field(name);
        if (field.nullable() != nullable) {
            failWithMessage("%s", Failure.expecting("field '" + field.name() + "' of '" + actual.name() + "'",
                    "to be", nullable ? "nullable" : "NOT NULL", nullable ? "NOT NULL" : "nullable"));
        }
        return myself;
    }

    private Field field(String name) {
        isNotNull();
        Optional<Field> field = actual.findField(name);
        if (field.isEmpty()) {
            failWithMessage("%s", Failure.expecting("schema of '" + actual.name() + "'", "to have a field", name,
                    "only " + actual.fieldNames()));
        }
        return field.orElseThrow();
    }
}
