package dev.dovetail.api.predicate;

import java.time.Instant;
import java.time.LocalDate;

/** Renders predicate values and operands as SQL-like text for {@code toString}. */
final class Literals {
    private Literals() {
    }

    static String format(Object value) {
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        if (value instanceof Instant instant) {
            return "TIMESTAMP '" + instant + "'";
        }
        return String.valueOf(value);
    }

    static String group(Predicate operand) {
        return operand instanceof Predicate.And || operand instanceof Predicate.Or
                ? "(" + operand + ")"
                : operand.toString();
    }
}
