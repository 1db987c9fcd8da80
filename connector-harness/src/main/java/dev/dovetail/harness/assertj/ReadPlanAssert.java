package dev.dovetail.harness.assertj;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.SplitPlan;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Assertions on a {@link ReadPlan}: its splits, and per split what the connector is asked to apply
 * (pushed) and what the runtime applies itself (residual).
 */
public final class ReadPlanAssert extends AbstractAssert<ReadPlanAssert, ReadPlan> {

    ReadPlanAssert(ReadPlan actual) {
        super(actual, ReadPlanAssert.class);
    }

    /** The plan has {@code expected} splits. */
    public ReadPlanAssert hasSplitCount(int expected) {
        isNotNull();
        if (actual.splits().size() != expected) {
            failWithMessage("%s", Failure.expecting(subject(), "to have this many splits", expected,
                    actual.splits().size() + ": " + splits()));
        }
        return myself;
    }

    /**
     * Each of {@code rows} (full rows of the plan's entity) satisfies the predicate of exactly one split,
     * evaluated with {@link PredicateEvaluator}. For splits that carry connector-defined coordinates rather
     * than predicates, compare the rows of a read instead ({@link ReadResultAssert#splitsCoverAndAreDisjoint}).
     */
    public ReadPlanAssert splitsCoverAndAreDisjoint(Collection<Row> rows) {
        isNotNull();
        List<SplitCoverage.SplitRows> selected = new ArrayList<>();
        for (Split split : splits()) {
            CompiledPredicate predicate;
            try {
                predicate = PredicateEvaluator.compile(split.predicate(), actual.entity());
            } catch (ConnectorException e) {
                failWithMessage("%s", Failure.expecting("split " + split.describe(), "to have a predicate the runtime"
                        + " can evaluate", "a predicate on the entity's columns", e.getMessage()
                        + "; compare the rows of a read instead (ReadResultAssert.splitsCoverAndAreDisjoint)"));
                return myself;
            }
            selected.add(new SplitCoverage.SplitRows(split, rows.stream().filter(predicate::test).toList()));
        }
        SplitCoverage.check(subject(), selected, rows).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** Every split asks the connector to apply {@code conjunct} (it is one of the pushed predicate's conjuncts). */
    public ReadPlanAssert pushes(Predicate conjunct) {
        return everySplit("to push to the connector", conjunct, SplitPlan::pushed, true);
    }

    /** No split asks the connector to apply {@code conjunct}. */
    public ReadPlanAssert doesNotPush(Predicate conjunct) {
        return everySplit("not to push to the connector", conjunct, SplitPlan::pushed, false);
    }

    /** Every split leaves {@code conjunct} to the runtime (it is one of the residual's conjuncts). */
    public ReadPlanAssert evaluatesInRuntime(Predicate conjunct) {
        return everySplit("to leave to the runtime", conjunct, SplitPlan::residual, true);
    }

    /** No split leaves anything to the runtime: the connector applies the whole predicate. */
    public ReadPlanAssert hasNoResidual() {
        isNotNull();
        List<String> residuals = actual.splits().stream().filter(split -> !split.residual().isAlwaysTrue())
                .map(split -> split.split().describe() + ": " + split.residual()).toList();
        if (!residuals.isEmpty()) {
            failWithMessage("%s", Failure.expecting(subject(), "to leave nothing to the runtime", "TRUE residuals",
                    Failure.lines(residuals)));
        }
        return myself;
    }

    /** Every split asks the connector for exactly these columns, in this order. */
    public ReadPlanAssert readsColumns(String... columns) {
        isNotNull();
        List<String> wrong = actual.splits().stream()
                .filter(split -> !split.readSchema().fieldNames().equals(List.of(columns)))
                .map(split -> split.split().describe() + ": " + split.readSchema().fieldNames()).toList();
        if (!wrong.isEmpty()) {
            failWithMessage("%s", Failure.expecting(subject(), "to ask the connector for the columns", List.of(columns),
                    Failure.lines(wrong)));
        }
        return myself;
    }

    private ReadPlanAssert everySplit(String expectation, Predicate conjunct, Function<SplitPlan, Predicate> part,
                                      boolean present) {
        isNotNull();
        List<String> wrong = actual.splits().stream()
                .filter(split -> part.apply(split).conjuncts().contains(conjunct) != present)
                .map(split -> split.split().describe() + ": " + part.apply(split)).toList();
        if (!wrong.isEmpty()) {
            failWithMessage("%s", Failure.expecting(subject(), expectation, conjunct, Failure.lines(wrong)));
        }
        return myself;
    }

    private List<Split> splits() {
        return actual.splits().stream().map(SplitPlan::split).toList();
    }

    private String subject() {
        return "the plan of entity '" + actual.entity().name() + "'";
    }
}
