package dev.dovetail.api.predicate;

import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.eq;
import static dev.dovetail.api.predicate.Predicate.gt;
import static dev.dovetail.api.predicate.Predicate.lt;
import static dev.dovetail.api.predicate.Predicate.not;
import static dev.dovetail.api.predicate.Predicate.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushdownTest {
    private static final EntitySchema SCHEMA = EntitySchema.builder("t")
            .field("id", DataType.LONG)
            .field("name", DataType.STRING)
            .field(Field.builder("notes", DataType.STRING).filterable(false).build())
            .build();
    private static final Set<PredicateOperator> ALL = EnumSet.allOf(PredicateOperator.class);
    private static final Set<PredicateOperator> COMPARISONS = PredicateOperator.COMPARISONS;

    @Test
    void everythingPushedWhenEverythingIsSupported() {
        Predicate predicate = and(eq("id", 1), or(Predicate.startsWith("name", "a"), Predicate.isNull("name")));
        Pushdown pushdown = Pushdown.split(predicate, ALL, SCHEMA);
        assertThat(pushdown.pushed()).isEqualTo(predicate);
        assertThat(pushdown.residual()).isSameAs(Predicate.alwaysTrue());
    }

    @Test
    void nothingPushedWhenNothingIsSupported() {
        Predicate predicate = and(eq("id", 1), gt("id", 0));
        Pushdown pushdown = Pushdown.split(predicate, Set.of(), SCHEMA);
        assertThat(pushdown.pushed()).isSameAs(Predicate.alwaysTrue());
        assertThat(pushdown.residual()).isEqualTo(predicate);
    }

    @Test
    void conjunctsAreDividedByOperator() {
        Predicate predicate = and(eq("id", 1), Predicate.in("id", 1, 2), Predicate.contains("name", "x"),
                Predicate.between("id", 0, 9), Predicate.isNotNull("name"));

        Pushdown pushdown = Pushdown.split(predicate, EnumSet.of(PredicateOperator.EQUAL, PredicateOperator.BETWEEN,
                PredicateOperator.IS_NOT_NULL), SCHEMA);

        assertThat(pushdown.pushed()).isEqualTo(and(eq("id", 1), Predicate.between("id", 0, 9), Predicate.isNotNull("name")));
        assertThat(pushdown.residual()).isEqualTo(and(Predicate.in("id", 1, 2), Predicate.contains("name", "x")));
    }

    @Test
    void theTwoPartsTogetherAreTheOriginal() {
        Predicate predicate = and(eq("id", 1), lt("id", 5), Predicate.endsWith("name", "z"), not(eq("name", "q")));
        for (Set<PredicateOperator> supports : List.of(ALL, COMPARISONS, Set.<PredicateOperator>of(),
                EnumSet.of(PredicateOperator.NOT, PredicateOperator.EQUAL), EnumSet.of(PredicateOperator.ENDS_WITH))) {
            Pushdown pushdown = Pushdown.split(predicate, supports, SCHEMA);
            assertThat(and(pushdown.pushed(), pushdown.residual()).conjuncts())
                    .containsExactlyInAnyOrderElementsOf(predicate.conjuncts());
        }
    }

    @Test
    void predicatesOnNonFilterableFieldsStayResidual() {
        Predicate onNotes = eq("notes", "x");
        Pushdown pushdown = Pushdown.split(and(eq("id", 1), onNotes), ALL, SCHEMA);
        assertThat(pushdown.pushed()).isEqualTo(eq("id", 1));
        assertThat(pushdown.residual()).isEqualTo(onNotes);
        // Also inside a disjunction, and for a column the schema does not have.
        assertThat(Pushdown.isPushable(or(eq("id", 1), onNotes), ALL, SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(eq("missing", 1), ALL, SCHEMA)).isFalse();
        // Columns resolve ignoring case.
        assertThat(Pushdown.isPushable(eq("ID", 1), ALL, SCHEMA)).isTrue();
    }

    @Test
    void orAndNotNeedTheirOwnCapability() {
        Predicate disjunction = or(eq("id", 1), eq("id", 2));
        Predicate negation = not(eq("id", 1));

        assertThat(Pushdown.isPushable(disjunction, COMPARISONS, SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(disjunction, union(COMPARISONS, PredicateOperator.OR), SCHEMA)).isTrue();
        assertThat(Pushdown.isPushable(or(eq("id", 1), Predicate.isNull("id")), union(COMPARISONS, PredicateOperator.OR), SCHEMA))
                .as("every branch must be supported").isFalse();
        assertThat(Pushdown.isPushable(negation, COMPARISONS, SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(negation, union(COMPARISONS, PredicateOperator.NOT), SCHEMA)).isTrue();
        assertThat(Pushdown.isPushable(not(Predicate.isNull("id")), union(COMPARISONS, PredicateOperator.NOT), SCHEMA)).isFalse();
        // AND nested in an OR needs nothing of its own.
        assertThat(Pushdown.isPushable(or(and(eq("id", 1), gt("id", 0)), eq("id", 2)),
                union(COMPARISONS, PredicateOperator.OR), SCHEMA)).isTrue();
    }

    @Test
    void hashBucketsNeedTheirCapabilityAndNativeExpressionsNativeToo() {
        Predicate onColumn = Predicate.HashBucket.ofColumn("name", 4, 1);
        Predicate onExpression = Predicate.HashBucket.ofExpression("MOD(id, 9)", 4, 1);

        assertThat(Pushdown.isPushable(onColumn, COMPARISONS, SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(onColumn, EnumSet.of(PredicateOperator.HASH_BUCKET), SCHEMA)).isTrue();
        assertThat(Pushdown.isPushable(onExpression, EnumSet.of(PredicateOperator.HASH_BUCKET), SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(onExpression, EnumSet.of(PredicateOperator.NATIVE), SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(onExpression, EnumSet.of(PredicateOperator.HASH_BUCKET, PredicateOperator.NATIVE), SCHEMA))
                .isTrue();
        assertThat(Pushdown.isPushable(Predicate.nativeCondition("1 = 1"), COMPARISONS, SCHEMA)).isFalse();
        assertThat(Pushdown.isPushable(Predicate.nativeCondition("1 = 1"), EnumSet.of(PredicateOperator.NATIVE), SCHEMA)).isTrue();
        assertThat(Pushdown.isPushable(Predicate.alwaysFalse(), Set.of(), SCHEMA)).isTrue();
    }

    @Test
    void needsConnectorFindsNativeNodesAnywhere() {
        Predicate nativeCondition = Predicate.nativeCondition("x = 1");
        assertThat(Pushdown.needsConnector(nativeCondition)).isTrue();
        assertThat(Pushdown.needsConnector(and(eq("id", 1), or(gt("id", 2), not(nativeCondition))))).isTrue();
        assertThat(Pushdown.needsConnector(Predicate.HashBucket.ofExpression("e", 2, 0))).isTrue();
        assertThat(Pushdown.needsConnector(Predicate.HashBucket.ofColumn("id", 2, 0))).isFalse();
        assertThat(Pushdown.needsConnector(and(eq("id", 1), or(gt("id", 2), not(lt("id", 0)))))).isFalse();
        assertThat(Pushdown.needsConnector(Predicate.alwaysTrue())).isFalse();
    }

    @Test
    void partsAreRequired() {
        assertThatThrownBy(() -> new Pushdown(null, Predicate.alwaysTrue())).isInstanceOf(NullPointerException.class);
    }

    private static Set<PredicateOperator> union(Set<PredicateOperator> base, PredicateOperator extra) {
        EnumSet<PredicateOperator> set = EnumSet.copyOf(base);
        set.add(extra);
        return set;
    }
}
