package dev.dovetail.harness.assertj;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Assertions on a list of {@link Row}s: AssertJ's list assertions ({@code hasSize}, {@code containsExactly},
 * ...) plus these, which compare rows by value as multisets and explain the difference row by row.
 */
public final class RowsAssert extends AbstractListAssert<RowsAssert, List<Row>, Row, ObjectAssert<Row>> {

    RowsAssert(List<Row> actual) {
        super(actual, RowsAssert.class);
    }

    @Override
    protected ObjectAssert<Row> toAssert(Row value, String description) {
        return new ObjectAssert<>(value).as(description);
    }

    @Override
    protected RowsAssert newAbstractIterableAssert(Iterable<? extends Row> iterable) {
        List<Row> rows = new ArrayList<>();
        iterable.forEach(rows::add);
        return new RowsAssert(rows);
    }

    /** There are {@code expected} rows. */
    public RowsAssert hasRowCount(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("%s", Failure.expecting("rows", "to number", expected, actual.size() + ":%n  ".formatted()
                    + Failure.lines(actual)));
        }
        return myself;
    }

    /** The rows are exactly {@code expected}, each as often as given, in any order. */
    public RowsAssert containsExactlyRowsInAnyOrder(Row... expected) {
        return containsExactlyRowsInAnyOrder(Arrays.asList(expected));
    }

    /** The rows are exactly {@code expected}, each as often as given, in any order. */
    public RowsAssert containsExactlyRowsInAnyOrder(Collection<Row> expected) {
        isNotNull();
        RowMultiset.difference("rows", actual, expected, true).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** The rows include {@code expected}, each at least as often as given. */
    public RowsAssert containsRowsInAnyOrder(Row... expected) {
        return containsRowsInAnyOrder(Arrays.asList(expected));
    }

    /** The rows include {@code expected}, each at least as often as given. */
    public RowsAssert containsRowsInAnyOrder(Collection<Row> expected) {
        isNotNull();
        RowMultiset.difference("rows", actual, expected, false).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** Every row fits {@code schema}: one value per field, of the field's type, NULL only where nullable. */
    public RowsAssert allMatchSchema(EntitySchema schema) {
        isNotNull();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            int index = i;
            RowAssert.problems(actual.get(i), schema).forEach(problem -> problems.add("row " + index + " " + problem));
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", Failure.expecting(actual.size() + " rows", "to match the schema", schema,
                    problems.size() + " mismatches:%n  ".formatted() + Failure.lines(problems)));
        }
        return myself;
    }
}
