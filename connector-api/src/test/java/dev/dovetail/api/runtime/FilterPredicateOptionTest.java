package dev.dovetail.api.runtime;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.predicate.Predicate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilterPredicateOptionTest {
    private static final ConnectionOptions OPTIONS = ConnectionOptions.of("FILTERPREDICATE", "status <> 'void'");

    @Test
    void isANativeConditionForAConnectorThatDoesNotDeclareIt() {
        MemoryConnector connector = new MemoryConnector();

        assertThat(FilterPredicateOption.isConnectorSetting(connector)).isFalse();
        assertThat(FilterPredicateOption.hostKeys(connector)).containsExactly("filterPredicate");
        assertThat(FilterPredicateOption.condition(connector, OPTIONS)).contains(Predicate.nativeCondition("status <> 'void'"));
        assertThat(FilterPredicateOption.condition(connector, ConnectionOptions.of("filterPredicate", " "))).isEmpty();
    }

    @Test
    void isTheConnectorsOwnSettingWhenItDeclaresOne() {
        MemoryConnector connector = new MemoryConnector().settings(List.of(
                SettingDefinition.builder("filterPredicate", SettingType.STRING).build()));

        assertThat(FilterPredicateOption.isConnectorSetting(connector)).isTrue();
        assertThat(FilterPredicateOption.hostKeys(connector)).isEmpty();
        assertThat(FilterPredicateOption.condition(connector, OPTIONS)).isEmpty();
    }
}
