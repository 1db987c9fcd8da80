package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.schema.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class EntitySelectionTest {
    private static final ConnectionOptions NO_TABLE = ConnectionOptions.of(Map.of("url", "x"));

    @Test
    void dbTableNamesTheEntityWithoutListingAny() {
        ConnectionOptions options = ConnectionOptions.of(Map.of("DBTABLE", "public.orders"));

        assertThat(EntitySelection.select(options, () -> fail("entities listed"))).isEqualTo("public.orders");
    }

    @Test
    void withoutDbTableTheOnlyEntityIsMeant() {
        assertThat(EntitySelection.select(NO_TABLE, () -> List.of(Entity.of("query")))).isEqualTo("query");
    }

    @Test
    void withoutDbTableSeveralEntitiesAreListedInTheError() {
        assertThatThrownBy(() -> EntitySelection.select(NO_TABLE, () -> List.of(Entity.of("orders"), Entity.of("customers"))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessage("option 'dbTable' names the entity to read or write; give one of: orders, customers");
        List<Entity> many = IntStream.range(0, 25).mapToObj(i -> Entity.of("t" + i)).toList();
        assertThatThrownBy(() -> EntitySelection.select(NO_TABLE, () -> many))
                .hasMessageEndingWith("t18, t19, ... (25 in all)");
        assertThatThrownBy(() -> EntitySelection.select(NO_TABLE, List::of))
                .hasMessageContaining("the connector lists none to default to; give dbTable");
    }
}
