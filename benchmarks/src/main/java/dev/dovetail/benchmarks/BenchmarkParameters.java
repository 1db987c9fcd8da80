package dev.dovetail.benchmarks;

import dev.dovetail.benchmarks.data.Database;
import dev.dovetail.benchmarks.data.Shape;

import java.util.Arrays;
import java.util.Locale;

/** Turns the JMH parameters, given as text ({@code -p database=h2}), into values, with errors that say what is accepted. */
final class BenchmarkParameters {
    /** The value of parameter {@code rows} that means the shape's {@link Shape#defaultRows()}. */
    static final String DEFAULT_ROWS = "default";

    private BenchmarkParameters() {
    }

    static Database database(String value) {
        return parse(Database.class, "database", value);
    }

    static Shape shape(String value) {
        return parse(Shape.class, "shape", value);
    }

    static int rows(String value, Shape shape) {
        if (value.equals(DEFAULT_ROWS)) {
            return shape.defaultRows();
        }
        try {
            int rows = Integer.parseInt(value.replace("_", ""));
            if (rows >= 1) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("parameter rows=" + value + " is not a row count; give a whole number of at"
                + " least 1, e.g. -p rows=100000, or '" + DEFAULT_ROWS + "' for " + Shape.NARROW.defaultRows() + " narrow / "
                + Shape.WIDE.defaultRows() + " wide rows");
    }

    static int splits(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("parameter splits=" + value + " must be at least 1, e.g. -p splits=1,2,4,8");
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + parameter + "=" + value + " is none of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + "; e.g. -p " + parameter + "=" + type.getEnumConstants()[0].name().toLowerCase(Locale.ROOT), e);
        }
    }
}
