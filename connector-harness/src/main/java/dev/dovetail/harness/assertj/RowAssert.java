package dev.dovetail.harness.assertj;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.schema.Values;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Assertions on one {@link Row}. */
public final class RowAssert extends AbstractAssert<RowAssert, Row> {

    RowAssert(Row actual) {
        super(actual, RowAssert.class);
    }

    /** The row holds exactly {@code expected}, in column order ({@code null} for NULL). */
    public RowAssert hasValues(Object... expected) {
        isNotNull();
        Row wanted = Row.of(expected);
        if (!actual.equals(wanted)) {
            failWithMessage("%s", Failure.expecting("row", "to hold", wanted, actual));
        }
        return myself;
    }

    /** Column {@code column} holds {@code expected} ({@code null} for NULL). */
    public RowAssert hasValue(int column, Object expected) {
        isNotNull();
        if (column < 0 || column >= actual.size()) {
            failWithMessage("%s", Failure.expecting("row " + actual, "to have a column", column,
                    "only columns 0.." + (actual.size() - 1)));
        }
        if (!Objects.deepEquals(actual.get(column), expected)) {
            failWithMessage("%s", Failure.expecting("column " + column + " of row " + actual, "to hold",
                    Values.describe(expected), Values.describe(actual.get(column))));
        }
        return myself;
    }

    /** The row fits {@code schema}: one value per field, of the field's type, NULL only where nullable. */
    public RowAssert matchesSchema(EntitySchema schema) {
        isNotNull();
        List<String> problems = problems(actual, schema);
        if (!problems.isEmpty()) {
            failWithMessage("%s", Failure.expecting("row " + actual, "to match the schema", schema,
                    Failure.lines(problems)));
        }
        return myself;
    }

    /** What in {@code row} does not fit {@code schema}; empty if it fits. */
    static List<String> problems(Row row, EntitySchema schema) {
        List<String> problems = new ArrayList<>();
        if (row.size() != schema.size()) {
            problems.add(row + " has " + row.size() + " values but the schema has " + schema.size() + " fields");
            return problems;
        }
        for (int i = 0; i < row.size(); i++) {
            Field field = schema.field(i);
            Object value = row.get(i);
            if (value == null && !field.nullable()) {
                problems.add(row + ": column '" + field.name() + "' is NULL but NOT NULL");
            } else if (value != null && !Values.isCanonical(value, field.type())) {
                problems.add(row + ": column '" + field.name() + "' of type " + field.type().typeName() + " holds "
                        + (value instanceof Object[] array ? Arrays.toString(array) : Values.describe(value)));
            }
        }
        return problems;
    }
}
