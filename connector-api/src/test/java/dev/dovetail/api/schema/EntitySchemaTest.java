package dev.dovetail.api.schema;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EntitySchemaTest {
    private static final EntitySchema CUSTOMERS = EntitySchema.builder("customers")
            .field(Field.builder("id", DataType.LONG).primaryKey(true).build())
            .field("Name", DataType.STRING)
            .field("email", DataType.STRING)
            .field(Field.builder("updated_at", DataType.TIMESTAMP).incremental(true).build())
            .build();

    @Test
    void exposesFieldsInOrder() {
        assertThat(CUSTOMERS.name()).isEqualTo("customers");
        assertThat(CUSTOMERS.size()).isEqualTo(4);
        assertThat(CUSTOMERS.fieldNames()).containsExactly("id", "Name", "email", "updated_at");
        assertThat(CUSTOMERS.field(1).name()).isEqualTo("Name");
        assertThat(CUSTOMERS.entity()).isEqualTo(Entity.of("customers"));
        assertThat(CUSTOMERS).hasToString("customers[id LONG NOT NULL PRIMARY KEY, Name STRING, email STRING, updated_at TIMESTAMP]");
    }

    @Test
    void lookupIsExactFirstThenIgnoringCase() {
        assertThat(CUSTOMERS.indexOf("Name")).hasValue(1);
        assertThat(CUSTOMERS.indexOf("name")).hasValue(1);
        assertThat(CUSTOMERS.indexOf("NAME")).hasValue(1);
        assertThat(CUSTOMERS.indexOf("EMAIL")).hasValue(2);
        assertThat(CUSTOMERS.indexOf("phone")).isEqualTo(OptionalInt.empty());
        assertThat(CUSTOMERS.findField("UPDATED_AT")).map(Field::name).hasValue("updated_at");
        assertThat(CUSTOMERS.findField("nope")).isEmpty();
        assertThat(CUSTOMERS.requireField("ID").type()).isEqualTo(DataType.LONG);
    }

    @Test
    void namesDifferingOnlyInCaseAreRejectedSoLookupsAreNeverAmbiguous() {
        assertThatThrownBy(() -> EntitySchema.builder("t").field("a", DataType.LONG).field("A", DataType.LONG).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entity 't' has two fields named 'A' (ignoring case)");
    }

    @Test
    void requireIndexNamesTheColumnTheEntityTheClosestAndAllColumns() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> CUSTOMERS.requireIndex("emal"));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).isEqualTo(
                "entity 'customers' has no column 'emal'; did you mean 'email'? (its columns: id, Name, email, updated_at)");
        assertThat(catchThrowableOfType(ConnectorException.class, () -> CUSTOMERS.requireIndex("zzzzzz")).getMessage())
                .isEqualTo("entity 'customers' has no column 'zzzzzz' (its columns: id, Name, email, updated_at)");
    }

    @Test
    void projectKeepsTheGivenOrderResolvesCaseAndDropsDuplicates() {
        EntitySchema projected = CUSTOMERS.project(List.of("EMAIL", "id", "email", "Name"));

        assertThat(projected.fieldNames()).containsExactly("email", "id", "Name");
        assertThat(projected.entity()).isEqualTo(CUSTOMERS.entity());
        assertThat(projected.field(1)).isEqualTo(CUSTOMERS.field(0));
    }

    @Test
    void projectOfAnUnknownColumnFailsWithDidYouMean() {
        assertThatThrownBy(() -> CUSTOMERS.project(List.of("id", "nam")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("no column 'nam'; did you mean 'Name'?");
        assertThatThrownBy(() -> CUSTOMERS.project(List.of()))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("a projection of entity 'customers' names no columns");
    }

    @Test
    void primaryKeyFieldsInSchemaOrder() {
        assertThat(CUSTOMERS.primaryKey()).extracting(Field::name).containsExactly("id");
        EntitySchema composite = EntitySchema.builder("lines")
                .field("note", DataType.STRING)
                .field(Field.builder("order_id", DataType.LONG).primaryKey(true).build())
                .field(Field.builder("line", DataType.INT).primaryKey(true).build())
                .build();
        assertThat(composite.primaryKey()).extracting(Field::name).containsExactly("order_id", "line");
        assertThat(EntitySchema.builder("t").field("a", DataType.LONG).build().primaryKey()).isEmpty();
    }

    @Test
    void withFieldReplacesByName() {
        EntitySchema mapped = CUSTOMERS.withField(CUSTOMERS.requireField("id").withType(DataType.STRING));
        assertThat(mapped.requireField("id").type()).isEqualTo(DataType.STRING);
        assertThat(mapped.requireField("id").primaryKey()).isTrue();
        assertThat(mapped.fieldNames()).isEqualTo(CUSTOMERS.fieldNames());
        assertThatThrownBy(() -> CUSTOMERS.withField(Field.of("nope", DataType.LONG))).isInstanceOf(ConnectorException.class);
    }

    @Test
    void schemasNeedFieldsAndAreImmutable() {
        assertThatThrownBy(() -> EntitySchema.builder("empty").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entity 'empty' has no fields");
        List<Field> fields = new ArrayList<>(List.of(Field.of("a", DataType.LONG)));
        EntitySchema schema = EntitySchema.of(Entity.of("t"), fields);
        fields.add(Field.of("b", DataType.LONG));
        assertThat(schema.size()).isEqualTo(1);
        assertThatThrownBy(() -> schema.fields().add(Field.of("c", DataType.LONG)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(schema).isEqualTo(EntitySchema.builder("t").field("a", DataType.LONG).build());
        assertThat(schema.hashCode()).isEqualTo(EntitySchema.builder("t").field("a", DataType.LONG).build().hashCode());
    }

    @Test
    void fieldBuilderDefaultsAndOptions() {
        Field plain = Field.of("x", DataType.INT);
        assertThat(plain.nullable()).isTrue();
        assertThat(plain.filterable()).isTrue();
        assertThat(plain.primaryKey()).isFalse();
        assertThat(plain.incremental()).isFalse();
        assertThat(plain.readOnly()).isFalse();
        assertThat(plain.description()).isEmpty();

        Field key = Field.builder("id", DataType.LONG)
                .primaryKey(true)
                .description("the id")
                .filterable(false)
                .incremental(true)
                .readOnly(true)
                .build();
        assertThat(key.nullable()).as("a key field is NOT NULL").isFalse();
        assertThat(key.description()).hasValue("the id");
        assertThat(key.filterable()).isFalse();
        assertThat(key.incremental()).isTrue();
        assertThat(key.readOnly()).isTrue();
        assertThat(key).hasToString("id LONG NOT NULL PRIMARY KEY");
        assertThat(key.toBuilder().build()).isEqualTo(key);
        assertThat(key.withType(DataType.STRING)).isEqualTo(key.toBuilder().type(DataType.STRING).build());
        assertThat(Field.builder("n", DataType.LONG).nullable(false).build()).hasToString("n LONG NOT NULL");
        assertThat(Field.builder("n", DataType.LONG).description(Optional.empty()).build().description()).isEmpty();
    }

    @Test
    void fieldsRejectBlankNamesAndNulls() {
        assertThatThrownBy(() -> Field.of(" ", DataType.LONG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a field name is blank");
        assertThatThrownBy(() -> Field.of("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Field.of(null, DataType.LONG)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Field.builder("a", DataType.LONG).description((Optional<String>) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void entityBuilder() {
        Entity plain = Entity.of("orders");
        assertThat(plain.label()).isEmpty();
        assertThat(plain.description()).isEmpty();
        assertThat(plain.writable()).isFalse();

        Entity full = Entity.builder("orders").label("Orders").description("all orders").writable(true).build();
        assertThat(full.name()).isEqualTo("orders");
        assertThat(full.label()).hasValue("Orders");
        assertThat(full.description()).hasValue("all orders");
        assertThat(full.writable()).isTrue();
        assertThat(full).isNotEqualTo(plain);
        assertThat(Entity.builder("orders").build()).isEqualTo(plain);

        assertThatThrownBy(() -> Entity.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an entity name is blank");
        assertThatThrownBy(() -> Entity.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void builderForAnEntityKeepsItsProperties() {
        Entity entity = Entity.builder("orders").label("Orders").writable(true).build();
        EntitySchema schema = EntitySchema.builder(entity).field("id", DataType.LONG).build();
        assertThat(schema.entity()).isSameAs(entity);
        assertThatThrownBy(() -> EntitySchema.builder(entity).field(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void connectorPropertiesTravelWithFieldsAndEntitiesAndAreImmutable() {
        Map<String, String> given = new HashMap<>(Map.of("native", "int4"));
        Field field = Field.builder("id", DataType.INT).properties(given).property("size", "10").build();
        given.put("native", "changed");
        assertThat(field.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("native", "int4", "size", "10"));
        assertThat(field.toBuilder().primaryKey(true).build().properties()).isEqualTo(field.properties());
        assertThat(field.withType(DataType.LONG).properties()).isEqualTo(field.properties());
        assertThat(field).isNotEqualTo(Field.of("id", DataType.INT));
        assertThat(Field.of("id", DataType.INT).properties()).isEmpty();
        assertThatThrownBy(() -> field.properties().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Field.builder("id", DataType.INT).property("native", null))
                .isInstanceOf(NullPointerException.class).hasMessage("value of property 'native' is null");
        assertThat(field.toString()).isEqualTo("id INT").doesNotContain("int4");

        Entity entity = Entity.builder("orders").property("table", "ORDERS").build();
        assertThat(entity.properties()).containsExactly(Map.entry("table", "ORDERS"));
        assertThat(entity).isNotEqualTo(Entity.of("orders"));
        assertThat(Entity.of("orders").properties()).isEmpty();
        assertThat(EntitySchema.builder(entity).field(field).build().project(List.of("id")).field(0).properties())
                .isEqualTo(field.properties());
    }
}
