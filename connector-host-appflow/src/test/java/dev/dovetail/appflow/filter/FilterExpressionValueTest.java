package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.Predicate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

import static dev.dovetail.api.predicate.Predicate.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record holds only what the language can say, so that printing it always parses back. */
class FilterExpressionValueTest {

    @Test
    void refusesFormsTheLanguageCannotExpress() {
        assertThatThrownBy(() -> FilterExpression.of(Predicate.startsWith("s", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an AppFlow filter expression cannot express s STARTS_WITH 'x'");
        assertThatThrownBy(() -> FilterExpression.of(Predicate.endsWith("s", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterExpression.of(Predicate.nativeCondition("a = 1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterExpression.of(Predicate.and(eq("a", 1), Predicate.HashBucket.ofColumn("a", 4, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HASH(a) MOD 4 = 1");
    }

    @Test
    void refusesColumnNamesThatAreNoIdentifiers() {
        for (String name : new String[] {"first name", "1st", "_a", "and", "LIMIT", "Null", "a'b", "é"}) {
            assertThatThrownBy(() -> FilterExpression.of(eq(name, 1)))
                    .as(name).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("column '" + name + "' cannot be named in an AppFlow filter expression:"
                            + " a field name matches [a-zA-Z][A-Za-z0-9_.-]* and is not a keyword");
        }
        assertThat(FilterExpression.of(eq("a.b-c_1", 1)).print()).isEqualTo("a.b-c_1 = 1");
    }

    @Test
    void refusesValuesWithoutAWrittenForm() {
        assertThatThrownBy(() -> FilterExpression.of(eq("d", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the value NaN is not a finite number");
        assertThatThrownBy(() -> FilterExpression.of(Predicate.in("d", 1.0, Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterExpression.of(eq("d", LocalDate.of(10_000, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the value +10000-01-01 is outside the years 0000 to 9999");
        assertThatThrownBy(() -> FilterExpression.of(Predicate.between("t", Instant.MIN, Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("is outside the years 0000 to 9999 in UTC");
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new FilterExpression(Predicate.alwaysTrue(), OptionalLong.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a filter expression's limit must not be negative; got -1");
    }

    @Test
    void doublesPrintInPlainNotation() {
        FilterExpression expression = FilterExpression.of(Predicate.and(eq("a", 1e20), eq("b", 1.5e-9)));
        assertThat(expression.print()).isEqualTo("a = 100000000000000000000 and b = 0.0000000015");
    }

    @Test
    void equalsByValue() {
        assertThat(FilterExpression.parse("a = 1 LIMIT 2")).isEqualTo(new FilterExpression(eq("a", 1L), OptionalLong.of(2)))
                .hasSameHashCodeAs(new FilterExpression(eq("a", 1L), OptionalLong.of(2)))
                .isNotEqualTo(new FilterExpression(eq("a", 1L), OptionalLong.empty()));
    }
}
