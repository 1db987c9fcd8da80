package dev.dovetail.api.predicate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.dovetail.api.predicate.Predicate.alwaysFalse;
import static dev.dovetail.api.predicate.Predicate.alwaysTrue;
import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.eq;
import static dev.dovetail.api.predicate.Predicate.gt;
import static dev.dovetail.api.predicate.Predicate.lt;
import static dev.dovetail.api.predicate.Predicate.not;
import static dev.dovetail.api.predicate.Predicate.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredicateTest {
    private final Predicate a = eq("a", 1);
    private final Predicate b = gt("b", 2);
    private final Predicate c = lt("c", 3);

    @Test
    void andFlattensAndSimplifies() {
        assertThat(and(a, and(b, c))).isEqualTo(new Predicate.And(List.of(a, b, c)));
        assertThat(and(and(a, b), c)).isEqualTo(new Predicate.And(List.of(a, b, c)));
        assertThat(and(a, alwaysTrue())).isSameAs(a);
        assertThat(and(alwaysTrue(), alwaysTrue())).isSameAs(alwaysTrue());
        assertThat(and()).isSameAs(alwaysTrue());
        assertThat(and(a, alwaysFalse(), b)).isSameAs(alwaysFalse());
        assertThat(and(a, a, b)).isEqualTo(new Predicate.And(List.of(a, b)));
        assertThat(and(a, eq("a", 1L))).as("duplicates after normalisation are dropped").isEqualTo(a);
        assertThat(and(List.of(a))).isSameAs(a);
    }

    @Test
    void orFlattensAndSimplifies() {
        assertThat(or(a, or(b, c))).isEqualTo(new Predicate.Or(List.of(a, b, c)));
        assertThat(or(a, alwaysFalse())).isSameAs(a);
        assertThat(or(a, alwaysTrue(), b)).isSameAs(alwaysTrue());
        assertThat(or()).isSameAs(alwaysFalse());
        assertThat(or(alwaysFalse(), alwaysFalse())).isSameAs(alwaysFalse());
        assertThat(or(a, a)).isSameAs(a);
        // An AND inside an OR is kept whole.
        assertThat(or(and(a, b), c)).isEqualTo(new Predicate.Or(List.of(new Predicate.And(List.of(a, b)), c)));
    }

    @Test
    void notCancelsAndFlipsConstants() {
        assertThat(not(not(a))).isSameAs(a);
        assertThat(not(a)).isEqualTo(new Predicate.Not(a));
        assertThat(not(alwaysTrue())).isSameAs(alwaysFalse());
        assertThat(not(alwaysFalse())).isSameAs(alwaysTrue());
        assertThat(not(not(not(b)))).isEqualTo(new Predicate.Not(b));
    }

    @Test
    void nullOperandsAreRejected() {
        assertThatThrownBy(() -> and(a, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("AND");
        assertThatThrownBy(() -> or(null, a)).isInstanceOf(NullPointerException.class).hasMessageContaining("OR");
        assertThatThrownBy(() -> not(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("NOT");
        assertThatThrownBy(() -> new Predicate.And(List.of(a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Predicate.Or(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void literalsAreNormalised() {
        assertThat(((Predicate.Comparison) eq("x", 5)).value()).isEqualTo(5L);
        assertThat(((Predicate.Comparison) eq("x", (short) 5)).value()).isEqualTo(5L);
        assertThat(((Predicate.Comparison) eq("x", (byte) 5)).value()).isEqualTo(5L);
        assertThat(((Predicate.Comparison) eq("x", 1.5f)).value()).isEqualTo(1.5d);
        assertThat(((Predicate.Comparison) eq("x", BigInteger.TWO)).value()).isEqualTo(new BigDecimal(2));
        assertThat(((Predicate.Comparison) eq("x", new BigDecimal("1.50"))).value()).isEqualTo(new BigDecimal("1.50"));
        assertThat(eq("x", 5)).isEqualTo(eq("x", 5L)).hasSameHashCodeAs(eq("x", 5L));
        assertThat(((Predicate.In) Predicate.in("x", 1, 2L, (short) 1)).values()).containsExactly(1L, 2L);
        assertThat(((Predicate.Between) Predicate.between("x", 1, 2.5f)).lower()).isEqualTo(1L);
        assertThat(((Predicate.Between) Predicate.between("x", 1, 2.5f)).upper()).isEqualTo(2.5d);
    }

    @Test
    void nullValuesAreRejectedPointingAtIsNull() {
        assertThatThrownBy(() -> eq("x", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IS NULL");
        assertThatThrownBy(() -> Predicate.in("x", "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Predicate.between("x", null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eq("x", new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a number, string, boolean, LocalDate or Instant");
        assertThatThrownBy(() -> Predicate.in("x", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IN on column 'x' needs at least one value");
        assertThatThrownBy(() -> Predicate.nativeCondition(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Predicate.HashBucket.ofColumn("x", 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hash bucket 3 of 3 is out of range");
        assertThatThrownBy(() -> Predicate.HashBucket.ofColumn("x", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Predicate.HashBucket.ofColumn("x", 2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inCopiesItsValues() {
        List<Object> values = new ArrayList<>(List.of(1, 2));
        Predicate in = Predicate.in("x", values);
        values.add(3);
        assertThat(((Predicate.In) in).values()).containsExactly(1L, 2L);
    }

    @Test
    void rendersSqlLikeText() {
        assertThat(eq("name", "O'Brien")).hasToString("name = 'O''Brien'");
        assertThat(Predicate.ne("n", 1)).hasToString("n != 1");
        assertThat(Predicate.le("n", 1.5)).hasToString("n <= 1.5");
        assertThat(Predicate.ge("d", LocalDate.of(2024, 1, 31))).hasToString("d >= DATE '2024-01-31'");
        assertThat(lt("t", Instant.parse("2024-01-31T10:15:30Z"))).hasToString("t < TIMESTAMP '2024-01-31T10:15:30Z'");
        assertThat(Predicate.in("s", "a", "b")).hasToString("s IN ('a', 'b')");
        assertThat(Predicate.isNull("x")).hasToString("x IS NULL");
        assertThat(Predicate.isNotNull("x")).hasToString("x IS NOT NULL");
        assertThat(Predicate.between("x", 1, 9)).hasToString("x BETWEEN 1 AND 9");
        assertThat(Predicate.contains("s", "ab")).hasToString("s CONTAINS 'ab'");
        assertThat(Predicate.startsWith("s", "ab")).hasToString("s STARTS_WITH 'ab'");
        assertThat(Predicate.endsWith("s", "ab")).hasToString("s ENDS_WITH 'ab'");
        assertThat(Predicate.nativeCondition("x % 2 = 0")).hasToString("(x % 2 = 0)");
        assertThat(Predicate.HashBucket.ofExpression("MOD(id, 7)", 4, 1)).hasToString("HASH(MOD(id, 7)) MOD 4 = 1");
        assertThat(alwaysTrue()).hasToString("TRUE");
        assertThat(alwaysFalse()).hasToString("FALSE");
        assertThat(and(a, or(b, c))).hasToString("a = 1 AND (b > 2 OR c < 3)");
        assertThat(or(and(a, b), c)).hasToString("(a = 1 AND b > 2) OR c < 3");
        assertThat(not(and(a, b))).hasToString("NOT (a = 1 AND b > 2)");
        assertThat(not(a)).hasToString("NOT a = 1");
        assertThat(Predicate.eq("flag", true)).hasToString("flag = true");
    }

    @Test
    void columnsInOrderOfAppearanceOnce() {
        Predicate predicate = and(eq("b", 1), or(Predicate.isNull("a"), not(Predicate.contains("c", "x"))),
                Predicate.between("b", 1, 2), Predicate.HashBucket.ofColumn("d", 2, 0),
                Predicate.HashBucket.ofExpression("e + 1", 2, 0), Predicate.nativeCondition("f = 1"),
                Predicate.in("g", 1), Predicate.isNotNull("h"), Predicate.endsWith("i", "z"));

        assertThat(predicate.columns()).containsExactly("b", "a", "c", "d", "g", "h", "i");
        assertThat(alwaysTrue().columns()).isEmpty();
    }

    @Test
    void conjunctsAreTheTopLevelOperandsOfAnAnd() {
        assertThat(and(a, b, c).conjuncts()).containsExactly(a, b, c);
        assertThat(or(a, b).conjuncts()).containsExactly(or(a, b));
        assertThat(a.conjuncts()).containsExactly(a);
        assertThat(alwaysTrue().conjuncts()).isEmpty();
        assertThat(alwaysFalse().conjuncts()).containsExactly(alwaysFalse());
        assertThat(alwaysTrue().isAlwaysTrue()).isTrue();
        assertThat(alwaysFalse().isAlwaysFalse()).isTrue();
        assertThat(a.isAlwaysTrue()).isFalse();
    }

    @Test
    void comparisonOperatorsNegateTestAndMapToCapabilities() {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            for (int sign = -1; sign <= 1; sign++) {
                assertThat(operator.negate().test(sign)).isEqualTo(!operator.test(sign));
            }
            assertThat(operator.capability().name()).isEqualTo(operator.name());
            assertThat(PredicateOperator.COMPARISONS).contains(operator.capability());
        }
        assertThat(ComparisonOperator.LESS_THAN_OR_EQUAL.symbol()).isEqualTo("<=");
        assertThat(ComparisonOperator.NOT_EQUAL.test(0)).isFalse();
        assertThat(ComparisonOperator.GREATER_THAN.test(5)).isTrue();
    }
}
